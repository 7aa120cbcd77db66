/**
 * App settings: merge (never wipe), diff by name, and the starting set of a new slot. Pure.
 * The PUT behind them replaces the whole set, so the merge always starts from what was read.
 */
import { ActionError } from '../../util/errors.js';
import type { Setting } from '../../config/parse.js';

export type Settings = Record<string, string>;

/** Platform-managed settings of Elastic Premium apps: never added, changed or removed by a deploy. */
export const CONTENT_SHARE_SETTINGS = ['WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'WEBSITE_CONTENTSHARE'];
export const REGISTRY_URL = 'DOCKER_REGISTRY_SERVER_URL';
export const APP_SERVICE_STORAGE = 'WEBSITES_ENABLE_APP_SERVICE_STORAGE';
export const REGISTRY_USERNAME = 'DOCKER_REGISTRY_SERVER_USERNAME';
export const REGISTRY_PASSWORD = 'DOCKER_REGISTRY_SERVER_PASSWORD';

export interface MergeInput {
  current: Settings;
  set: Setting[];
  remove: string[];
  /** Registry credentials to write (pull mode `credentials`), or 'remove' (managed identity), or 'keep'. */
  registry: { kind: 'credentials'; url: string; username: string; password: string } | { kind: 'remove' } | { kind: 'keep' };
}

export interface SettingsDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** App Service setting names are case-insensitive: find the stored spelling of a name. */
function stored(settings: Settings, name: string): string | undefined {
  return Object.keys(settings).find((k) => same(k, name));
}

export function mergeSettings(m: MergeInput): Settings {
  for (const n of [...m.set.map((s) => s.name), ...m.remove]) {
    if (CONTENT_SHARE_SETTINGS.some((c) => same(c, n))) {
      throw new ActionError(
        `${n} is managed by the platform on Elastic Premium and is never set or removed by a deploy.`,
        `Remove ${n} from app-settings / remove-app-settings; changing it can stop the app from starting.`
      );
    }
  }
  const out: Settings = { ...m.current };
  const put = (name: string, value: string) => {
    const key = stored(out, name);
    if (key !== undefined && key !== name) delete out[key];
    out[name] = value;
  };
  const drop = (name: string) => {
    const key = stored(out, name);
    if (key !== undefined) delete out[key];
  };
  for (const n of m.remove) drop(n);
  for (const s of m.set) put(s.name, s.value);
  // The code is in the image: /home need not be mounted from storage. An explicit value (true keeps
  // /home persistent) is the user's choice, and the Azure CLI leaves it too.
  if (stored(out, APP_SERVICE_STORAGE) === undefined) put(APP_SERVICE_STORAGE, 'false');
  if (m.registry.kind === 'credentials') {
    put(REGISTRY_URL, m.registry.url);
    put(REGISTRY_USERNAME, m.registry.username);
    put(REGISTRY_PASSWORD, m.registry.password);
  } else if (m.registry.kind === 'remove') {
    drop(REGISTRY_USERNAME);
    drop(REGISTRY_PASSWORD);
  }
  return out;
}

export function diffSettings(before: Settings, after: Settings): SettingsDiff {
  const added = Object.keys(after).filter((k) => stored(before, k) === undefined);
  const removed = Object.keys(before).filter((k) => stored(after, k) === undefined);
  const changed = Object.keys(after).filter((k) => {
    const b = stored(before, k);
    return b !== undefined && before[b] !== after[k];
  });
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

export const isEmptyDiff = (d: SettingsDiff) => !d.added.length && !d.changed.length && !d.removed.length;

/** A new slot starts from production's settings minus the sticky ones and minus WEBSITE_CONTENTSHARE (the platform makes a slot its own). */
export function newSlotBase(production: Settings, stickyNames: string[]): Settings {
  const out: Settings = {};
  for (const [k, v] of Object.entries(production)) {
    if (stickyNames.some((s) => same(s, k)) || same(k, 'WEBSITE_CONTENTSHARE')) continue;
    out[k] = v;
  }
  return out;
}
