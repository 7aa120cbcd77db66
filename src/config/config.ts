/**
 * All action inputs → one typed, validated Config. This is the only place inputs are read
 * (through the `read` function given by main.ts, i.e. core.getInput). Secret inputs are handed to
 * `mask` the moment they are read, before anything can print them. Every check that can fail runs
 * here, before the action's first side effect.
 */
import { InputError } from '../util/errors.js';
import {
  parseBool,
  parseDuration,
  parseEnum,
  parseInteger,
  parseKeyValueLines,
  parseList,
  parseSettings,
  type Raw,
  type Setting,
  shown
} from './parse.js';
import { ACR_SUFFIXES, isAcrHost } from '../azure/clouds.js';
import { parseImageReference, REGISTRY_RE, REPOSITORY_RE, TAG_RE, type ImageReference } from './reference.js';
import { maskSetting } from '../report/mask.js';

export const TARGETS = ['functionapp', 'aks'] as const;
export const MODES = ['deploy', 'plan', 'render', 'teardown', 'build'] as const;
export const AUTH_MODES = ['auto', 'oidc', 'secret', 'azure-cli'] as const;
export const AZURE_ENVIRONMENTS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;
export const REGISTRY_AUTH_MODES = ['auto', 'entra', 'admin', 'password', 'none'] as const;
export const REGISTRY_PULL_MODES = ['auto', 'managed-identity', 'credentials'] as const;
export const KEDA_AUTH_MODES = ['connection-string', 'workload-identity'] as const;
export const SERVICE_TYPES = ['LoadBalancer', 'ClusterIP', 'none'] as const;
export const HTTP_SCALE_MODES = ['none', 'keda-http'] as const;
export const TIMER_SCALING_MODES = ['error', 'cron'] as const;

export type Target = (typeof TARGETS)[number];
export type Mode = (typeof MODES)[number];
export type AuthMode = (typeof AUTH_MODES)[number];
export type AzureEnvironment = (typeof AZURE_ENVIRONMENTS)[number];
export type RegistryAuthMode = (typeof REGISTRY_AUTH_MODES)[number];
export type RegistryPullMode = (typeof REGISTRY_PULL_MODES)[number];
export type KedaAuthMode = (typeof KEDA_AUTH_MODES)[number];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type HttpScaleMode = (typeof HTTP_SCALE_MODES)[number];
export type TimerScaling = (typeof TIMER_SCALING_MODES)[number];

export interface ImageConfig {
  registry: string;
  /** undefined: the GitHub repository name, lower-cased (decided with the event). */
  repository?: string;
  /** A prebuilt image to deploy instead of building. */
  prebuilt?: ImageReference;
  context: string;
  /** undefined: `<context>/Dockerfile`. */
  dockerfile?: string;
  buildArgs: Array<[string, string]>;
  buildSecrets: Array<[string, string]>;
  platforms: string[];
  /** docker build --network; undefined: the builder's default. */
  network?: string;
  extraTags: string[];
  labels: Array<[string, string]>;
  cache: boolean;
  provenance: boolean;
}

export interface AzureConfig {
  auth: AuthMode;
  clientId?: string;
  tenantId?: string;
  subscriptionId?: string;
  clientSecret?: string;
  environment: AzureEnvironment;
  armEndpoint?: string;
  authorityHost?: string;
  /** Audience of the GitHub ID token for federation; undefined → the cloud's (see clouds.ts). */
  audience?: string;
}

export interface RegistryAuthConfig {
  mode: RegistryAuthMode;
  username?: string;
  password?: string;
}

export interface FunctionAppConfig {
  appName?: string;
  resourceGroup?: string;
  slot?: string;
  appSettings: Setting[];
  removeAppSettings: string[];
  slotSettings: string[];
  registryPull: RegistryPullMode;
  pullIdentityClientId?: string;
  swap: boolean;
  healthPath?: string;
}

