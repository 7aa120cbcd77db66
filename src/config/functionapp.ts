/** The inputs of target functionapp: the app, its slot, its settings, how it pulls, swap and health path. */
import { InputError } from '../util/errors.js';
import { parseBool, parseEnum, parseList, parseSettings } from './parse.js';
import type { Inputs } from './inputs.js';
import { maskSetting } from '../report/mask.js';
import { REGISTRY_PULL_MODES, type FunctionAppConfig } from './config.js';

/** App setting names: letters, digits, `_` and `.`; `:` is not allowed on Linux (use `__`). */
export const SETTING_NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SETTING_FORMS = 'letters, digits, _ . and -, not starting with a digit (on Linux use __ instead of :)';
const APP_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$/;
export const RESOURCE_GROUP_RE = /^[-\w.()]{0,89}[-\w()]$/;
const SLOT_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/;

function nameList(i: Inputs, name: string): string[] {
  const items = parseList(i.raw(name));
  for (const n of items)
    if (!SETTING_NAME_RE.test(n)) throw new InputError(name, `${JSON.stringify(n)} is not a setting name.`, `Accepted names: ${SETTING_FORMS}.`);
  return items;
}

function readHealthPath(i: Inputs): string | undefined {
  const healthPath = i.str('health-path');
  if (healthPath !== undefined && (!healthPath.startsWith('/') || /\s/.test(healthPath))) {
    throw new InputError('health-path', `${JSON.stringify(healthPath)} is not a path.`, 'Accepted: a URL path starting with /, e.g. /api/health.');
  }
  return healthPath;
}

export function readFunctionApp(i: Inputs): FunctionAppConfig {
  const appName = i.matching('app-name', APP_NAME_RE, '2 to 60 letters, digits and hyphens, not starting or ending with a hyphen');
  const resourceGroup = i.matching('resource-group', RESOURCE_GROUP_RE, 'up to 90 letters, digits, _ - . ( ), not ending with a period');
  const slot = i.matching('slot', SLOT_RE, 'letters, digits and hyphens, starting with a letter or digit, up to 59 characters');
  const appSettings = parseSettings(i.raw('app-settings', true, false), SETTING_NAME_RE, SETTING_FORMS);
  for (const s of appSettings) maskSetting(s.name, s.value, i.mask);
  const removeAppSettings = nameList(i, 'remove-app-settings');
  const slotSettings = [...nameList(i, 'slot-settings'), ...appSettings.filter((s) => s.sticky).map((s) => s.name)];
  const both = removeAppSettings.filter((n) => appSettings.some((s) => s.name === n));
  if (both.length)
    throw new InputError(
      'remove-app-settings',
      `names ${both.join(', ')} that app-settings sets.`,
      'A setting is either set or removed; drop it from one of the two inputs.'
    );
  const registryPull = parseEnum(i.raw('registry-pull'), REGISTRY_PULL_MODES) ?? 'auto';
  const pullIdentityClientId = i.guid('pull-identity-client-id');
  const swap = parseBool(i.raw('swap'), false);
  const healthPath = readHealthPath(i);
  const previewEvictClosed = parseBool(i.raw('preview-evict-closed'), false);
  if (registryPull === 'credentials' && pullIdentityClientId) {
    throw new InputError(
      'pull-identity-client-id',
      "is set but registry-pull is 'credentials'.",
      'Use registry-pull: managed-identity (or auto) with a pull identity.'
    );
  }
  return {
    appName,
    resourceGroup,
    slot,
    appSettings,
    removeAppSettings,
    slotSettings: [...new Set(slotSettings)],
    registryPull,
    pullIdentityClientId,
    swap,
    healthPath,
    previewEvictClosed
  };
}
