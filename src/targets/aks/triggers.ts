/**
 * THE trigger → KEDA scaler mapping of target `aks` (KEDA 2.20 scaler metadata).
 *
 * One function trigger becomes one ScaledObject trigger (Durable functions on MSSQL share one).
 * Triggers KEDA cannot scale are errors naming the function and the trigger, unless the user opted
 * in (timer → cron window; any trigger without a scaler → fixed replicas). Nothing is dropped
 * silently and no scaler type outside SCALER_TYPES is ever emitted.
 *
 * Where this differs from `func kubernetes deploy` on purpose (func copies the binding's string
 * properties into the metadata and passes unknown types through lower-cased):
 * - only the keys the scaler reads are emitted (no `direction`, `path`, `schedule`, `dataType`, ...);
 * - connection settings are resolved as the host resolves them (`AzureWebJobs<name>` first, then
 *   `<name>`; empty `connection` → `AzureWebJobsStorage` / `AzureWebJobsServiceBus`), and the exact
 *   setting name (KEDA's env lookup is case-sensitive) goes to `connectionFromEnv`; a connection that
 *   is not in app-settings is an error here, not a ScaledObject KEDA cannot resolve;
 * - identity-based connections (`<conn>__accountName` / `__queueServiceUri` / `__blobServiceUri` /
 *   `__serviceUri` / `__fullyQualifiedNamespace`), and every Azure trigger under
 *   `keda-auth: workload-identity`, use the scaler's identity form (accountName, namespace,
 *   eventHubNamespace + storageAccountName) with the workload-identity TriggerAuthentication;
 * - azure-eventhub gets `storageConnectionFromEnv` (the host's checkpoint store, AzureWebJobsStorage)
 *   and the checkpoint layout of the Event Hubs extension in use: extension 5.x and later (extension
 *   bundle ≥ 3, .NET isolated) checkpoint like the Event Hubs SDK v5 → `checkpointStrategy:
 *   blobMetadata`, `blobContainer: azure-webjobs-eventhub`; extension ≤ 4.x (bundle 1.x/2.x) keeps the
 *   legacy JSON checkpoints → `checkpointStrategy: azureFunction` (KEDA reads
 *   azure-webjobs-eventhub/<ns>/<hub>/<cg>/<partition> then; it cannot see v5 checkpoints);
 * - azure-blob gets `blobContainerName` and `blobPrefix` from the binding's `path`;
 * - kafka: a `brokerList` that names an app setting (`%Brokers%` or `Brokers`) becomes
 *   `bootstrapServersFromEnv`; SASL credentials go through a TriggerAuthentication over the
 *   settings Secret instead of being left as setting names in the metadata;
 * - targets per replica follow the Functions host's own target-based scaling (host.json
 *   batchSize / maxConcurrentCalls / maxEventBatchSize / binding lagThreshold) instead of KEDA's
 *   generic defaults, so a pod is asked to do what the host would do on one instance;
 * - timerTrigger, cosmosDBTrigger, eventGridTrigger, Durable (not MSSQL) and unknown types are
 *   errors (func emits `timertrigger`-style types that KEDA rejects, leaving the app at 0 replicas).
 */
import type { KedaAuthMode } from '../../config/config.js';
import { ActionError } from '../../util/errors.js';
import type { FunctionInfo, HostJson } from '../../functions/discover.js';
import { findSetting } from '../../functions/settings.js';

/** Every scaler type the action can emit. validate.ts refuses any other. */
export const SCALER_TYPES = ['azure-queue', 'azure-servicebus', 'azure-eventhub', 'azure-blob', 'kafka', 'rabbitmq', 'cron', 'mssql'] as const;
export type ScalerType = (typeof SCALER_TYPES)[number];

/** What a trigger needs from a TriggerAuthentication. */
export type TriggerAuthNeed =
  /** the app's workload-identity TriggerAuthentication (podIdentity azure-workload) */
  | { kind: 'workload-identity' }
  /**
   * a TriggerAuthentication whose parameters come from keys of the settings Secret, or from
   * container env vars the trigger adds (`envParams`, e.g. a literal Kafka user name)
   */
  | { kind: 'secret'; params: Array<{ parameter: string; setting: string }>; envParams?: Array<{ parameter: string; env: string }> };

/** An env var the worker container needs so that KEDA can resolve a trigger (KEDA reads the scale target's env). */
export interface PodEnv {
  name: string;
  value: string;
}

export interface ScaleTrigger {
  /** Unique name of the trigger in the ScaledObject (the function name; `durable-mssql` for Durable). */
  name: string;
  /** The function(s) it scales for. */
  functions: string[];
  bindingType: string;
  type: ScalerType;
  /** Scaler metadata: strings only, sorted by key when rendered. */
  metadata: Record<string, string>;
  auth?: TriggerAuthNeed;
  /** Env vars for the worker container that KEDA reads for this trigger (`$(Setting)` references only, never values). */
  podEnv?: PodEnv[];
}

export interface CronWindowOptions {
  /** IANA time zone of the schedules. Default: app setting WEBSITE_TIME_ZONE or TZ when it is an IANA name, else Etc/UTC. */
  timezone?: string;
  /** Minutes before each occurrence the window opens (pod start-up time). Default 5. */
  leadMinutes?: number;
  /** Minutes after each occurrence the window stays open. Default 15. */
  windowMinutes?: number;
  /** Replicas during the window. Default 1. */
  desiredReplicas?: number;
}

export interface ScalingOptions {
  /** Scale timer functions with KEDA's cron scaler in a window around each occurrence (opt-in). */
  timerCron?: CronWindowOptions;
  /**
   * Run functions whose trigger has no KEDA scaler (timer without timerCron, cosmosDB, eventGrid,
   * Durable not on MSSQL, unknown types) on at least this many always-on replicas instead of failing.
   */
  unscaledReplicas?: number;
}

/** How many processors the host sees per pod: several host defaults are multiples of it. */
export interface ProcessorCount {
  count: number;
  /** Where the count comes from, for the message that says what was assumed. */
  source: string;
}

/** The Event Hubs extension major version the app runs, and where that was read. */
export interface ExtensionVersion {
  major: number;
  source: string;
}

export interface TriggerContext extends ScalingOptions {
  settings: Readonly<Record<string, string>>;
  host: HostJson;
  kedaAuth: KedaAuthMode;
  /** Default: 1, assumed (said in a warning when a target depends on it). */
  processors?: ProcessorCount;
  /** Read from the app (bin/extensions.json, package references) when it has no extension bundle. */
  eventHubsExtension?: ExtensionVersion;
}

