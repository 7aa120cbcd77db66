/** App-setting names as the Functions host reads them: case-insensitive. Pure. */

/** The setting `name` in `settings`, by its exact name first, else case-insensitively (first in name order). */
export function findSetting(settings: Readonly<Record<string, string>>, name: string): { name: string; value: string } | undefined {
  if (Object.prototype.hasOwnProperty.call(settings, name)) return { name, value: settings[name] };
  const lower = name.toLowerCase();
  const key = Object.keys(settings)
    .sort()
    .find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : { name: key, value: settings[key] };
}
