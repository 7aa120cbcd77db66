/**
 * All action inputs → one typed, validated Config. This is the only place inputs are read
 * (through the `read` function that config/index.ts gives, i.e. core.getInput), one reader per concern:
 * image.ts, azure.ts (with the registry login), functionapp.ts, aks.ts, containerapp.ts; targets.ts holds what
 * each target declares and the checks across them. Secret inputs are handed to `mask` the moment
 * they are read. Every check that can fail runs here, before the action's first side effect.
 */
import { InputError } from '../util/errors.js';
import { parseBool, parseDuration, parseEnum, type Setting } from './parse.js';
import type { ImageReference } from './reference.js';
import type { AzureEnvironment } from '../azure/clouds.js';
import { inputs, type InputReader, type Masker } from './inputs.js';
import { readImage } from './image.js';
import { readAzure, readRegistryAuth } from './azure.js';
import { readFunctionApp } from './functionapp.js';
import { readAks } from './aks.js';
import { readContainerApp } from './containerapp.js';
import { readSupplyChain } from './supply.js';
import { checkTargetInputs, noEffectWarnings } from './targets.js';

export type { InputReader, Masker } from './inputs.js';
export type { AzureEnvironment } from '../azure/clouds.js';

export const TARGETS = ['functionapp', 'aks', 'containerapp'] as const;
export const MODES = ['deploy', 'plan', 'render', 'teardown', 'build', 'cleanup'] as const;
export const AUTH_MODES = ['auto', 'oidc', 'secret', 'azure-cli'] as const;
export const REGISTRY_AUTH_MODES = ['auto', 'entra', 'admin', 'password', 'none'] as const;
export const REGISTRY_PULL_MODES = ['auto', 'managed-identity', 'credentials'] as const;
export const KEDA_AUTH_MODES = ['connection-string', 'workload-identity'] as const;
export const SERVICE_TYPES = ['LoadBalancer', 'ClusterIP', 'none'] as const;
export const HTTP_SCALE_MODES = ['none', 'keda-http'] as const;
export const TIMER_SCALING_MODES = ['error', 'cron'] as const;
export const ON_DRIFT_MODES = ['warn', 'fail'] as const;

export type Target = (typeof TARGETS)[number];
export type Mode = (typeof MODES)[number];
export type AuthMode = (typeof AUTH_MODES)[number];
export type RegistryAuthMode = (typeof REGISTRY_AUTH_MODES)[number];
export type RegistryPullMode = (typeof REGISTRY_PULL_MODES)[number];
export type KedaAuthMode = (typeof KEDA_AUTH_MODES)[number];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type HttpScaleMode = (typeof HTTP_SCALE_MODES)[number];
export type TimerScaling = (typeof TIMER_SCALING_MODES)[number];
export type OnDrift = (typeof ON_DRIFT_MODES)[number];

export interface ImageConfig {
  registry: string;
  /** undefined: the GitHub repository name, lower-cased (decided with the event). */
  repository?: string;
  /** A prebuilt image to deploy instead of building. */
  prebuilt?: ImageReference;
  context: string;
  /** undefined: `<context>/Dockerfile`. */
  dockerfile?: string;
  /** The Dockerfile stage to build (`build-target`, docker's `--target`); undefined: the last stage. */
  buildTarget?: string;
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
  /** A preview that needs a new slot while the plan's slot quota is full frees the slot of a closed pull request first. */
  previewEvictClosed: boolean;
}

/** Target containerapp's own inputs; the app, settings, pull and health path are in FunctionAppConfig (the same inputs). */
export interface ContainerAppConfig {
  /** Percentages of production traffic the released revision receives, step by step; ends at 100. */
  trafficSteps: number[];
}