export interface ScalingPlan {
  /** Functions for the `<name>-http` Deployment (HTTP triggers; Event Grid ones under unscaledReplicas). */
  httpFunctions: string[];
  /** Functions for the `<name>` Deployment, scaled by the ScaledObject. */
  workerFunctions: string[];
  triggers: ScaleTrigger[];
  /** Minimum replicas the worker Deployment needs for functions without a scaler (0: none). */
  fixedReplicas: number;
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// The table, as data: binding type → scaler and the metadata keys it gets (the mapping functions
// below implement exactly these rows; tests check the two agree).
// ---------------------------------------------------------------------------------------------
export interface TriggerRow {
  bindingType: string;
  /** KEDA scaler type; 'http' = served by the HTTP Deployment; null = no scaler (error unless opted in). */
  scaler: ScalerType | 'http' | null;
  /** Metadata keys with a connection string (keda-auth connection-string). */
  metadata: readonly string[];
  /** Metadata keys in the identity form (workload identity), when the scaler has one. */
  identityMetadata?: readonly string[];
  /** Binding property naming the connection setting, and the host's default when it is empty. */
  connection?: { property: string; default?: string };
}

export const TRIGGER_TABLE: readonly TriggerRow[] = [
  { bindingType: 'httpTrigger', scaler: 'http', metadata: [] },
  {
    bindingType: 'queueTrigger',
    scaler: 'azure-queue',
    metadata: ['queueName', 'queueLength', 'connectionFromEnv'],
    identityMetadata: ['queueName', 'queueLength', 'accountName', 'cloud?'],
    connection: { property: 'connection', default: 'AzureWebJobsStorage' }
  },
  {
    bindingType: 'serviceBusTrigger',
    scaler: 'azure-servicebus',
    metadata: ['queueName | topicName + subscriptionName', 'messageCount', 'connectionFromEnv'],
    identityMetadata: ['queueName | topicName + subscriptionName', 'messageCount', 'namespace', 'cloud?'],
    connection: { property: 'connection', default: 'AzureWebJobsServiceBus' }
  },
  {
    bindingType: 'eventHubTrigger',
    scaler: 'azure-eventhub',
    // never eventHubName with a connection string (KEDA v2.20 + the Event Hubs SDK refuse it; see eventHubByString)
    metadata: ['connectionFromEnv', 'storageConnectionFromEnv', 'consumerGroup', 'unprocessedEventThreshold', 'checkpointStrategy', 'blobContainer?'],
    identityMetadata: [
      'eventHubNamespace',
      'eventHubName',
      'storageAccountName',
      'consumerGroup',
      'unprocessedEventThreshold',
      'checkpointStrategy',
      'blobContainer?',
      'cloud?'
    ],
    connection: { property: 'connection' }
  },
  {
    bindingType: 'blobTrigger',
    scaler: 'azure-blob',
    metadata: ['blobContainerName', 'blobPrefix?', 'recursive', 'connectionFromEnv'],
    identityMetadata: ['blobContainerName', 'blobPrefix?', 'recursive', 'accountName', 'cloud?'],
    connection: { property: 'connection', default: 'AzureWebJobsStorage' }
  },
  {
    bindingType: 'kafkaTrigger',
    scaler: 'kafka',
    metadata: ['bootstrapServersFromEnv | bootstrapServers', 'topic', 'consumerGroup', 'lagThreshold', 'offsetResetPolicy', 'sasl?', 'tls?'],
    connection: { property: 'brokerList' }
  },
  {
    bindingType: 'rabbitMQTrigger',
    scaler: 'rabbitmq',
    metadata: ['hostFromEnv', 'queueName', 'mode', 'value'],
    connection: { property: 'connectionStringSetting' }
  },
  { bindingType: 'timerTrigger', scaler: null, metadata: [] },
  { bindingType: 'timerTrigger (timerCron opt-in)', scaler: 'cron', metadata: ['start', 'end', 'timezone', 'desiredReplicas'] },
  {
    bindingType: 'orchestrationTrigger / activityTrigger / entityTrigger (MSSQL provider)',
    scaler: 'mssql',
    metadata: ['query', 'targetValue', 'connectionStringFromEnv']
  },
  { bindingType: 'orchestrationTrigger / activityTrigger / entityTrigger (other providers)', scaler: null, metadata: [] },
  { bindingType: 'cosmosDBTrigger', scaler: null, metadata: [] },
  { bindingType: 'eventGridTrigger', scaler: null, metadata: [] }
];

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------
type Outcome =
  | { kind: 'scaled'; trigger: ScaleTrigger; warning?: string; assumed?: string }
  | { kind: 'http' }
  | { kind: 'durable' }
  /** No scaler: `reason` says why; `role` is where it would run with unscaledReplicas. */
  | { kind: 'unsupported'; reason: string; role: 'worker' | 'http' }
  | { kind: 'problem'; problems: string[] };

const problem = (...problems: string[]): Outcome => ({ kind: 'problem', problems });
const WORKLOAD_IDENTITY = { kind: 'workload-identity' } as const;

/** One KEDA trigger for one function: its type, metadata and (workload identity) authentication. */
function scaled(
  fn: FunctionInfo,
  type: ScaleTrigger['type'],
  metadata: Record<string, string>,
  assumed?: string,
  auth?: typeof WORKLOAD_IDENTITY
): Extract<Outcome, { kind: 'scaled' }> {
  return { kind: 'scaled', assumed, trigger: { name: fn.name, functions: [fn.name], bindingType: fn.trigger.type, type, metadata, ...(auth ? { auth } : {}) } };
}

/** A binding property as a trimmed string ('' and non-scalars → undefined), looked up ignoring case. */
function prop(fn: FunctionInfo, name: string): string | undefined {
  const key = Object.keys(fn.trigger).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : fn.trigger[key];
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

const settingRef = (fn: FunctionInfo, name: string): string | undefined => {
  const key = Object.keys(fn.settingRefs ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : fn.settingRefs?.[key];
};

/** host.json value at a case-insensitive path. */
function hostValue(host: HostJson, path: string[]): unknown {
  let node: unknown = host;
  for (const seg of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    const key = Object.keys(node).find((k) => k.toLowerCase() === seg.toLowerCase());
    node = key === undefined ? undefined : (node as Record<string, unknown>)[key];
  }
  return node;
}

/** First positive integer among host.json paths. */
function hostInt(host: HostJson, ...paths: string[][]): number | undefined {
  for (const p of paths) {
    const v = hostValue(host, p);
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  }
  return undefined;
}

/** A whole number ≥ 0 at a host.json path. */
function hostNonNegative(host: HostJson, path: string[]): number | undefined {
  const v = hostValue(host, path);
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Extension bundle major version (`[4.*, 5.0.0)` → 4); undefined without a bundle. */
export function bundleMajor(host: HostJson): number | undefined {
  const v = hostValue(host, ['extensionBundle', 'version']);
  const m = typeof v === 'string' ? /(\d+)/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

export type Connection =
  | { mode: 'string'; env: string; value: string }
  /** identity-based: `<prefix>__<sub>` settings; `props` keyed by lower-cased sub-name */
  | { mode: 'identity'; prefix: string; props: Record<string, string> };

/**
 * Resolves a connection name as the Functions host does: `AzureWebJobs<name>`, then `<name>`; a
 * setting with a value is a connection string, `<name>__*` settings an identity-based connection.
 */
export function resolveConnection(name: string, settings: Readonly<Record<string, string>>): Connection | undefined {
  const candidates = /^AzureWebJobs/i.test(name) ? [name] : [`AzureWebJobs${name}`, name];
  for (const c of candidates) {
    const exact = findSetting(settings, c);
    if (exact && exact.value.trim() !== '') return { mode: 'string', env: exact.name, value: exact.value };
    const prefix = `${c.toLowerCase()}__`;
    const keys = Object.keys(settings)
      .filter((k) => k.toLowerCase().startsWith(prefix))
      .sort();
    if (keys.length)
      return {
        mode: 'identity',
        prefix: keys[0].slice(0, c.length),
        props: Object.fromEntries(keys.map((k) => [k.slice(prefix.length).toLowerCase(), settings[k]]))
      };
  }
  return undefined;
}

const connectionForms = (name: string) => (/^AzureWebJobs/i.test(name) ? `${name} or ${name}__*` : `AzureWebJobs${name}, ${name} or ${name}__*`);

/** `AccountName=...;Key=...` → map with lower-cased keys. */
function connectionStringParts(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
  }
  return out;
}

function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const STORAGE_SUFFIX_CLOUD: Record<string, string | undefined> = {
  'core.windows.net': undefined,
  'core.chinacloudapi.cn': 'AzureChinaCloud',
  'core.usgovcloudapi.net': 'AzureUSGovernmentCloud'
};
const SERVICEBUS_SUFFIX_CLOUD: Record<string, string | undefined> = {
  'servicebus.windows.net': undefined,
  'servicebus.chinacloudapi.cn': 'AzureChinaCloud',
  'servicebus.usgovcloudapi.net': 'AzureUSGovernmentCloud'
};

/** `{ cloud }` metadata for a known endpoint suffix; a string error for an unknown one. */
function cloudFor(suffix: string, table: Record<string, string | undefined>): Record<string, string> | string {
  if (!Object.prototype.hasOwnProperty.call(table, suffix)) return `endpoint suffix ${suffix} is not a known Azure cloud (${Object.keys(table).join(', ')})`;
  const cloud = table[suffix];
  return cloud ? { cloud } : {};
}

/** Storage account name (+cloud) of a connection, for the identity form of azure-queue / azure-blob / eventhub checkpoints. */
function storageAccount(conn: Connection, service: 'queue' | 'blob'): { accountName: string; cloud: Record<string, string> } | string {
  let host: string | undefined;
  let accountName: string | undefined;
  let suffix = 'core.windows.net';
  if (conn.mode === 'string') {
    const parts = connectionStringParts(conn.value);
    if (parts.usedevelopmentstorage) return 'UseDevelopmentStorage=true (Azurite) cannot be reached from the cluster';
    accountName = parts.accountname;
    if (parts.endpointsuffix) suffix = parts.endpointsuffix.toLowerCase();
    host = parts[`${service}endpoint`] ? hostOf(parts[`${service}endpoint`]) : undefined;
  } else {
    accountName = conn.props.accountname;
    const uri = conn.props[`${service}serviceuri`] ?? (service === 'blob' ? conn.props.serviceuri : undefined);
    host = uri ? hostOf(uri) : undefined;
  }
  if (!accountName && host) {
    const m = new RegExp(`^([a-z0-9]+)\\.${service}\\.(.+)$`).exec(host);
    if (m) [accountName, suffix] = [m[1], m[2]];
  } else if (host) {
    const m = new RegExp(`^[a-z0-9]+\\.${service}\\.(.+)$`).exec(host);
    if (m) suffix = m[1];
  }
  if (!accountName)
    return `no storage account name in it (need AccountName=… in the connection string, or ${conn.mode === 'identity' ? `${conn.prefix}__accountName / __${service}ServiceUri` : '<conn>__accountName'})`;
  const cloud = cloudFor(suffix, STORAGE_SUFFIX_CLOUD);
  if (typeof cloud === 'string') return cloud;
  return { accountName, cloud };
}

/** Service Bus / Event Hubs namespace (short name) of a connection, +cloud and EntityPath. */
function messagingNamespace(conn: Connection): { namespace: string; cloud: Record<string, string>; entityPath?: string } | string {
  let fqns: string | undefined;
  let entityPath: string | undefined;
  if (conn.mode === 'string') {
    const parts = connectionStringParts(conn.value);
    fqns = parts.endpoint ? hostOf(parts.endpoint) : undefined;
    entityPath = parts.entitypath || undefined;
  } else {
    const v = conn.props.fullyqualifiednamespace;
    fqns = v ? (hostOf(v.includes('://') ? v : `sb://${v}`) ?? undefined) : undefined;
  }
  const m = fqns ? /^([a-z0-9-]+)\.(.+)$/.exec(fqns) : null;
  if (!m)
    return `no namespace in it (need Endpoint=sb://<namespace>.servicebus.windows.net/ in the connection string, or ${conn.mode === 'identity' ? conn.prefix : '<conn>'}__fullyQualifiedNamespace)`;
  const cloud = cloudFor(m[2], SERVICEBUS_SUFFIX_CLOUD);
  if (typeof cloud === 'string') return cloud;
  return { namespace: m[1], cloud, ...(entityPath ? { entityPath } : {}) };
}

const label = (fn: FunctionInfo) => `function '${fn.name}' (${fn.trigger.type})`;

/** `UseDevelopmentStorage=true`: the Azurite emulator on the developer's machine. */
const isAzurite = (conn: Connection) => conn.mode === 'string' && connectionStringParts(conn.value).usedevelopmentstorage?.toLowerCase() === 'true';

/** The problem text for an Azurite connection (KEDA runs in the cluster; no auth mode can reach it). */
const azuriteProblem = (fn: FunctionInfo, conn: Connection & { mode: 'string' }) =>
  `${label(fn)}: setting ${conn.env} is an Azurite connection string (UseDevelopmentStorage, the emulator on a developer machine), which KEDA in the cluster can never reach, whatever keda-auth is; give it the storage account's connection string (or ${conn.env}__accountName with workload identity).`;

/**
 * Decides between connection string and identity form for an Azure trigger. Returns the connection,
 * whether the identity form is used, or a problem text.
 */
function azureConnection(
  fn: FunctionInfo,
  ctx: TriggerContext,
  property: string,
  fallback: string | undefined
): { conn: Connection; identity: boolean } | string {
  const name = prop(fn, property) ?? fallback;
  if (!name) return `${label(fn)}: the binding has no "${property}" (the app setting that holds the connection).`;
  const conn = resolveConnection(name, ctx.settings);
  if (!conn) return `${label(fn)}: connection '${name}' is not in app-settings (looked for ${connectionForms(name)}).`;
  if (conn.mode === 'string' && isAzurite(conn)) return azuriteProblem(fn, conn);
  if (conn.mode === 'identity' && ctx.kedaAuth !== 'workload-identity') {
    return `${label(fn)}: connection '${name}' is identity-based (${conn.prefix}__…), which KEDA can only use with keda-auth: workload-identity (and workload-identity-client-id).`;
  }
  return { conn, identity: ctx.kedaAuth === 'workload-identity' };
}

// ---------------------------------------------------------------------------------------------
// per trigger type
// ---------------------------------------------------------------------------------------------
const processorsOf = (ctx: TriggerContext): ProcessorCount => ctx.processors ?? { count: 1, source: 'assumed: no CPU request is set' };
const assumedProcessors = (p: ProcessorCount, what: string) => `${what} scale with the host's processor count; taken as ${p.count} per pod (${p.source}).`;

/**
 * Messages per replica, as the Storage Queues extension's own target scaler counts them:
 * `BatchSize + NewBatchThreshold`, NewBatchThreshold defaulting to `(BatchSize / 2) * ProcessorCount`
 * (Azure/azure-sdk-for-net sdk/storage/Microsoft.Azure.WebJobs.Extensions.Storage.Common/src/Shared/Queues/
 * QueueTargetScaler.cs and QueuesOptions.cs, main as stored at 9a9a40f8/662cab9e; BatchSize default 16).
 */
function queueTarget(ctx: TriggerContext): { target: number; assumed?: string } {
  const q = ['extensions', 'queues'];
  const batchSize = hostInt(ctx.host, [...q, 'batchSize']) ?? 16;
  const threshold = hostNonNegative(ctx.host, [...q, 'newBatchThreshold']);
  if (threshold !== undefined) return { target: batchSize + threshold };
  const p = processorsOf(ctx);
  return { target: batchSize + Math.floor(batchSize / 2) * p.count, assumed: assumedProcessors(p, 'Storage queue targets (newBatchThreshold)') };
}

function queue(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const queueName = prop(fn, 'queueName');
  if (!queueName) return problem(`${label(fn)}: the binding has no queueName.`);
  const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsStorage');
  if (typeof c === 'string') return problem(c);
  const { target, assumed } = queueTarget(ctx);
  const metadata: Record<string, string> = { queueName, queueLength: String(target) };
  if (!c.identity) return scaled(fn, 'azure-queue', { ...metadata, connectionFromEnv: (c.conn as { env: string }).env }, assumed);
  const acct = storageAccount(c.conn, 'queue');
  if (typeof acct === 'string') return problem(`${label(fn)}: cannot use workload identity with its connection: ${acct}.`);
  return scaled(fn, 'azure-queue', { ...metadata, accountName: acct.accountName, ...acct.cloud }, assumed, WORKLOAD_IDENTITY);
}

/**
 * Messages per replica, as the Service Bus extension's target scaler decides: a batch function
 * (`cardinality: many`) → MaxMessageBatchSize (1000), else a session-enabled one →
 * MaxConcurrentSessions (8), else MaxConcurrentCalls (16 × processor count)
 * (Azure/azure-sdk-for-net sdk/servicebus/Microsoft.Azure.WebJobs.Extensions.ServiceBus/src/Listeners/
 * ServiceBusTargetScaler.cs and Config/ServiceBusOptions.cs, main as stored).
 */
function serviceBusTarget(fn: FunctionInfo, ctx: TriggerContext): { target: number; assumed?: string } {
  const sb = ['extensions', 'serviceBus'];
  if (/^many$/i.test(prop(fn, 'cardinality') ?? ''))
    return { target: hostInt(ctx.host, [...sb, 'maxMessageBatchSize'], [...sb, 'batchOptions', 'maxMessageCount']) ?? 1000 };
  if (/^true$/i.test(prop(fn, 'isSessionsEnabled') ?? ''))
    return { target: hostInt(ctx.host, [...sb, 'maxConcurrentSessions'], [...sb, 'sessionHandlerOptions', 'maxConcurrentSessions']) ?? 8 };
  const calls = hostInt(ctx.host, [...sb, 'maxConcurrentCalls'], [...sb, 'messageHandlerOptions', 'maxConcurrentCalls']);
  if (calls !== undefined) return { target: calls };
  const p = processorsOf(ctx);
  return { target: 16 * p.count, assumed: assumedProcessors(p, 'Service Bus targets (maxConcurrentCalls)') };
}

function serviceBus(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const queueName = prop(fn, 'queueName');
  const topicName = prop(fn, 'topicName');
  const subscriptionName = prop(fn, 'subscriptionName');
  let entity: Record<string, string>;
  if (queueName && !topicName) entity = { queueName };
  else if (!queueName && topicName && subscriptionName) entity = { topicName, subscriptionName };
  else return problem(`${label(fn)}: the binding needs queueName, or topicName and subscriptionName.`);
  const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsServiceBus');
  if (typeof c === 'string') return problem(c);
  const { target, assumed } = serviceBusTarget(fn, ctx);
  const metadata = { ...entity, messageCount: String(target) };
  if (!c.identity) return scaled(fn, 'azure-servicebus', { ...metadata, connectionFromEnv: (c.conn as { env: string }).env }, assumed);
  const ns = messagingNamespace(c.conn);
  if (typeof ns === 'string') return problem(`${label(fn)}: cannot use workload identity with its connection: ${ns}.`);
  return scaled(fn, 'azure-servicebus', { ...metadata, namespace: ns.namespace, ...ns.cloud }, assumed, WORKLOAD_IDENTITY);
}

export const EVENTHUB_CHECKPOINT_CONTAINER = 'azure-webjobs-eventhub';

/**
 * The checkpoint layout KEDA must read: the extension's major version from its bundle, else from
 * what the app shows (ctx.eventHubsExtension), else assumed ≥ 5 (said in a warning). Extension 5+
 * checkpoints like the Event Hubs SDK v5 (blob metadata); 4.x and earlier keep the legacy JSON blobs.
 */
function eventHubsCheckpoints(ctx: TriggerContext): { legacy: boolean; assumed?: string } {
  const bundle = bundleMajor(ctx.host);
  if (bundle !== undefined) return { legacy: bundle <= 2 };
  if (ctx.eventHubsExtension) return { legacy: ctx.eventHubsExtension.major < 5 };
  return {
    legacy: false,
    assumed:
      'Event Hubs: the app has no extension bundle and shows no Event Hubs extension version (bin/extensions.json, a package reference); assumed extension 5 or later (checkpoints in blob metadata, checkpointStrategy blobMetadata).'
  };
}

/**
 * Connection-string form of azure-eventhub (kedacore/keda v2.20.2, pkg/scalers/azure_eventhub_scaler.go
 * and pkg/scalers/azure/azure_eventhub.go): KEDA appends `EntityPath=<eventHubName>` when the string
 * has none, then builds the producer client with the string *and* eventHubName — which the Event
 * Hubs SDK refuses whenever the string carries EntityPath. So `eventHubName` is never emitted: a
 * string with EntityPath is used as is (the host also takes EntityPath over the binding's hub:
 * EventHubClientFactory.NormalizeEventHubName), and a namespace-level string gets EntityPath
 * through a container env var `$(<setting>);EntityPath=<hub>` that KEDA and the kubelet expand.
 * Checkpoint paths: the extension (5+) writes `<namespace>/<hub>/<consumer group>/checkpoint/<partition>`
 * all lower-cased (BlobCheckpointStoreInternal.cs); KEDA's blobMetadata reader lower-cases only the
 * consumer group (pkg/scalers/azure/azure_eventhub_checkpoint.go), so capitals elsewhere are refused.
 */
function eventHubByString(
  fn: FunctionInfo,
  conn: Connection & { mode: 'string' },
  hub: string | undefined,
  blobMetadata: boolean
): { metadata: Record<string, string>; podEnv?: PodEnv[] } | string {
  const parts = connectionStringParts(conn.value);
  const entityPath = parts.entitypath || undefined;
  const endpointHost = (parts.endpoint ?? '').replace(/^sb:\/\//i, '').replace(/\/+$/, '');
  if (blobMetadata && endpointHost !== endpointHost.toLowerCase()) {
    return `${label(fn)}: the Endpoint of ${conn.env} (${endpointHost}) has capitals; the host writes checkpoints under the lower-cased namespace and KEDA (v2.20) reads them under the name as written, so it would never find one and count the whole stream. Write the Endpoint in lower case.`;
  }
  if (entityPath) {
    if (hub && hub.toLowerCase() !== entityPath.toLowerCase()) {
      return `${label(fn)}: the binding's event hub '${hub}' disagrees with EntityPath=${entityPath} in ${conn.env}; the host consumes from EntityPath. Make them the same or remove EntityPath from the setting.`;
    }
    if (blobMetadata && entityPath !== entityPath.toLowerCase()) {
      return `${label(fn)}: EntityPath=${entityPath} in ${conn.env} has capitals; the host writes checkpoints under the lower-cased hub name and KEDA (v2.20) reads them under the name as written. Write EntityPath in lower case.`;
    }
    return { metadata: { connectionFromEnv: conn.env } };
  }
  if (!hub) return `${label(fn)}: no eventHubName in the binding and no EntityPath in its connection string.`;
  const env = triggerEnvName('eventhub_connection', fn.name);
  return { metadata: { connectionFromEnv: env }, podEnv: [{ name: env, value: `$(${conn.env});EntityPath=${hub.toLowerCase()}` }] };
}

function eventHub(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const c = azureConnection(fn, ctx, 'connection', undefined);
  if (typeof c === 'string') return problem(c);
  const storage = resolveConnection('AzureWebJobsStorage', ctx.settings);
  if (!storage) return problem(`${label(fn)}: Event Hubs checkpoints live in the host storage, but AzureWebJobsStorage is not in app-settings.`);
  if (storage.mode === 'string' && isAzurite(storage)) return problem(azuriteProblem(fn, storage));
  const hub = prop(fn, 'eventHubName') ?? prop(fn, 'path');
  const { legacy, assumed } = eventHubsCheckpoints(ctx);
  const eh = ['extensions', 'eventHubs'];
  const threshold =
    hostInt(ctx.host, [...eh, 'targetUnprocessedEventThreshold'], [...eh, 'maxEventBatchSize'], [...eh, 'eventProcessorOptions', 'maxBatchSize']) ??
    (legacy ? 10 : 100);
  const metadata: Record<string, string> = {
    consumerGroup: prop(fn, 'consumerGroup') ?? '$Default',
    unprocessedEventThreshold: String(threshold),
    ...(legacy ? { checkpointStrategy: 'azureFunction' } : { checkpointStrategy: 'blobMetadata', blobContainer: EVENTHUB_CHECKPOINT_CONTAINER })
  };
  const base = { name: fn.name, functions: [fn.name], bindingType: fn.trigger.type, type: 'azure-eventhub' as const };
  if (!c.identity) {
    if (storage.mode !== 'string')
      return problem(`${label(fn)}: AzureWebJobsStorage is identity-based, so KEDA needs keda-auth: workload-identity to read the checkpoints.`);
    const byString = eventHubByString(fn, c.conn as Connection & { mode: 'string' }, hub, !legacy);
    if (typeof byString === 'string') return problem(byString);
    return {
      kind: 'scaled',
      assumed,
      trigger: {
        ...base,
        metadata: { ...metadata, ...byString.metadata, storageConnectionFromEnv: storage.env },
        ...(byString.podEnv ? { podEnv: byString.podEnv } : {})
      }
    };
  }
  const ns = messagingNamespace(c.conn);
  if (typeof ns === 'string') return problem(`${label(fn)}: cannot use workload identity with its connection: ${ns}.`);
  const eventHubName = hub ?? ns.entityPath;
  if (!eventHubName) return problem(`${label(fn)}: no eventHubName in the binding and no EntityPath in its connection string.`);
  const acct = storageAccount(storage, 'blob');
  if (typeof acct === 'string') return problem(`${label(fn)}: cannot read its checkpoints with workload identity: AzureWebJobsStorage has ${acct}.`);
  // Identity form: KEDA builds the checkpoint path from eventHubNamespace and eventHubName as given, so both are lower-cased like the host's.
  return {
    kind: 'scaled',
    assumed,
    trigger: {
      ...base,
      metadata: {
        ...metadata,
        eventHubName: eventHubName.toLowerCase(),
        eventHubNamespace: ns.namespace.toLowerCase(),
        storageAccountName: acct.accountName,
        ...ns.cloud
      },
      auth: { kind: 'workload-identity' }
    }
  };
}

function blob(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  if (/^eventgrid$/i.test(prop(fn, 'source') ?? '')) {
    return {
      kind: 'unsupported',
      role: 'http',
      reason: 'an Event Grid-sourced blob trigger is pushed over HTTP (webhook), so it cannot be scaled on a blob count'
    };
  }
  const path = prop(fn, 'path');
  if (!path) return problem(`${label(fn)}: the binding has no path (container/blob pattern).`);
  const slash = path.indexOf('/');
  const container = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(container) && container !== '$root') {
    return problem(
      `${label(fn)}: the container of path ${JSON.stringify(path)} is ${JSON.stringify(container)}, not a literal container name (3-63 of a-z 0-9 -).`
    );
  }
  const brace = rest.indexOf('{');
  const prefix = brace < 0 ? rest : rest.slice(0, brace);
  const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsStorage');
  if (typeof c === 'string') return problem(c);
  const metadata: Record<string, string> = { blobContainerName: container, ...(prefix ? { blobPrefix: prefix } : {}), recursive: 'true' };
  const warning = `${label(fn)}: azure-blob scales on the number of blobs under ${container}/${prefix}, processed or not; delete or move blobs once processed or the app never scales in.`;
  if (!c.identity) return { ...scaled(fn, 'azure-blob', { ...metadata, connectionFromEnv: (c.conn as { env: string }).env }), warning };
  const acct = storageAccount(c.conn, 'blob');
  if (typeof acct === 'string') return problem(`${label(fn)}: cannot use workload identity with its connection: ${acct}.`);
  return { ...scaled(fn, 'azure-blob', { ...metadata, accountName: acct.accountName, ...acct.cloud }, undefined, WORKLOAD_IDENTITY), warning };
}

/** A binding property that must name an app setting: `%X%` (resolved by discover) or a bare setting name. */
function settingNamed(fn: FunctionInfo, property: string, settings: Readonly<Record<string, string>>): string | undefined {
  const ref = settingRef(fn, property);
  if (ref) return ref;
  const raw = prop(fn, property);
  return raw ? findSetting(settings, raw)?.name : undefined;
}

const KAFKA_SASL: Record<string, string> = { plain: 'plaintext', scramsha256: 'scram_sha256', scramsha512: 'scram_sha512' };

/** A container env var name for a value KEDA reads on behalf of one trigger. */
export function triggerEnvName(kind: string, fn: string): string {
  return `KEDA_${kind}_${fn}`.toUpperCase().replace(/[^A-Z0-9_]+/g, '_');
}

/** A literal for a container env var: `$` doubled, so neither the kubelet nor KEDA expands it. */
const envLiteral = (v: string) => v.replace(/\$/g, '$$$$');

/**
 * The host's AutoOffsetReset (host.json extensions.kafka.autoOffsetReset, default Earliest:
 * Azure/azure-functions-kafka-extension 4.3.2 src/Microsoft.Azure.WebJobs.Extensions.Kafka/Config/KafkaOptions.cs)
 * as KEDA's offsetResetPolicy (kedacore/keda v2.20.2 pkg/scalers/kafka_scaler.go: default latest).
 */
function kafkaOffsetReset(host: HostJson): string {
  const v = hostValue(host, ['extensions', 'kafka', 'autoOffsetReset']);
  return typeof v === 'string' && /^latest$/i.test(v.trim()) ? 'latest' : 'earliest';
}

/**
 * SASL user name and password for the Kafka scaler (KEDA reads both from authParams only). The
 * extension resolves each as an app setting when one has that name, else uses the text as is
 * (ConfigurationExtensions.ResolveSecureSetting): a literal user name such as `$ConnectionString`
 * (Event Hubs' Kafka endpoint) goes through a container env var; a password must be a setting.
 */
function kafkaSasl(fn: FunctionInfo, ctx: TriggerContext, problems: string[]): { auth: TriggerAuthNeed; podEnv: PodEnv[] } {
  const params: Array<{ parameter: string; setting: string }> = [];
  const envParams: Array<{ parameter: string; env: string }> = [];
  const podEnv: PodEnv[] = [];
  const user = settingNamed(fn, 'username', ctx.settings);
  const literal = prop(fn, 'username');
  if (user) params.push({ parameter: 'username', setting: user });
  else if (literal && settingRef(fn, 'username') === undefined) {
    const env = triggerEnvName('kafka_username', fn.name);
    envParams.push({ parameter: 'username', env });
    podEnv.push({ name: env, value: envLiteral(literal) });
  } else problems.push(`${label(fn)}: the binding has no username.`);
  const password = settingNamed(fn, 'password', ctx.settings);
  if (password) params.push({ parameter: 'password', setting: password });
  else problems.push(`${label(fn)}: password must name an app setting (%Setting% or the setting's name) so KEDA can read it from the settings Secret.`);
  return { auth: { kind: 'secret', params, ...(envParams.length ? { envParams } : {}) }, podEnv };
}

function kafka(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const problems: string[] = [];
  const topic = prop(fn, 'topic');
  if (!topic) problems.push(`${label(fn)}: the binding has no topic.`);
  const brokers = prop(fn, 'brokerList');
  const brokersEnv = settingNamed(fn, 'brokerList', ctx.settings);
  if (!brokers) problems.push(`${label(fn)}: the binding has no brokerList.`);
  // A native Kafka binding consumes with GroupId = ConsumerGroup and no default (the extension's
  // KafkaListener.cs, 4.3.2): without one the host cannot consume, so there is nothing to scale for.
  const consumerGroup = prop(fn, 'consumerGroup');
  if (!consumerGroup)
    problems.push(
      `${label(fn)}: the binding has no consumerGroup; the Kafka extension consumes with exactly that group (it has no default), so set consumerGroup in the binding.`
    );
  const metadata: Record<string, string> = {
    ...(brokersEnv ? { bootstrapServersFromEnv: brokersEnv } : brokers ? { bootstrapServers: brokers } : {}),
    topic: topic ?? '',
    consumerGroup: consumerGroup ?? '',
    // the extension's lagThreshold default (KafkaTriggerAttribute.cs, 4.3.2); KEDA's own default is 10
    lagThreshold: '1000',
    offsetResetPolicy: kafkaOffsetReset(ctx.host)
  };
  const lag = prop(fn, 'lagThreshold');
  if (lag !== undefined) {
    if (/^[1-9]\d*$/.test(lag)) metadata.lagThreshold = lag;
    else problems.push(`${label(fn)}: lagThreshold ${JSON.stringify(lag)} is not a positive whole number.`);
  }
  const protocol = (prop(fn, 'protocol') ?? 'notset').toLowerCase().replace(/[_-]/g, '');
  const mode = (prop(fn, 'authenticationMode') ?? 'notset').toLowerCase().replace(/[_-]/g, '');
  if (!['notset', 'plaintext', 'ssl', 'saslplaintext', 'saslssl'].includes(protocol))
    problems.push(`${label(fn)}: protocol ${prop(fn, 'protocol')} is not one of plaintext, ssl, saslPlaintext, saslSsl.`);
  if (protocol === 'ssl' || protocol === 'saslssl') metadata.tls = 'enable';
  let sasl: { auth: TriggerAuthNeed; podEnv: PodEnv[] } | undefined;
  if (protocol.startsWith('sasl') || mode !== 'notset') {
    const mechanism = KAFKA_SASL[mode];
    if (!mechanism) {
      problems.push(
        `${label(fn)}: authenticationMode ${prop(fn, 'authenticationMode') ?? '(none)'} is not supported for scaling (plain, scramSha256, scramSha512 are).`
      );
    } else {
      metadata.sasl = mechanism;
      sasl = kafkaSasl(fn, ctx, problems);
    }
  }
  if (problems.length) return problem(...problems);
  const trigger: ScaleTrigger = {
    name: fn.name,
    functions: [fn.name],
    bindingType: fn.trigger.type,
    type: 'kafka',
    metadata,
    ...(sasl ? { auth: sasl.auth } : {}),
    ...(sasl?.podEnv.length ? { podEnv: sasl.podEnv } : {})
  };
  return { kind: 'scaled', trigger };
}

function rabbitMQ(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const queueName = prop(fn, 'queueName');
  if (!queueName) return problem(`${label(fn)}: the binding has no queueName.`);
  const property = prop(fn, 'connectionStringSetting') !== undefined ? 'connectionStringSetting' : 'connection';
  const name = prop(fn, property);
  if (!name) {
    const hint = prop(fn, 'hostName') ? ' (hostName/userNameSetting/passwordSetting bindings cannot be scaled: KEDA needs one amqp:// URI)' : '';
    return problem(`${label(fn)}: the binding has no connectionStringSetting${hint}.`);
  }
  const env = settingNamed(fn, property, ctx.settings);
  if (!env) return problem(`${label(fn)}: ${property} '${name}' is not in app-settings.`);
  // The extension's PrefetchCount default is 30 (Azure/azure-functions-rabbitmq-extension v2.0.3,
  // extension/WebJobs.Extensions.RabbitMQ/Config/RabbitMQOptions.cs).
  const value = String(hostInt(ctx.host, ['extensions', 'rabbitMQ', 'prefetchCount']) ?? 30);
  return scaled(fn, 'rabbitmq', { hostFromEnv: env, queueName, mode: 'QueueLength', value }, undefined);
}

// --- timer → cron window -------------------------------------------------------------------------
const TIME_SPAN = /^\d{1,2}:\d{2}(:\d{2})?$|^\d+\.\d{2}:\d{2}:\d{2}$/;

/** Shifts a list of integers by `delta` within [0, size); returns the new field and the carry (all carries must agree). */
function shiftField(field: string, delta: number, size: number): { field: string; carry: number } | undefined {
  const items = field.split(',');
  let carry: number | undefined;
  const out: string[] = [];
  for (const item of items) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!range) return undefined;
    const lo = Number(range[1]) + delta;
    const hi = range[2] === undefined ? lo : Number(range[2]) + delta;
    const c = Math.floor(lo / size);
    if (Math.floor(hi / size) !== c || (carry !== undefined && carry !== c)) return undefined;
    carry = c;
    const [a, b] = [lo - c * size, hi - c * size];
    out.push(range[2] === undefined ? String(a) : `${a}-${b}`);
  }
  return { field: out.join(','), carry: carry ?? 0 };
}

/** NCRONTAB `sec min hour dom mon dow` (or 5 fields) shifted by `minutes` → 5-field cron, or undefined when not expressible. */
export function shiftSchedule(schedule: string, minutes: number): string | undefined {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length === 6) {
    if (!/^\d+$/.test(fields[0])) return undefined; // fires more than once a minute
    fields.shift();
  }
  if (fields.length !== 5) return undefined;
  const [min, hour, dom, mon, dow] = fields;
  const m = shiftField(min, minutes, 60);
  if (!m) return undefined;
  let h = hour;
  if (m.carry !== 0 && hour !== '*') {
    const shifted = shiftField(hour, m.carry, 24);
    if (!shifted) return undefined;
    if (shifted.carry !== 0 && (dom !== '*' || mon !== '*' || dow !== '*')) return undefined;
    h = shifted.field;
  }
  return [m.field, h, dom, mon, dow].join(' ');
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return /\//.test(tz) || tz === 'UTC';
  } catch {
    return false;
  }
}

