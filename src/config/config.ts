/**
 * All action inputs → one typed, validated Config. This is the only place inputs are read
 * (through the `read` function that config/index.ts gives, i.e. core.getInput), one reader per concern:
 * image.ts, azure.ts (with the registry login), functionapp.ts, aks.ts, containerapp.ts; targets.ts holds what
 * each target declares and the checks across them. Secret inputs are handed to `mask` the moment
 * they are read. Every check that can fail runs here, before the action's first side effect.
 */
import { InputError } from '../util/errors.js';
import { parseDuration, parseEnum, type Setting } from './parse.js';
import type { ImageReference } from './reference.js';
import type { AzureEnvironment } from '../azure/clouds.js';
import { inputs, type InputReader, type Masker } from './inputs.js';
import { readImage } from './image.js';
import { readAzure, readRegistryAuth } from './azure.js';
import { readFunctionApp } from './functionapp.js';
import { readAks } from './aks.js';
import { readContainerApp } from './containerapp.js';
import { checkTargetInputs, noEffectWarnings } from './targets.js';

export type { InputReader, Masker } from './inputs.js';
export type { AzureEnvironment } from '../azure/clouds.js';

export const TARGETS = ['functionapp', 'aks', 'containerapp'] as const;
export const MODES = ['deploy', 'plan', 'render', 'teardown', 'build'] as const;
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
}

/** Target containerapp's own inputs; the app, settings, pull and health path are in FunctionAppConfig (the same inputs). */
export interface ContainerAppConfig {
  /** Percentages of production traffic the released revision receives, step by step; ends at 100. */
  trafficSteps: number[];
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
  containerapp: ContainerAppConfig;
  timeoutMs: number;
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
  const common = readCommon(i);
  checkTargetInputs(target, mode, { functionapp });
  warnings.push(...noEffectWarnings(target, read));
  return { target, mode, image, azure, registryAuth, functionapp, aks, containerapp, ...common, warnings };
}