/** Attest what was pushed; verify what is deployed (config/supply.ts). */
export interface SupplyChainConfig {
  attest: boolean;
  /** Also push the attestation to the registry, next to the image (an OCI referrer). */
  pushToRegistry: boolean;
  verify: boolean;
  /** owner/repo whose builds are trusted (and whose attestations are read); undefined: this repository. */
  signerRepository?: string;
  /** owner/repo/.github/workflows/<file>.yml[@ref] whose builds are trusted; undefined: any workflow of signerRepository. */
  signerWorkflow?: string;
  /** Path of a Sigstore trusted_root.json; undefined: the instance's TUF repository. */
  trustedRoot?: string;
  /** Path of a Sigstore signing_config.json (a custom instance); undefined: the instance @actions/attest would choose. */
  signingConfig?: string;
  /** The GitHub Actions OIDC issuer; undefined: derived from GITHUB_SERVER_URL. */
  oidcIssuer?: string;
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

export interface CleanupConfig {
  /** Also remove previews of open pull requests not deployed to for longer than this (input max-preview-age). */
  maxAgeMs?: number;
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
  containerapp: ContainerAppConfig;
  supply: SupplyChainConfig;
  timeoutMs: number;
  /**
   * Removing the previews whose pull request is closed or gone (mode cleanup, or mode plan with
   * input cleanup: listed, nothing removed); undefined: this run is no cleanup.
   */
  cleanup?: CleanupConfig;
  /**
   * What a deploy does when the target was changed outside the action since the last deploy and
   * the deploy would overwrite that change: `fail` stops before any write, `warn` goes on and says what it overwrote.
   */
  onDrift: OnDrift;
  /** GitHub Deployment environment: undefined → derived from the target; false → record no Deployment. */
  deploymentEnvironment?: string | false;
  githubToken?: string;
  /** Things that are allowed but probably not meant (shown as warnings). */
  warnings: string[];
}

/** What the event says about the run, decided before the inputs are validated. */
export interface ReadOptions {
  /**
   * A pull request from a fork: every `secrets.*` arrives empty and nothing is pushed or deployed,
   * so the inputs only a push or a deploy needs (registry password, client secret) are not required.
   */
  forkPullRequest?: boolean;
}

function readTarget(read: InputReader): Target {
  const raw = { name: 'target', value: read('target') ?? '' };
  if (raw.value.trim() === '') throw new InputError('target', 'is required.', `Accepted: ${TARGETS.join(', ')}.`);
  return parseEnum(raw, TARGETS) as Target;
}

function readCommon(i: ReturnType<typeof inputs>): Pick<Config, 'timeoutMs' | 'onDrift' | 'deploymentEnvironment' | 'githubToken'> {
  const timeoutMs = parseDuration(i.raw('timeout'), { min: 1000, max: 6 * 3600 * 1000 }) ?? 10 * 60_000;
  const onDrift = (parseEnum(i.raw('on-drift'), ON_DRIFT_MODES) as OnDrift | undefined) ?? 'warn';
  const environment = i.matching(
    'deployment-environment',
    /^[^\s'"`,;:/\\][^'"`,;:/\\]{0,254}$/,
    'none, or a GitHub environment name (up to 255 characters, no quotes, commas, colons, semicolons or slashes)'
  );
  const deploymentEnvironment = environment === undefined ? undefined : environment.toLowerCase() === 'none' ? false : environment;
  return { timeoutMs, onDrift, deploymentEnvironment, githubToken: i.str('github-token', true) };
}

/** The longest max-preview-age: a year. */
const MAX_PREVIEW_AGE_MS = 366 * 24 * 3600 * 1000;

/**
 * Inputs cleanup and max-preview-age with mode: `cleanup: true` alone is mode cleanup, with mode
 * plan it lists what a cleanup would remove; with any other mode it is refused.
 */
function readCleanup(i: ReturnType<typeof inputs>, mode: Mode | undefined, warnings: string[]): { mode: Mode | undefined; cleanup?: CleanupConfig } {
  const asked = parseBool(i.raw('cleanup'), false);
  const maxAgeMs = parseDuration(i.raw('max-preview-age'), { min: 3_600_000, max: MAX_PREVIEW_AGE_MS });
  if (asked && mode !== undefined && mode !== 'plan' && mode !== 'cleanup')
    throw new InputError(
      'cleanup',
      `is true, and mode is ${mode}.`,
      'A cleanup removes previews and deploys nothing: use cleanup: true alone (or mode: cleanup), or mode: plan with cleanup: true to list what would go.'
    );
  const runMode = asked && mode === undefined ? 'cleanup' : mode;
  const cleaning = runMode === 'cleanup' || (asked && runMode === 'plan');
  if (!cleaning && maxAgeMs !== undefined) warnings.push('max-preview-age has no effect without mode: cleanup (or cleanup: true).');
  return { mode: runMode, cleanup: cleaning ? { ...(maxAgeMs !== undefined ? { maxAgeMs } : {}) } : undefined };
}

export function readConfig(read: InputReader, mask: Masker, options: ReadOptions = {}): Config {
  const warnings: string[] = [];
  const pushOrDeploy = !options.forkPullRequest;
  const i = inputs(read, mask);
  const target = readTarget(read);
  const mode = parseEnum(i.raw('mode'), MODES);
  const image = readImage(i, warnings);
  const azure = readAzure(i, warnings, pushOrDeploy);
  const registryAuth = readRegistryAuth(i, image.registry, azure, pushOrDeploy);
  const functionapp = readFunctionApp(i);
  const aks = readAks(i);
  const containerapp = readContainerApp(i);
  const supply = readSupplyChain(i, warnings);
  const common = readCommon(i);
  const { mode: runMode, cleanup } = readCleanup(i, mode, warnings);
  checkTargetInputs(target, runMode, { functionapp });
  warnings.push(...noEffectWarnings(target, read));
  return { target, mode: runMode, image, azure, registryAuth, functionapp, aks, containerapp, supply, ...common, ...(cleanup ? { cleanup } : {}), warnings };
}