function timer(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const cron = ctx.timerCron;
  if (!cron)
    return {
      kind: 'unsupported',
      role: 'worker',
      reason:
        'KEDA has no timer scaler (func emits type "timertrigger", which KEDA rejects, and the function never runs); opt in to a cron window (timer-cron) or fixed replicas'
    };
  const schedule = prop(fn, 'schedule');
  if (!schedule) return problem(`${label(fn)}: the binding has no schedule.`);
  if (TIME_SPAN.test(schedule)) return problem(`${label(fn)}: schedule ${schedule} is a TimeSpan, which has no cron window; use fixed replicas for it.`);
  const lead = cron.leadMinutes ?? 5;
  const window = cron.windowMinutes ?? 15;
  if (!Number.isInteger(lead) || lead < 0 || lead > 59 || !Number.isInteger(window) || window < 1 || window > 59)
    return problem(`${label(fn)}: cron window lead ${lead} / length ${window} minutes must be whole minutes below 60.`);
  const start = shiftSchedule(schedule, -lead);
  const end = shiftSchedule(schedule, window);
  if (!start || !end) {
    return problem(
      `${label(fn)}: schedule ${JSON.stringify(schedule)} cannot be turned into a cron window (it fires every minute or its minutes/hours are not plain numbers, lists or ranges); use fixed replicas for it.`
    );
  }
  const zoneSetting = findSetting(ctx.settings, 'WEBSITE_TIME_ZONE') ?? findSetting(ctx.settings, 'TZ');
  const timezone = cron.timezone ?? (zoneSetting && isTimeZone(zoneSetting.value.trim()) ? zoneSetting.value.trim() : 'Etc/UTC');
  if (!isTimeZone(timezone)) return problem(`${label(fn)}: time zone ${JSON.stringify(timezone)} is not an IANA time zone (e.g. Europe/Berlin).`);
  const desired = cron.desiredReplicas ?? 1;
  if (!Number.isInteger(desired) || desired < 1) return problem(`${label(fn)}: cron window replicas must be a whole number ≥ 1, not ${desired}.`);
  return scaled(fn, 'cron', { start, end, timezone, desiredReplicas: String(desired) }, undefined);
}