export interface AksConfig {
  clusterName?: string;
  clusterResourceGroup?: string;
  namespace?: string;
  name?: string;
  /** undefined: the build context; 'image': read from the built image. */
  functionsPath?: string;
  kedaAuth: KedaAuthMode;
  workloadIdentityClientId?: string;
  /** Timer functions: refused, or scaled by a KEDA cron window of `timerWindowMinutes`. */
  timerScaling: TimerScaling;
  timerWindowMinutes: number;
  /** Always-on replicas for functions without a KEDA scaler; undefined: refuse them. */
  unscaledReplicas?: number;
  minReplicas?: number;
  maxReplicas?: number;
  pollingIntervalSeconds?: number;
  cooldownPeriodSeconds?: number;
  serviceType: ServiceType;
  httpScale: HttpScaleMode;
  virtualNodes: boolean;
  manifestsDir?: string;
  prune: boolean;
}

export interface Config {
  target: Target;
  /** undefined: decided from the event (deploy; teardown on a closed pull request). */
  mode?: Mode;
  image: ImageConfig;
  azure: AzureConfig;
  registryAuth: RegistryAuthConfig;
  functionapp: FunctionAppConfig;
  aks: AksConfig;
  timeoutMs: number;
  /** GitHub Deployment environment: undefined → derived from the target; false → record no Deployment. */
  deploymentEnvironment?: string | false;
  githubToken?: string;
  /** Things that are allowed but probably not meant (shown as warnings). */
  warnings: string[];
}

/** Reads one input's raw text ('' when unset). main.ts passes core.getInput. */
export type InputReader = (name: string) => string;
/** Registers a secret value so that no later log line can show it. main.ts passes core.setSecret. */
export type Masker = (value: string) => void;

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DOMAIN_RE = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const BUILD_ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
const LABEL_KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** App setting names: letters, digits, `_` and `.`; `:` is not allowed on Linux (use `__`). */
export const SETTING_NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SETTING_FORMS = 'letters, digits, _ . and -, not starting with a digit (on Linux use __ instead of :)';
const APP_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$/;
const RESOURCE_GROUP_RE = /^[-\w.()]{0,89}[-\w()]$/;
const SLOT_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/;
const CLUSTER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,61}[A-Za-z0-9]$/;
const DNS1123_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SECRET_NAME_HINT = /(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|CONNECTION_?STRING)/i;

/** Values too plain to be secrets; masking them would blank every `true` in the log. */
function maskable(value: string): boolean {
  return value.length >= 3 && !['true', 'false', 'True', 'False', 'null'].includes(value);
}

/** What the event says about the run, decided before the inputs are validated. */
export interface ReadOptions {
  /**
   * A pull request from a fork: every `secrets.*` arrives empty and nothing is pushed or deployed,
   * so the inputs only a push or a deploy needs (registry password, client secret) are not required.
   */
  forkPullRequest?: boolean;
}