/** The one mssql trigger of all Durable functions, when host.json selects the MSSQL provider. */
function durableMssql(fns: FunctionInfo[], ctx: TriggerContext): Outcome | undefined {
  const dt = ['extensions', 'durableTask'];
  const provider = hostValue(ctx.host, [...dt, 'storageProvider', 'type']);
  if (typeof provider !== 'string' || !/^(mssql|microsoftsql)$/i.test(provider)) return undefined;
  const connName = (hostValue(ctx.host, [...dt, 'storageProvider', 'connectionStringName']) as string | undefined) ?? 'SQLDB_Connection';
  const env = findSetting(ctx.settings, connName);
  if (!env)
    return problem(
      `Durable functions (${fns.map((f) => f.name).join(', ')}): the MSSQL connection '${connName}' (host.json storageProvider.connectionStringName) is not in app-settings.`
    );
  const orchestrators = hostInt(ctx.host, [...dt, 'maxConcurrentOrchestratorFunctions']) ?? 10;
  const activities = hostInt(ctx.host, [...dt, 'maxConcurrentActivityFunctions']) ?? 1;
  return {
    kind: 'scaled',
    trigger: {
      name: 'durable-mssql',
      functions: fns.map((f) => f.name),
      bindingType: 'durable',
      type: 'mssql',
      metadata: { query: `SELECT dt.GetScaleRecommendation(${orchestrators}, ${activities})`, targetValue: '1', connectionStringFromEnv: env.name }
    }
  };
}

const MAPPERS: Record<string, (fn: FunctionInfo, ctx: TriggerContext) => Outcome> = {
  httptrigger: () => ({ kind: 'http' }),
  queuetrigger: queue,
  servicebustrigger: serviceBus,
  eventhubtrigger: eventHub,
  blobtrigger: blob,
  kafkatrigger: kafka,
  rabbitmqtrigger: rabbitMQ,
  timertrigger: timer,
  orchestrationtrigger: () => ({ kind: 'durable' }),
  activitytrigger: () => ({ kind: 'durable' }),
  entitytrigger: () => ({ kind: 'durable' }),
  cosmosdbtrigger: () => ({
    kind: 'unsupported',
    role: 'worker',
    reason: 'KEDA has no built-in Cosmos DB scaler (only the external scaler kedacore/external-scaler-azure-cosmos-db, deployed separately)'
  }),
  eventgridtrigger: () => ({ kind: 'unsupported', role: 'http', reason: 'Event Grid pushes events over HTTP (webhook); there is no queue for KEDA to measure' })
};

/** Maps one function's trigger (Durable functions are planned together by planScaling). */
export function mapTrigger(fn: FunctionInfo, ctx: TriggerContext): Outcome {
  const mapper = MAPPERS[fn.trigger.type.toLowerCase()];
  if (!mapper) return { kind: 'unsupported', role: 'worker', reason: `no KEDA scaler is known for trigger type ${JSON.stringify(fn.trigger.type)}` };
  return mapper(fn, ctx);
}
export type { Outcome as TriggerOutcome };