export function readConfig(read: InputReader, mask: Masker, options: ReadOptions = {}): Config {
  const warnings: string[] = [];
  const pushOrDeploy = !options.forkPullRequest;
  // maskAll: the whole value and each line (secret inputs); settings-like inputs are masked per value by maskSetting.
  const raw = (name: string, secret = false, maskAll = secret): Raw => {
    const value = read(name) ?? '';
    if (maskAll && value !== '') {
      const parts = new Set([value, ...value.split(/\r?\n/).map((l) => l.trim()).filter(maskable)]);
      for (const p of parts) mask(p);
    }
    return { name, value, ...(secret ? { secret: true } : {}) };
  };
  const str = (name: string, secret = false): string | undefined => {
    const v = raw(name, secret).value.trim();
    return v === '' ? undefined : v;
  };
  const matching = (name: string, re: RegExp, forms: string, secret = false): string | undefined => {
    const r = raw(name, secret);
    const v = r.value.trim();
    if (v === '') return undefined;
    if (!re.test(v)) throw new InputError(name, `${shown(r, v)} is not valid.`, `Accepted: ${forms}.`);
    return v;
  };
  const guid = (name: string) => matching(name, GUID_RE, 'a GUID such as 00000000-0000-0000-0000-000000000000');
  const httpsUrl = (name: string): string | undefined => {
    const v = str(name);
    if (v === undefined) return undefined;
    let u: URL | undefined;
    try {
      u = new URL(v);
    } catch {
      u = undefined;
    }
    if (!u || u.protocol !== 'https:') throw new InputError(name, `${JSON.stringify(v)} is not an https:// URL.`, 'Accepted: an https URL such as https://management.azure.com.');
    return v.replace(/\/+$/, '');
  };

  // --- what to do ---
  const targetRaw = raw('target');
  if (targetRaw.value.trim() === '') throw new InputError('target', 'is required.', `Accepted: ${TARGETS.join(', ')}.`);
  const target = parseEnum(targetRaw, TARGETS) as Target;
  const mode = parseEnum(raw('mode'), MODES);

  // --- image ---
  const registryRaw = raw('registry');
  const registry = registryRaw.value.trim();
  if (registry === '') throw new InputError('registry', 'is required.', 'Accepted: a registry login server such as contoso.azurecr.io or 127.0.0.1:5000.');
  if (/^[a-z]+:\/\//i.test(registry)) {
    throw new InputError('registry', `${JSON.stringify(registry)} has a scheme.`, `Give the login server only, e.g. ${registry.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`);
  }
  if (!REGISTRY_RE.test(registry)) {
    throw new InputError('registry', `${JSON.stringify(registry)} is not a registry host.`, 'Accepted: a lower-case host name with an optional :port and no path, e.g. contoso.azurecr.io.');
  }
  const repository = str('repository');
  if (repository !== undefined && !REPOSITORY_RE.test(repository)) {
    throw new InputError(
      'repository',
      `${JSON.stringify(repository)} is not a valid repository.`,
      'Accepted: lower-case path components of letters and digits separated by . _ __ or -, joined by /, e.g. team/my-func.'
    );
  }
  const imageText = str('image');
  const prebuilt = imageText === undefined ? undefined : parseImageReference(imageText, 'image');
  const context = str('context') ?? '.';
  const dockerfile = str('dockerfile');
  const buildArgs = parseKeyValueLines(raw('build-args', true, false), BUILD_ARG_RE, 'letters, digits and _, not starting with a digit');
  for (const [k] of buildArgs) {
    // Values reach docker through its environment (`--build-arg NAME`), so names the CLI itself reads are refused.
    if (/^(DOCKER_|BUILDX_|BUILDKIT_)/.test(k) || ['PATH', 'HOME'].includes(k)) {
      throw new InputError('build-args', `${JSON.stringify(k)} is reserved for the docker CLI.`, 'Rename the build argument (names starting with DOCKER_, BUILDX_, BUILDKIT_ and PATH, HOME are reserved).');
    }
    if (SECRET_NAME_HINT.test(k)) warnings.push(`build-arg ${k} looks like a secret: build args stay in the image history; pass it through build-secrets instead.`);
  }
  const buildSecrets = parseKeyValueLines(raw('build-secrets', true), SECRET_ID_RE, 'letters, digits, _ . and -');
  for (const [k, v] of buildArgs) maskSetting(k, v, mask);
  for (const [, v] of buildSecrets) if (maskable(v)) mask(v);
  const platforms = parseList(raw('platforms'));
  for (const p of platforms) {
    if (!PLATFORM_RE.test(p)) throw new InputError('platforms', `${JSON.stringify(p)} is not a platform.`, 'Accepted: os/arch[/variant], e.g. linux/amd64, linux/arm64.');
  }
  const network = matching('network', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'default, host, none, or a docker network name');
  const extraTags = parseList(raw('tags'));
  for (const t of extraTags) {
    if (!TAG_RE.test(t)) throw new InputError('tags', `${JSON.stringify(t)} is not a valid tag.`, 'Accepted: up to 128 of A-Z a-z 0-9 _ . -, not starting with . or -.');
  }
  const labels = parseKeyValueLines(raw('labels'), LABEL_KEY_RE, 'letters, digits, . _ / and -, starting with a letter or digit');

  // --- Azure ---
  const auth = parseEnum(raw('auth'), AUTH_MODES) ?? 'auto';
  const clientId = guid('client-id');
  const tenantRaw = raw('tenant-id');
  const tenantId = tenantRaw.value.trim() || undefined;
  if (tenantId !== undefined && !GUID_RE.test(tenantId) && !DOMAIN_RE.test(tenantId)) {
    throw new InputError('tenant-id', `${JSON.stringify(tenantId)} is not a tenant.`, 'Accepted: the tenant GUID or its domain, e.g. contoso.onmicrosoft.com.');
  }
  const subscriptionId = guid('subscription-id');
  const clientSecret = str('client-secret', true);
  const environment = parseEnum(raw('azure-environment'), AZURE_ENVIRONMENTS) ?? 'AzureCloud';
  const armEndpoint = httpsUrl('arm-endpoint');
  const authorityHost = httpsUrl('authority-host');
  const audience = matching('audience', /^[^\s,;'"`]{1,200}$/, "an audience of a federated credential, e.g. api://AzureADTokenExchange (no spaces, commas, semicolons or quotes)");
  if (auth === 'oidc' && (!clientId || !tenantId)) {
    throw new InputError('auth', "'oidc' needs client-id and tenant-id.", 'Set client-id and tenant-id to the Entra application that trusts this repository (federated credential).');
  }
  if (pushOrDeploy && auth === 'secret' && (!clientId || !tenantId || !clientSecret)) {
    throw new InputError('auth', "'secret' needs client-id, tenant-id and client-secret.", 'Set all three, or use auth: oidc to avoid a stored secret.');
  }
  if (clientSecret && auth === 'oidc') warnings.push('client-secret is ignored with auth: oidc.');

  // --- registry login ---
  const registryAuthMode = parseEnum(raw('registry-auth'), REGISTRY_AUTH_MODES) ?? 'auto';
  const registryUsername = str('registry-username');
  const registryPassword = str('registry-password', true);
  if (pushOrDeploy && registryAuthMode === 'password' && (!registryUsername || !registryPassword)) {
    throw new InputError('registry-auth', "'password' needs registry-username and registry-password.", 'Set both, or choose registry-auth: entra for ACR without a stored secret.');
  }
  if ((registryAuthMode === 'entra' || registryAuthMode === 'admin') && !isAcrHost(registry) && armEndpoint === undefined) {
    throw new InputError(
      'registry-auth',
      `'${registryAuthMode}' works with Azure Container Registry, but ${JSON.stringify(registry)} is not an ACR login server (${ACR_SUFFIXES.map((s) => '*.' + s).join(', ')}).`,
      'Use registry-auth: password with registry-username/registry-password for other registries (with a custom arm-endpoint any host is accepted).'
    );
  }
  if (registryAuthMode === 'admin' && !subscriptionId) {
    throw new InputError('subscription-id', "is required with registry-auth: 'admin' (the registry is looked up in it).", 'Set subscription-id to the subscription of the registry.');
  }
  if (registryAuthMode === 'auto' && (registryUsername === undefined) !== (registryPassword === undefined)) {
    const missing = registryUsername === undefined ? 'registry-username' : 'registry-password';
    throw new InputError(missing, 'is required when the other registry credential is set.', 'Set both registry-username and registry-password, or neither.');
  }

  // --- functionapp ---
  const appName = matching('app-name', APP_NAME_RE, '2 to 60 letters, digits and hyphens, not starting or ending with a hyphen');
  const resourceGroup = matching('resource-group', RESOURCE_GROUP_RE, 'up to 90 letters, digits, _ - . ( ), not ending with a period');
  const slot = matching('slot', SLOT_RE, 'letters, digits and hyphens, starting with a letter or digit, up to 59 characters');
  const appSettings = parseSettings(raw('app-settings', true, false), SETTING_NAME_RE, SETTING_FORMS);
  for (const s of appSettings) maskSetting(s.name, s.value, mask);
  const nameList = (name: string): string[] => {
    const items = parseList(raw(name));
    for (const n of items) if (!SETTING_NAME_RE.test(n)) throw new InputError(name, `${JSON.stringify(n)} is not a setting name.`, `Accepted names: ${SETTING_FORMS}.`);
    return items;
  };
  const removeAppSettings = nameList('remove-app-settings');
  const slotSettings = [...nameList('slot-settings'), ...appSettings.filter((s) => s.sticky).map((s) => s.name)];
  const both = removeAppSettings.filter((n) => appSettings.some((s) => s.name === n));
  if (both.length) throw new InputError('remove-app-settings', `names ${both.join(', ')} that app-settings sets.`, 'A setting is either set or removed; drop it from one of the two inputs.');
  const registryPull = parseEnum(raw('registry-pull'), REGISTRY_PULL_MODES) ?? 'auto';
  const pullIdentityClientId = guid('pull-identity-client-id');
  const swap = parseBool(raw('swap'), false);
  const healthPath = str('health-path');
  if (healthPath !== undefined && (!healthPath.startsWith('/') || /\s/.test(healthPath))) {
    throw new InputError('health-path', `${JSON.stringify(healthPath)} is not a path.`, 'Accepted: a URL path starting with /, e.g. /api/health.');
  }
  if (registryPull === 'credentials' && pullIdentityClientId) {
    throw new InputError('pull-identity-client-id', "is set but registry-pull is 'credentials'.", 'Use registry-pull: managed-identity (or auto) with a pull identity.');
  }

  // --- aks ---
  const clusterName = matching('cluster-name', CLUSTER_RE, '1 to 63 letters, digits, _ and -');
  const clusterResourceGroup = matching('cluster-resource-group', RESOURCE_GROUP_RE, 'a resource group name');
  if ((clusterName === undefined) !== (clusterResourceGroup === undefined)) {
    throw new InputError(clusterName ? 'cluster-resource-group' : 'cluster-name', 'is required when the other one is set.', 'Set cluster-name and cluster-resource-group together, or neither to use KUBECONFIG.');
  }
  const namespace = matching('namespace', DNS1123_LABEL_RE, 'a DNS-1123 label: lower-case letters, digits and -, up to 63 characters');
  if (namespace && namespace.length > 63) throw new InputError('namespace', `${JSON.stringify(namespace)} is longer than 63 characters.`, 'Accepted: a DNS-1123 label of at most 63 characters.');
  const name = matching('name', DNS1123_LABEL_RE, 'a DNS-1123 label: lower-case letters, digits and -');
  if (name && name.length > 40) throw new InputError('name', `${JSON.stringify(name)} is longer than 40 characters.`, 'Accepted: at most 40 characters, so that <name>-pr-<N> and <name>-http stay valid names.');
  const functionsPath = str('functions-path');
  const kedaAuth = parseEnum(raw('keda-auth'), KEDA_AUTH_MODES) ?? 'connection-string';
  const workloadIdentityClientId = guid('workload-identity-client-id');
  if (kedaAuth === 'workload-identity' && !workloadIdentityClientId) {
    throw new InputError('workload-identity-client-id', "is required with keda-auth: 'workload-identity'.", 'Set it to the client id of the user-assigned identity federated with the cluster.');
  }
  const timerScaling = parseEnum(raw('timer-scaling'), TIMER_SCALING_MODES) ?? 'error';
  const timerWindowMs = parseDuration(raw('timer-window'), { min: 60_000, max: 24 * 3600 * 1000 }) ?? 15 * 60_000;
  const unscaledReplicas = parseInteger(raw('unscaled-replicas'), { min: 1, max: 100 });
  const minReplicas = parseInteger(raw('min-replicas'), { min: 0, max: 1000 });
  const maxReplicas = parseInteger(raw('max-replicas'), { min: 1, max: 1000 });
  if (minReplicas !== undefined && maxReplicas !== undefined && minReplicas > maxReplicas) {
    throw new InputError('min-replicas', `${minReplicas} is above max-replicas ${maxReplicas}.`, 'Accepted: min-replicas ≤ max-replicas.');
  }
  const seconds = (name: string, min: number): number | undefined => {
    const ms = parseDuration(raw(name), { min: min * 1000, max: 24 * 3600 * 1000 });
    return ms === undefined ? undefined : Math.round(ms / 1000);
  };
  const pollingIntervalSeconds = seconds('polling-interval', 1);
  const cooldownPeriodSeconds = seconds('cooldown-period', 0);
  const serviceType = parseEnum(raw('service-type'), SERVICE_TYPES) ?? 'LoadBalancer';
  const httpScale = parseEnum(raw('http-scale'), HTTP_SCALE_MODES) ?? 'none';
  if (httpScale === 'keda-http' && serviceType === 'none') {
    throw new InputError('http-scale', "'keda-http' routes through a Service, but service-type is 'none'.", 'Use service-type: ClusterIP with keda-http.');
  }
  const virtualNodes = parseBool(raw('virtual-nodes'), false);
  const manifestsDir = str('manifests-dir');
  const prune = parseBool(raw('prune'), true);

  // --- common ---
  const timeoutMs = parseDuration(raw('timeout'), { min: 1000, max: 6 * 3600 * 1000 }) ?? 10 * 60_000;
  const deploymentEnvironmentText = matching('deployment-environment', /^[^\s'"`,;:/\\][^'"`,;:/\\]{0,254}$/, 'none, or a GitHub environment name (up to 255 characters, no quotes, commas, colons, semicolons or slashes)');
  const deploymentEnvironment = deploymentEnvironmentText === undefined ? undefined : deploymentEnvironmentText.toLowerCase() === 'none' ? false : deploymentEnvironmentText;
  const githubToken = str('github-token', true);

  // --- combinations that depend on the target ---
  if (target === 'functionapp' && !appName && mode !== 'build') {
    throw new InputError('app-name', 'is required with target: functionapp.', 'Set app-name to the function app to deploy to (or mode: build to only build and push).');
  }
  const foreign = target === 'functionapp'
    ? ['cluster-name', 'namespace', 'workload-identity-client-id', 'manifests-dir']
    : ['app-name', 'slot', 'remove-app-settings', 'slot-settings', 'pull-identity-client-id']; // aks: health-path is the pods' probe path
  for (const n of foreign) if (read(n)?.trim()) warnings.push(`${n} has no effect with target: ${target}.`);
  if (target === 'aks' && swap) throw new InputError('swap', 'is for target: functionapp.', 'AKS deploys roll out in place; remove swap or use target: functionapp.');
  if (mode === 'render' && target !== 'aks') throw new InputError('mode', "'render' is for target: aks.", 'Use mode: plan to see what a functionapp deploy would change.');
  if (prebuilt && (buildArgs.length || buildSecrets.length)) warnings.push('build-args and build-secrets are ignored: image is set, so nothing is built.');

  return {
    target,
    mode,
    image: { registry, repository, prebuilt, context, dockerfile, buildArgs, buildSecrets, platforms: platforms.length ? platforms : ['linux/amd64'], network: network === 'default' ? undefined : network, extraTags, labels, cache: parseBool(raw('cache'), true), provenance: parseBool(raw('provenance'), false) },
    azure: { auth, clientId, tenantId, subscriptionId, clientSecret, environment, armEndpoint, authorityHost, audience },
    registryAuth: { mode: registryAuthMode, username: registryUsername, password: registryPassword },
    functionapp: { appName, resourceGroup, slot, appSettings, removeAppSettings, slotSettings: [...new Set(slotSettings)], registryPull, pullIdentityClientId, swap, healthPath },
    aks: { clusterName, clusterResourceGroup, namespace, name, functionsPath, kedaAuth, workloadIdentityClientId, timerScaling, timerWindowMinutes: Math.round(timerWindowMs / 60_000), unscaledReplicas, minReplicas, maxReplicas, pollingIntervalSeconds, cooldownPeriodSeconds, serviceType, httpScale, virtualNodes, manifestsDir, prune },
    timeoutMs,
    deploymentEnvironment,
    githubToken,
    warnings
  };
}