/**
 * Plans the scaling of all functions: which Deployment serves each and the ScaledObject triggers.
 * Throws one ActionError listing every function that cannot be scaled (naming function and trigger).
 */
export function planScaling(functions: readonly FunctionInfo[], ctx: TriggerContext): ScalingPlan {
  const plan: ScalingPlan = { httpFunctions: [], workerFunctions: [], triggers: [], fixedReplicas: 0, warnings: [] };
  const problems: string[] = [];
  const unscaled: Array<{ fn: FunctionInfo; reason: string; role: 'worker' | 'http' }> = [];
  const durable: FunctionInfo[] = [];
  const fixed = ctx.unscaledReplicas;
  if (fixed !== undefined && (!Number.isInteger(fixed) || fixed < 1)) throw new ActionError(`unscaled replicas must be a whole number ≥ 1, not ${fixed}.`);

  for (const fn of functions) {
    if (fn.disabled) {
      plan.warnings.push(`${label(fn)} is disabled: neither loaded nor scaled.`);
      continue;
    }
    const out = mapTrigger(fn, ctx);
    switch (out.kind) {
      case 'http':
        plan.httpFunctions.push(fn.name);
        break;
      case 'durable':
        durable.push(fn);
        break;
      case 'scaled':
        plan.workerFunctions.push(fn.name);
        plan.triggers.push(out.trigger);
        if (out.warning) plan.warnings.push(out.warning);
        if (out.assumed && !plan.warnings.includes(out.assumed)) plan.warnings.push(out.assumed);
        break;
      case 'unsupported':
        unscaled.push({ fn, reason: out.reason, role: out.role });
        break;
      case 'problem':
        problems.push(...out.problems);
        break;
    }
  }
  if (durable.length) {
    const mssql = durableMssql(durable, ctx);
    if (!mssql) {
      for (const fn of durable)
        unscaled.push({
          fn,
          role: 'worker',
          reason:
            'Durable Functions scale with KEDA only on the MSSQL storage provider (host.json extensions.durableTask.storageProvider.type: mssql); Azure Storage, Netherite and DTS have no KEDA scaler'
        });
    } else if (mssql.kind === 'problem') {
      problems.push(...mssql.problems);
    } else if (mssql.kind === 'scaled') {
      plan.workerFunctions.push(...durable.map((f) => f.name));
      plan.triggers.push(mssql.trigger);
    }
  }
  if (fixed === undefined) {
    for (const u of unscaled) problems.push(`${label(u.fn)}: cannot be scaled by KEDA: ${u.reason}.`);
  } else {
    for (const u of unscaled) {
      (u.role === 'http' ? plan.httpFunctions : plan.workerFunctions).push(u.fn.name);
      plan.warnings.push(
        `${label(u.fn)} has no KEDA scaler: it runs on ${u.role === 'http' ? 'the HTTP Deployment' : `at least ${fixed} always-on replica(s)`}.`
      );
    }
    if (unscaled.some((u) => u.role === 'worker')) plan.fixedReplicas = fixed;
  }
  if (problems.length) {
    throw new ActionError(
      `${problems.length} problem(s) with the functions' triggers on target aks:\n- ${problems.join('\n- ')}`,
      'Fix the binding or app-settings named above. For a trigger KEDA cannot scale: opt in to cron windows for timer triggers, run such functions on fixed replicas, or disable them on AKS with the app setting AzureWebJobs.<function>.Disabled=true.'
    );
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  plan.httpFunctions.sort(byName);
  plan.workerFunctions.sort(byName);
  return plan;
}
