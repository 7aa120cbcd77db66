export const id = 497;
export const ids = [497];
export const modules = {

/***/ 44201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ driftSentence),
/* harmony export */   e: () => (/* binding */ refuseDrift)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** `Drift: changed outside this action since the last deploy on <where>: this deploy overwrites …; kept as they are now: ….` */
function driftSentence(changes, where, more = []) {
    const over = changes.filter((c) => c.overwritten).map((c) => c.label);
    const kept = changes.filter((c) => !c.overwritten).map((c) => c.label);
    const parts = [over.length ? `this deploy overwrites ${over.join(', ')}` : '', kept.length ? `kept as they are now: ${kept.join(', ')}` : '', ...more].filter(Boolean);
    return `Drift: changed outside this action since the last deploy on ${where}: ${parts.join('; ')}.`;
}
/**
 * on-drift: fail stops a deploy that would overwrite a change made outside the action, before any
 * write. `mode: plan` never fails on drift: it lists it.
 */
function refuseDrift(changes, o) {
    const over = changes.filter((c) => c.overwritten).map((c) => c.label);
    if (o.mode !== 'deploy' || o.onDrift !== 'fail' || !over.length)
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`${o.where} was changed outside this action since its last deploy, and this deploy would overwrite: ${over.join(', ')}. ${o.nothing} (on-drift: fail).`, o.hint);
}


/***/ }),

/***/ 23044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ findSetting)
/* harmony export */ });
/** App-setting names as the Functions host reads them: case-insensitive. Pure. */
/** The setting `name` in `settings`, by its exact name first, else case-insensitively (first in name order). */
function findSetting(settings, name) {
    if (Object.prototype.hasOwnProperty.call(settings, name))
        return { name, value: settings[name] };
    const lower = name.toLowerCase();
    const key = Object.keys(settings)
        .sort()
        .find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : { name: key, value: settings[key] };
}


/***/ }),

/***/ 45878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aksTarget: () => (/* binding */ aksTarget),
  defaultName: () => (/* binding */ defaultName),
  pruneAndReplace: () => (/* binding */ pruneAndReplace)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/targets/target.ts
var target = __webpack_require__(29425);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/patterns.ts
var patterns = __webpack_require__(38817);
// EXTERNAL MODULE: ./src/functions/settings.ts
var functions_settings = __webpack_require__(23044);
;// CONCATENATED MODULE: ./src/targets/aks/triggers.ts


/** Every scaler type the action can emit. validate.ts refuses any other. */
const SCALER_TYPES = ['azure-queue', 'azure-servicebus', 'azure-eventhub', 'azure-blob', 'kafka', 'rabbitmq', 'cron', 'mssql'];
const TRIGGER_TABLE = [
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
const problem = (...problems) => ({ kind: 'problem', problems });
const WORKLOAD_IDENTITY = { kind: 'workload-identity' };
/** One KEDA trigger for one function: its type, metadata and (workload identity) authentication. */
function scaled(fn, type, metadata, assumed, auth) {
    return { kind: 'scaled', assumed, trigger: { name: fn.name, functions: [fn.name], bindingType: fn.trigger.type, type, metadata, ...(auth ? { auth } : {}) } };
}
/** A binding property as a trimmed string ('' and non-scalars → undefined), looked up ignoring case. */
function prop(fn, name) {
    const key = Object.keys(fn.trigger).find((k) => k.toLowerCase() === name.toLowerCase());
    const v = key === undefined ? undefined : fn.trigger[key];
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
const settingRef = (fn, name) => {
    const key = Object.keys(fn.settingRefs ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : fn.settingRefs?.[key];
};
/** host.json value at a case-insensitive path. */
function hostValue(host, path) {
    let node = host;
    for (const seg of path) {
        if (!node || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        const key = Object.keys(node).find((k) => k.toLowerCase() === seg.toLowerCase());
        node = key === undefined ? undefined : node[key];
    }
    return node;
}
/** First positive integer among host.json paths. */
function hostInt(host, ...paths) {
    for (const p of paths) {
        const v = hostValue(host, p);
        const n = typeof v === 'string' ? Number(v) : v;
        if (typeof n === 'number' && Number.isInteger(n) && n > 0)
            return n;
    }
    return undefined;
}
/** A whole number ≥ 0 at a host.json path. */
function hostNonNegative(host, path) {
    const v = hostValue(host, path);
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
/** Extension bundle major version (`[4.*, 5.0.0)` → 4); undefined without a bundle. */
function bundleMajor(host) {
    const v = hostValue(host, ['extensionBundle', 'version']);
    const m = typeof v === 'string' ? /(\d+)/.exec(v) : null;
    return m ? Number(m[1]) : undefined;
}
/**
 * Resolves a connection name as the Functions host does: `AzureWebJobs<name>`, then `<name>`; a
 * setting with a value is a connection string, `<name>__*` settings an identity-based connection.
 */
function resolveConnection(name, settings) {
    const candidates = /^AzureWebJobs/i.test(name) ? [name] : [`AzureWebJobs${name}`, name];
    for (const c of candidates) {
        const exact = (0,functions_settings/* findSetting */.S)(settings, c);
        if (exact && exact.value.trim() !== '')
            return { mode: 'string', env: exact.name, value: exact.value };
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
const connectionForms = (name) => (/^AzureWebJobs/i.test(name) ? `${name} or ${name}__*` : `AzureWebJobs${name}, ${name} or ${name}__*`);
/** `AccountName=...;Key=...` → map with lower-cased keys. */
function connectionStringParts(value) {
    const out = {};
    for (const part of value.split(';')) {
        const i = part.indexOf('=');
        if (i > 0)
            out[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
    }
    return out;
}
function hostOf(uri) {
    try {
        return new URL(uri).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
}
const STORAGE_SUFFIX_CLOUD = {
    'core.windows.net': undefined,
    'core.chinacloudapi.cn': 'AzureChinaCloud',
    'core.usgovcloudapi.net': 'AzureUSGovernmentCloud'
};
const SERVICEBUS_SUFFIX_CLOUD = {
    'servicebus.windows.net': undefined,
    'servicebus.chinacloudapi.cn': 'AzureChinaCloud',
    'servicebus.usgovcloudapi.net': 'AzureUSGovernmentCloud'
};
/** `{ cloud }` metadata for a known endpoint suffix; a string error for an unknown one. */
function cloudFor(suffix, table) {
    if (!Object.prototype.hasOwnProperty.call(table, suffix))
        return `endpoint suffix ${suffix} is not a known Azure cloud (${Object.keys(table).join(', ')})`;
    const cloud = table[suffix];
    return cloud ? { cloud } : {};
}
/** Storage account name (+cloud) of a connection, for the identity form of azure-queue / azure-blob / eventhub checkpoints. */
function storageAccount(conn, service) {
    let host;
    let accountName;
    let suffix = 'core.windows.net';
    if (conn.mode === 'string') {
        const parts = connectionStringParts(conn.value);
        if (parts.usedevelopmentstorage)
            return 'UseDevelopmentStorage=true (Azurite) cannot be reached from the cluster';
        accountName = parts.accountname;
        if (parts.endpointsuffix)
            suffix = parts.endpointsuffix.toLowerCase();
        host = parts[`${service}endpoint`] ? hostOf(parts[`${service}endpoint`]) : undefined;
    }
    else {
        accountName = conn.props.accountname;
        const uri = conn.props[`${service}serviceuri`] ?? (service === 'blob' ? conn.props.serviceuri : undefined);
        host = uri ? hostOf(uri) : undefined;
    }
    if (!accountName && host) {
        const m = new RegExp(`^([a-z0-9]+)\\.${service}\\.(.+)$`).exec(host);
        if (m)
            [accountName, suffix] = [m[1], m[2]];
    }
    else if (host) {
        const m = new RegExp(`^[a-z0-9]+\\.${service}\\.(.+)$`).exec(host);
        if (m)
            suffix = m[1];
    }
    if (!accountName)
        return `no storage account name in it (need AccountName=… in the connection string, or ${conn.mode === 'identity' ? `${conn.prefix}__accountName / __${service}ServiceUri` : '<conn>__accountName'})`;
    const cloud = cloudFor(suffix, STORAGE_SUFFIX_CLOUD);
    if (typeof cloud === 'string')
        return cloud;
    return { accountName, cloud };
}
/** Service Bus / Event Hubs namespace (short name) of a connection, +cloud and EntityPath. */
function messagingNamespace(conn) {
    let fqns;
    let entityPath;
    if (conn.mode === 'string') {
        const parts = connectionStringParts(conn.value);
        fqns = parts.endpoint ? hostOf(parts.endpoint) : undefined;
        entityPath = parts.entitypath || undefined;
    }
    else {
        const v = conn.props.fullyqualifiednamespace;
        fqns = v ? (hostOf(v.includes('://') ? v : `sb://${v}`) ?? undefined) : undefined;
    }
    const m = fqns ? /^([a-z0-9-]+)\.(.+)$/.exec(fqns) : null;
    if (!m)
        return `no namespace in it (need Endpoint=sb://<namespace>.servicebus.windows.net/ in the connection string, or ${conn.mode === 'identity' ? conn.prefix : '<conn>'}__fullyQualifiedNamespace)`;
    const cloud = cloudFor(m[2], SERVICEBUS_SUFFIX_CLOUD);
    if (typeof cloud === 'string')
        return cloud;
    return { namespace: m[1], cloud, ...(entityPath ? { entityPath } : {}) };
}
const label = (fn) => `function '${fn.name}' (${fn.trigger.type})`;
/** `UseDevelopmentStorage=true`: the Azurite emulator on the developer's machine. */
const isAzurite = (conn) => conn.mode === 'string' && connectionStringParts(conn.value).usedevelopmentstorage?.toLowerCase() === 'true';
/** The problem text for an Azurite connection (KEDA runs in the cluster; no auth mode can reach it). */
const azuriteProblem = (fn, conn) => `${label(fn)}: setting ${conn.env} is an Azurite connection string (UseDevelopmentStorage, the emulator on a developer machine), which KEDA in the cluster can never reach, whatever keda-auth is; give it the storage account's connection string (or ${conn.env}__accountName with workload identity).`;
/**
 * Decides between connection string and identity form for an Azure trigger. Returns the connection,
 * whether the identity form is used, or a problem text.
 */
function azureConnection(fn, ctx, property, fallback) {
    const name = prop(fn, property) ?? fallback;
    if (!name)
        return `${label(fn)}: the binding has no "${property}" (the app setting that holds the connection).`;
    const conn = resolveConnection(name, ctx.settings);
    if (!conn)
        return `${label(fn)}: connection '${name}' is not in app-settings (looked for ${connectionForms(name)}).`;
    if (conn.mode === 'string' && isAzurite(conn))
        return azuriteProblem(fn, conn);
    if (conn.mode === 'identity' && ctx.kedaAuth !== 'workload-identity') {
        return `${label(fn)}: connection '${name}' is identity-based (${conn.prefix}__…), which KEDA can only use with keda-auth: workload-identity (and workload-identity-client-id).`;
    }
    return { conn, identity: ctx.kedaAuth === 'workload-identity' };
}
// ---------------------------------------------------------------------------------------------
// per trigger type
// ---------------------------------------------------------------------------------------------
const processorsOf = (ctx) => ctx.processors ?? { count: 1, source: 'assumed: no CPU request is set' };
const assumedProcessors = (p, what) => `${what} scale with the host's processor count; taken as ${p.count} per pod (${p.source}).`;
/**
 * Messages per replica, as the Storage Queues extension's own target scaler counts them:
 * `BatchSize + NewBatchThreshold`, NewBatchThreshold defaulting to `(BatchSize / 2) * ProcessorCount`
 * (Azure/azure-sdk-for-net sdk/storage/Microsoft.Azure.WebJobs.Extensions.Storage.Common/src/Shared/Queues/
 * QueueTargetScaler.cs and QueuesOptions.cs, main as stored at 9a9a40f8/662cab9e; BatchSize default 16).
 */
function queueTarget(ctx) {
    const q = ['extensions', 'queues'];
    const batchSize = hostInt(ctx.host, [...q, 'batchSize']) ?? 16;
    const threshold = hostNonNegative(ctx.host, [...q, 'newBatchThreshold']);
    if (threshold !== undefined)
        return { target: batchSize + threshold };
    const p = processorsOf(ctx);
    return { target: batchSize + Math.floor(batchSize / 2) * p.count, assumed: assumedProcessors(p, 'Storage queue targets (newBatchThreshold)') };
}
function queue(fn, ctx) {
    const queueName = prop(fn, 'queueName');
    if (!queueName)
        return problem(`${label(fn)}: the binding has no queueName.`);
    const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsStorage');
    if (typeof c === 'string')
        return problem(c);
    const { target, assumed } = queueTarget(ctx);
    const metadata = { queueName, queueLength: String(target) };
    if (!c.identity)
        return scaled(fn, 'azure-queue', { ...metadata, connectionFromEnv: c.conn.env }, assumed);
    const acct = storageAccount(c.conn, 'queue');
    if (typeof acct === 'string')
        return problem(`${label(fn)}: cannot use workload identity with its connection: ${acct}.`);
    return scaled(fn, 'azure-queue', { ...metadata, accountName: acct.accountName, ...acct.cloud }, assumed, WORKLOAD_IDENTITY);
}
/**
 * Messages per replica, as the Service Bus extension's target scaler decides: a batch function
 * (`cardinality: many`) → MaxMessageBatchSize (1000), else a session-enabled one →
 * MaxConcurrentSessions (8), else MaxConcurrentCalls (16 × processor count)
 * (Azure/azure-sdk-for-net sdk/servicebus/Microsoft.Azure.WebJobs.Extensions.ServiceBus/src/Listeners/
 * ServiceBusTargetScaler.cs and Config/ServiceBusOptions.cs, main as stored).
 */
function serviceBusTarget(fn, ctx) {
    const sb = ['extensions', 'serviceBus'];
    if (/^many$/i.test(prop(fn, 'cardinality') ?? ''))
        return { target: hostInt(ctx.host, [...sb, 'maxMessageBatchSize'], [...sb, 'batchOptions', 'maxMessageCount']) ?? 1000 };
    if (/^true$/i.test(prop(fn, 'isSessionsEnabled') ?? ''))
        return { target: hostInt(ctx.host, [...sb, 'maxConcurrentSessions'], [...sb, 'sessionHandlerOptions', 'maxConcurrentSessions']) ?? 8 };
    const calls = hostInt(ctx.host, [...sb, 'maxConcurrentCalls'], [...sb, 'messageHandlerOptions', 'maxConcurrentCalls']);
    if (calls !== undefined)
        return { target: calls };
    const p = processorsOf(ctx);
    return { target: 16 * p.count, assumed: assumedProcessors(p, 'Service Bus targets (maxConcurrentCalls)') };
}
function serviceBus(fn, ctx) {
    const queueName = prop(fn, 'queueName');
    const topicName = prop(fn, 'topicName');
    const subscriptionName = prop(fn, 'subscriptionName');
    let entity;
    if (queueName && !topicName)
        entity = { queueName };
    else if (!queueName && topicName && subscriptionName)
        entity = { topicName, subscriptionName };
    else
        return problem(`${label(fn)}: the binding needs queueName, or topicName and subscriptionName.`);
    const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsServiceBus');
    if (typeof c === 'string')
        return problem(c);
    const { target, assumed } = serviceBusTarget(fn, ctx);
    const metadata = { ...entity, messageCount: String(target) };
    if (!c.identity)
        return scaled(fn, 'azure-servicebus', { ...metadata, connectionFromEnv: c.conn.env }, assumed);
    const ns = messagingNamespace(c.conn);
    if (typeof ns === 'string')
        return problem(`${label(fn)}: cannot use workload identity with its connection: ${ns}.`);
    return scaled(fn, 'azure-servicebus', { ...metadata, namespace: ns.namespace, ...ns.cloud }, assumed, WORKLOAD_IDENTITY);
}
const EVENTHUB_CHECKPOINT_CONTAINER = 'azure-webjobs-eventhub';
/**
 * The checkpoint layout KEDA must read: the extension's major version from its bundle, else from
 * what the app shows (ctx.eventHubsExtension), else assumed ≥ 5 (said in a warning). Extension 5+
 * checkpoints like the Event Hubs SDK v5 (blob metadata); 4.x and earlier keep the legacy JSON blobs.
 */
function eventHubsCheckpoints(ctx) {
    const bundle = bundleMajor(ctx.host);
    if (bundle !== undefined)
        return { legacy: bundle <= 2 };
    if (ctx.eventHubsExtension)
        return { legacy: ctx.eventHubsExtension.major < 5 };
    return {
        legacy: false,
        assumed: 'Event Hubs: the app has no extension bundle and shows no Event Hubs extension version (bin/extensions.json, a package reference); assumed extension 5 or later (checkpoints in blob metadata, checkpointStrategy blobMetadata).'
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
function eventHubByString(fn, conn, hub, blobMetadata) {
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
    if (!hub)
        return `${label(fn)}: no eventHubName in the binding and no EntityPath in its connection string.`;
    const env = triggerEnvName('eventhub_connection', fn.name);
    return { metadata: { connectionFromEnv: env }, podEnv: [{ name: env, value: `$(${conn.env});EntityPath=${hub.toLowerCase()}` }] };
}
function eventHub(fn, ctx) {
    const c = azureConnection(fn, ctx, 'connection', undefined);
    if (typeof c === 'string')
        return problem(c);
    const storage = resolveConnection('AzureWebJobsStorage', ctx.settings);
    if (!storage)
        return problem(`${label(fn)}: Event Hubs checkpoints live in the host storage, but AzureWebJobsStorage is not in app-settings.`);
    if (storage.mode === 'string' && isAzurite(storage))
        return problem(azuriteProblem(fn, storage));
    const hub = prop(fn, 'eventHubName') ?? prop(fn, 'path');
    const { legacy, assumed } = eventHubsCheckpoints(ctx);
    const eh = ['extensions', 'eventHubs'];
    const threshold = hostInt(ctx.host, [...eh, 'targetUnprocessedEventThreshold'], [...eh, 'maxEventBatchSize'], [...eh, 'eventProcessorOptions', 'maxBatchSize']) ??
        (legacy ? 10 : 100);
    const metadata = {
        consumerGroup: prop(fn, 'consumerGroup') ?? '$Default',
        unprocessedEventThreshold: String(threshold),
        ...(legacy ? { checkpointStrategy: 'azureFunction' } : { checkpointStrategy: 'blobMetadata', blobContainer: EVENTHUB_CHECKPOINT_CONTAINER })
    };
    const base = { name: fn.name, functions: [fn.name], bindingType: fn.trigger.type, type: 'azure-eventhub' };
    if (!c.identity) {
        if (storage.mode !== 'string')
            return problem(`${label(fn)}: AzureWebJobsStorage is identity-based, so KEDA needs keda-auth: workload-identity to read the checkpoints.`);
        const byString = eventHubByString(fn, c.conn, hub, !legacy);
        if (typeof byString === 'string')
            return problem(byString);
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
    if (typeof ns === 'string')
        return problem(`${label(fn)}: cannot use workload identity with its connection: ${ns}.`);
    const eventHubName = hub ?? ns.entityPath;
    if (!eventHubName)
        return problem(`${label(fn)}: no eventHubName in the binding and no EntityPath in its connection string.`);
    const acct = storageAccount(storage, 'blob');
    if (typeof acct === 'string')
        return problem(`${label(fn)}: cannot read its checkpoints with workload identity: AzureWebJobsStorage has ${acct}.`);
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
function blob(fn, ctx) {
    if (/^eventgrid$/i.test(prop(fn, 'source') ?? '')) {
        return {
            kind: 'unsupported',
            role: 'http',
            reason: 'an Event Grid-sourced blob trigger is pushed over HTTP (webhook), so it cannot be scaled on a blob count'
        };
    }
    const path = prop(fn, 'path');
    if (!path)
        return problem(`${label(fn)}: the binding has no path (container/blob pattern).`);
    const slash = path.indexOf('/');
    const container = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(container) && container !== '$root') {
        return problem(`${label(fn)}: the container of path ${JSON.stringify(path)} is ${JSON.stringify(container)}, not a literal container name (3-63 of a-z 0-9 -).`);
    }
    const brace = rest.indexOf('{');
    const prefix = brace < 0 ? rest : rest.slice(0, brace);
    const c = azureConnection(fn, ctx, 'connection', 'AzureWebJobsStorage');
    if (typeof c === 'string')
        return problem(c);
    const metadata = { blobContainerName: container, ...(prefix ? { blobPrefix: prefix } : {}), recursive: 'true' };
    const warning = `${label(fn)}: azure-blob scales on the number of blobs under ${container}/${prefix}, processed or not; delete or move blobs once processed or the app never scales in.`;
    if (!c.identity)
        return { ...scaled(fn, 'azure-blob', { ...metadata, connectionFromEnv: c.conn.env }), warning };
    const acct = storageAccount(c.conn, 'blob');
    if (typeof acct === 'string')
        return problem(`${label(fn)}: cannot use workload identity with its connection: ${acct}.`);
    return { ...scaled(fn, 'azure-blob', { ...metadata, accountName: acct.accountName, ...acct.cloud }, undefined, WORKLOAD_IDENTITY), warning };
}
/** A binding property that must name an app setting: `%X%` (resolved by discover) or a bare setting name. */
function settingNamed(fn, property, settings) {
    const ref = settingRef(fn, property);
    if (ref)
        return ref;
    const raw = prop(fn, property);
    return raw ? (0,functions_settings/* findSetting */.S)(settings, raw)?.name : undefined;
}
const KAFKA_SASL = { plain: 'plaintext', scramsha256: 'scram_sha256', scramsha512: 'scram_sha512' };
/** A container env var name for a value KEDA reads on behalf of one trigger. */
function triggerEnvName(kind, fn) {
    return `KEDA_${kind}_${fn}`.toUpperCase().replace(/[^A-Z0-9_]+/g, '_');
}
/** A literal for a container env var: `$` doubled, so neither the kubelet nor KEDA expands it. */
const envLiteral = (v) => v.replace(/\$/g, '$$$$');
/**
 * The host's AutoOffsetReset (host.json extensions.kafka.autoOffsetReset, default Earliest:
 * Azure/azure-functions-kafka-extension 4.3.2 src/Microsoft.Azure.WebJobs.Extensions.Kafka/Config/KafkaOptions.cs)
 * as KEDA's offsetResetPolicy (kedacore/keda v2.20.2 pkg/scalers/kafka_scaler.go: default latest).
 */
function kafkaOffsetReset(host) {
    const v = hostValue(host, ['extensions', 'kafka', 'autoOffsetReset']);
    return typeof v === 'string' && /^latest$/i.test(v.trim()) ? 'latest' : 'earliest';
}
/**
 * SASL user name and password for the Kafka scaler (KEDA reads both from authParams only). The
 * extension resolves each as an app setting when one has that name, else uses the text as is
 * (ConfigurationExtensions.ResolveSecureSetting): a literal user name such as `$ConnectionString`
 * (Event Hubs' Kafka endpoint) goes through a container env var; a password must be a setting.
 */
function kafkaSasl(fn, ctx, problems) {
    const params = [];
    const envParams = [];
    const podEnv = [];
    const user = settingNamed(fn, 'username', ctx.settings);
    const literal = prop(fn, 'username');
    if (user)
        params.push({ parameter: 'username', setting: user });
    else if (literal && settingRef(fn, 'username') === undefined) {
        const env = triggerEnvName('kafka_username', fn.name);
        envParams.push({ parameter: 'username', env });
        podEnv.push({ name: env, value: envLiteral(literal) });
    }
    else
        problems.push(`${label(fn)}: the binding has no username.`);
    const password = settingNamed(fn, 'password', ctx.settings);
    if (password)
        params.push({ parameter: 'password', setting: password });
    else
        problems.push(`${label(fn)}: password must name an app setting (%Setting% or the setting's name) so KEDA can read it from the settings Secret.`);
    return { auth: { kind: 'secret', params, ...(envParams.length ? { envParams } : {}) }, podEnv };
}
function kafka(fn, ctx) {
    const problems = [];
    const topic = prop(fn, 'topic');
    if (!topic)
        problems.push(`${label(fn)}: the binding has no topic.`);
    const brokers = prop(fn, 'brokerList');
    const brokersEnv = settingNamed(fn, 'brokerList', ctx.settings);
    if (!brokers)
        problems.push(`${label(fn)}: the binding has no brokerList.`);
    // A native Kafka binding consumes with GroupId = ConsumerGroup and no default (the extension's
    // KafkaListener.cs, 4.3.2): without one the host cannot consume, so there is nothing to scale for.
    const consumerGroup = prop(fn, 'consumerGroup');
    if (!consumerGroup)
        problems.push(`${label(fn)}: the binding has no consumerGroup; the Kafka extension consumes with exactly that group (it has no default), so set consumerGroup in the binding.`);
    const metadata = {
        ...(brokersEnv ? { bootstrapServersFromEnv: brokersEnv } : brokers ? { bootstrapServers: brokers } : {}),
        topic: topic ?? '',
        consumerGroup: consumerGroup ?? '',
        // the extension's lagThreshold default (KafkaTriggerAttribute.cs, 4.3.2); KEDA's own default is 10
        lagThreshold: '1000',
        offsetResetPolicy: kafkaOffsetReset(ctx.host)
    };
    const lag = prop(fn, 'lagThreshold');
    if (lag !== undefined) {
        if (/^[1-9]\d*$/.test(lag))
            metadata.lagThreshold = lag;
        else
            problems.push(`${label(fn)}: lagThreshold ${JSON.stringify(lag)} is not a positive whole number.`);
    }
    const protocol = (prop(fn, 'protocol') ?? 'notset').toLowerCase().replace(/[_-]/g, '');
    const mode = (prop(fn, 'authenticationMode') ?? 'notset').toLowerCase().replace(/[_-]/g, '');
    if (!['notset', 'plaintext', 'ssl', 'saslplaintext', 'saslssl'].includes(protocol))
        problems.push(`${label(fn)}: protocol ${prop(fn, 'protocol')} is not one of plaintext, ssl, saslPlaintext, saslSsl.`);
    if (protocol === 'ssl' || protocol === 'saslssl')
        metadata.tls = 'enable';
    let sasl;
    if (protocol.startsWith('sasl') || mode !== 'notset') {
        const mechanism = KAFKA_SASL[mode];
        if (!mechanism) {
            problems.push(`${label(fn)}: authenticationMode ${prop(fn, 'authenticationMode') ?? '(none)'} is not supported for scaling (plain, scramSha256, scramSha512 are).`);
        }
        else {
            metadata.sasl = mechanism;
            sasl = kafkaSasl(fn, ctx, problems);
        }
    }
    if (problems.length)
        return problem(...problems);
    const trigger = {
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
function rabbitMQ(fn, ctx) {
    const queueName = prop(fn, 'queueName');
    if (!queueName)
        return problem(`${label(fn)}: the binding has no queueName.`);
    const property = prop(fn, 'connectionStringSetting') !== undefined ? 'connectionStringSetting' : 'connection';
    const name = prop(fn, property);
    if (!name) {
        const hint = prop(fn, 'hostName') ? ' (hostName/userNameSetting/passwordSetting bindings cannot be scaled: KEDA needs one amqp:// URI)' : '';
        return problem(`${label(fn)}: the binding has no connectionStringSetting${hint}.`);
    }
    const env = settingNamed(fn, property, ctx.settings);
    if (!env)
        return problem(`${label(fn)}: ${property} '${name}' is not in app-settings.`);
    // The extension's PrefetchCount default is 30 (Azure/azure-functions-rabbitmq-extension v2.0.3,
    // extension/WebJobs.Extensions.RabbitMQ/Config/RabbitMQOptions.cs).
    const value = String(hostInt(ctx.host, ['extensions', 'rabbitMQ', 'prefetchCount']) ?? 30);
    return scaled(fn, 'rabbitmq', { hostFromEnv: env, queueName, mode: 'QueueLength', value }, undefined);
}
// --- timer → cron window -------------------------------------------------------------------------
const TIME_SPAN = /^\d{1,2}:\d{2}(:\d{2})?$|^\d+\.\d{2}:\d{2}:\d{2}$/;
/** Shifts a list of integers by `delta` within [0, size); returns the new field and the carry (all carries must agree). */
function shiftField(field, delta, size) {
    const items = field.split(',');
    let carry;
    const out = [];
    for (const item of items) {
        const range = /^(\d+)(?:-(\d+))?$/.exec(item);
        if (!range)
            return undefined;
        const lo = Number(range[1]) + delta;
        const hi = range[2] === undefined ? lo : Number(range[2]) + delta;
        const c = Math.floor(lo / size);
        if (Math.floor(hi / size) !== c || (carry !== undefined && carry !== c))
            return undefined;
        carry = c;
        const [a, b] = [lo - c * size, hi - c * size];
        out.push(range[2] === undefined ? String(a) : `${a}-${b}`);
    }
    return { field: out.join(','), carry: carry ?? 0 };
}
/** NCRONTAB `sec min hour dom mon dow` (or 5 fields) shifted by `minutes` → 5-field cron, or undefined when not expressible. */
function shiftSchedule(schedule, minutes) {
    const fields = schedule.trim().split(/\s+/);
    if (fields.length === 6) {
        if (!/^\d+$/.test(fields[0]))
            return undefined; // fires more than once a minute
        fields.shift();
    }
    if (fields.length !== 5)
        return undefined;
    const [min, hour, dom, mon, dow] = fields;
    const m = shiftField(min, minutes, 60);
    if (!m)
        return undefined;
    let h = hour;
    if (m.carry !== 0 && hour !== '*') {
        const shifted = shiftField(hour, m.carry, 24);
        if (!shifted)
            return undefined;
        if (shifted.carry !== 0 && (dom !== '*' || mon !== '*' || dow !== '*'))
            return undefined;
        h = shifted.field;
    }
    return [m.field, h, dom, mon, dow].join(' ');
}
function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return /\//.test(tz) || tz === 'UTC';
    }
    catch {
        return false;
    }
}
function timer(fn, ctx) {
    const cron = ctx.timerCron;
    if (!cron)
        return {
            kind: 'unsupported',
            role: 'worker',
            reason: 'KEDA has no timer scaler (func emits type "timertrigger", which KEDA rejects, and the function never runs); opt in to a cron window (timer-cron) or fixed replicas'
        };
    const schedule = prop(fn, 'schedule');
    if (!schedule)
        return problem(`${label(fn)}: the binding has no schedule.`);
    if (TIME_SPAN.test(schedule))
        return problem(`${label(fn)}: schedule ${schedule} is a TimeSpan, which has no cron window; use fixed replicas for it.`);
    const lead = cron.leadMinutes ?? 5;
    const window = cron.windowMinutes ?? 15;
    if (!Number.isInteger(lead) || lead < 0 || lead > 59 || !Number.isInteger(window) || window < 1 || window > 59)
        return problem(`${label(fn)}: cron window lead ${lead} / length ${window} minutes must be whole minutes below 60.`);
    const start = shiftSchedule(schedule, -lead);
    const end = shiftSchedule(schedule, window);
    if (!start || !end) {
        return problem(`${label(fn)}: schedule ${JSON.stringify(schedule)} cannot be turned into a cron window (it fires every minute or its minutes/hours are not plain numbers, lists or ranges); use fixed replicas for it.`);
    }
    const zoneSetting = (0,functions_settings/* findSetting */.S)(ctx.settings, 'WEBSITE_TIME_ZONE') ?? (0,functions_settings/* findSetting */.S)(ctx.settings, 'TZ');
    const timezone = cron.timezone ?? (zoneSetting && isTimeZone(zoneSetting.value.trim()) ? zoneSetting.value.trim() : 'Etc/UTC');
    if (!isTimeZone(timezone))
        return problem(`${label(fn)}: time zone ${JSON.stringify(timezone)} is not an IANA time zone (e.g. Europe/Berlin).`);
    const desired = cron.desiredReplicas ?? 1;
    if (!Number.isInteger(desired) || desired < 1)
        return problem(`${label(fn)}: cron window replicas must be a whole number ≥ 1, not ${desired}.`);
    return scaled(fn, 'cron', { start, end, timezone, desiredReplicas: String(desired) }, undefined);
}
/** The one mssql trigger of all Durable functions, when host.json selects the MSSQL provider. */
function durableMssql(fns, ctx) {
    const dt = ['extensions', 'durableTask'];
    const provider = hostValue(ctx.host, [...dt, 'storageProvider', 'type']);
    if (typeof provider !== 'string' || !/^(mssql|microsoftsql)$/i.test(provider))
        return undefined;
    const connName = hostValue(ctx.host, [...dt, 'storageProvider', 'connectionStringName']) ?? 'SQLDB_Connection';
    const env = (0,functions_settings/* findSetting */.S)(ctx.settings, connName);
    if (!env)
        return problem(`Durable functions (${fns.map((f) => f.name).join(', ')}): the MSSQL connection '${connName}' (host.json storageProvider.connectionStringName) is not in app-settings.`);
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
const MAPPERS = {
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
function mapTrigger(fn, ctx) {
    const mapper = MAPPERS[fn.trigger.type.toLowerCase()];
    if (!mapper)
        return { kind: 'unsupported', role: 'worker', reason: `no KEDA scaler is known for trigger type ${JSON.stringify(fn.trigger.type)}` };
    return mapper(fn, ctx);
}
/**
 * Plans the scaling of all functions: which Deployment serves each and the ScaledObject triggers.
 * Throws one ActionError listing every function that cannot be scaled (naming function and trigger).
 */
function planScaling(functions, ctx) {
    const plan = { httpFunctions: [], workerFunctions: [], triggers: [], fixedReplicas: 0, warnings: [] };
    const problems = [];
    const unscaled = [];
    const durable = [];
    const fixed = ctx.unscaledReplicas;
    if (fixed !== undefined && (!Number.isInteger(fixed) || fixed < 1))
        throw new errors.ActionError(`unscaled replicas must be a whole number ≥ 1, not ${fixed}.`);
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
                if (out.warning)
                    plan.warnings.push(out.warning);
                if (out.assumed && !plan.warnings.includes(out.assumed))
                    plan.warnings.push(out.assumed);
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
                    reason: 'Durable Functions scale with KEDA only on the MSSQL storage provider (host.json extensions.durableTask.storageProvider.type: mssql); Azure Storage, Netherite and DTS have no KEDA scaler'
                });
        }
        else if (mssql.kind === 'problem') {
            problems.push(...mssql.problems);
        }
        else if (mssql.kind === 'scaled') {
            plan.workerFunctions.push(...durable.map((f) => f.name));
            plan.triggers.push(mssql.trigger);
        }
    }
    if (fixed === undefined) {
        for (const u of unscaled)
            problems.push(`${label(u.fn)}: cannot be scaled by KEDA: ${u.reason}.`);
    }
    else {
        for (const u of unscaled) {
            (u.role === 'http' ? plan.httpFunctions : plan.workerFunctions).push(u.fn.name);
            plan.warnings.push(`${label(u.fn)} has no KEDA scaler: it runs on ${u.role === 'http' ? 'the HTTP Deployment' : `at least ${fixed} always-on replica(s)`}.`);
        }
        if (unscaled.some((u) => u.role === 'worker'))
            plan.fixedReplicas = fixed;
    }
    if (problems.length) {
        throw new errors.ActionError(`${problems.length} problem(s) with the functions' triggers on target aks:\n- ${problems.join('\n- ')}`, 'Fix the binding or app-settings named above. For a trigger KEDA cannot scale: opt in to cron windows for timer triggers, run such functions on fixed replicas, or disable them on AKS with the app setting AzureWebJobs.<function>.Disabled=true.');
    }
    const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    plan.httpFunctions.sort(byName);
    plan.workerFunctions.sort(byName);
    return plan;
}

;// CONCATENATED MODULE: ./src/targets/aks/render.ts
/**
 * Renders the Kubernetes objects of a Functions app on AKS. Pure and deterministic: the same input
 * gives byte-identical YAML (fixed key order for Kubernetes structure, sorted keys for every map
 * whose order means nothing, no timestamps, no randomness; time and commit come in as input).
 *
 * Objects, in apply order (only the ones the app needs):
 *   ServiceAccount <name>            keda-auth: workload-identity (client-id annotation for the pods)
 *   Secret <name>-settings           app-settings, base64 `data` (never a ConfigMap)
 *   TriggerAuthentication <name>     keda-auth: workload-identity (podIdentity azure-workload)
 *   TriggerAuthentication <name>-<fn>  a Kafka trigger with SASL credentials (from the Secret)
 *   Deployment <name>-http           HTTP functions; fixed 1 replica, or none with http-scale keda-http
 *   Service <name>-http              HTTP functions, unless service-type none
 *   HTTPScaledObject <name>-http     http-scale: keda-http (KEDA HTTP add-on)
 *   Deployment <name>                non-HTTP functions, without spec.replicas (KEDA owns it)
 *   ScaledObject <name>              one trigger per function trigger (triggers.ts)
 *
 * `yaml` is what goes to the cluster. `redactedYaml` is what may be written to disk or shown: the
 * Secret keeps its keys and every value becomes a placeholder.
 */





const MANAGED_BY = 'azure-functions-container-deploy';
/** Prefix of the annotations the action writes. */
const ANNOTATION_PREFIX = 'azure-functions-container-deploy';
const REDACTED = '<redacted>';
const CONTAINER = 'functions';
const HTTP_PORT = 80;
function sortedMap(entries) {
    return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** `<base>-<suffix>` as a DNS-1123 label ≤ 63; long or altered names get a short stable hash. */
function childName(base, suffix) {
    const wanted = `${base}-${suffix}`;
    let name = wanted
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    if (name === wanted && name.length <= 63)
        return name;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(wanted).digest('hex').slice(0, 8);
    name = name.slice(0, 63 - 9).replace(/-+$/, '');
    return `${name}-${hash}`;
}
function settingsHash(settings) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(sortedMap(Object.entries(settings))))
        .digest('hex')}`;
}
/**
 * Processors per pod, from the container's CPU request (`250m` → 1, `1500m` → 2): host defaults
 * such as the queues' NewBatchThreshold and Service Bus' MaxConcurrentCalls are multiples of the
 * processor count the host sees. Pure.
 */
function processorsFromCpu(cpu) {
    const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(cpu.trim());
    const cores = m ? Number(m[1]) / (m[2] ? 1000 : 1) : NaN;
    if (!Number.isFinite(cores) || cores <= 0)
        return { count: 1, source: `assumed: the CPU request ${JSON.stringify(cpu)} is not a plain quantity` };
    return { count: Math.max(1, Math.ceil(cores)), source: `from the Deployment's CPU request ${cpu}` };
}
function renderManifests(input) {
    const { name, namespace, image, digest, config, settings, commit, runUrl } = input;
    const options = input.options ?? {};
    const problems = [];
    if (!patterns/* DNS1123_LABEL_RE */.iK.test(name) || name.length > 40)
        problems.push(`name ${JSON.stringify(name)} is not a DNS-1123 label of at most 40 characters.`);
    if (!patterns/* DNS1123_LABEL_RE */.iK.test(namespace) || namespace.length > patterns/* DNS1123_LABEL_MAX */.te)
        problems.push(`namespace ${JSON.stringify(namespace)} is not a DNS-1123 label.`);
    if (!input.unpushed) {
        if (!patterns/* DIGEST_REFERENCE_RE */.$N.test(image))
            problems.push(`image ${JSON.stringify(image)} is not a digest reference (registry/repository@sha256:…).`);
        if (!patterns/* DIGEST_RE */.Vt.test(digest) || !image.endsWith(`@${digest}`))
            problems.push(`digest ${JSON.stringify(digest)} is not the digest of image ${image}.`);
    }
    if (config.kedaAuth === 'workload-identity' && !config.workloadIdentityClientId)
        problems.push('keda-auth workload-identity needs workload-identity-client-id.');
    if (problems.length)
        throw new errors.ActionError(`Cannot render the manifests:\n- ${problems.join('\n- ')}`);
    const host = input.host ?? {};
    const requests = options.requests ?? { cpu: '250m', memory: '256Mi' };
    const plan = planScaling(input.functions, {
        settings,
        host,
        kedaAuth: config.kedaAuth,
        timerCron: options.timerCron,
        unscaledReplicas: options.unscaledReplicas,
        processors: processorsFromCpu(requests.cpu),
        eventHubsExtension: input.eventHubsExtension
    });
    const warnings = [...plan.warnings];
    const identity = config.kedaAuth === 'workload-identity';
    const secretName = `${name}-settings`;
    const httpName = `${name}-http`;
    const labels = (component) => sortedMap([
        ['app.kubernetes.io/name', name],
        ['app.kubernetes.io/instance', name],
        ['app.kubernetes.io/part-of', name],
        ['app.kubernetes.io/component', component],
        ['app.kubernetes.io/managed-by', MANAGED_BY]
    ]);
    const annotations = (extra = []) => sortedMap([[`${ANNOTATION_PREFIX}/commit`, commit], [`${ANNOTATION_PREFIX}/run-url`, runUrl], [`${ANNOTATION_PREFIX}/image-digest`, digest], ...extra]);
    const meta = (objectName, component, extra = []) => ({
        name: objectName,
        namespace,
        labels: labels(component),
        annotations: annotations(extra)
    });
    const objects = [];
    // --- identity ---
    if (identity) {
        objects.push({
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: meta(name, 'identity', [['azure.workload.identity/client-id', config.workloadIdentityClientId]])
        });
    }
    // --- settings ---
    const secret = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: meta(secretName, 'settings'),
        type: 'Opaque',
        data: sortedMap(Object.entries(settings).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]))
    };
    objects.push(secret);
    // --- trigger authentications ---
    const authRefs = new Map();
    if (identity && plan.triggers.some((t) => t.auth?.kind === 'workload-identity')) {
        objects.push({
            apiVersion: 'keda.sh/v1alpha1',
            kind: 'TriggerAuthentication',
            metadata: meta(name, 'scaler-auth'),
            spec: { podIdentity: { provider: 'azure-workload', identityId: config.workloadIdentityClientId } }
        });
        for (const t of plan.triggers)
            if (t.auth?.kind === 'workload-identity')
                authRefs.set(t, name);
    }
    else if (plan.triggers.some((t) => t.auth?.kind === 'workload-identity')) {
        throw new errors.ActionError('A trigger needs workload identity, but keda-auth is connection-string.');
    }
    for (const t of plan.triggers) {
        if (t.auth?.kind !== 'secret')
            continue;
        const taName = childName(name, t.name);
        objects.push({
            apiVersion: 'keda.sh/v1alpha1',
            kind: 'TriggerAuthentication',
            metadata: meta(taName, 'scaler-auth'),
            spec: {
                ...(t.auth.params.length ? { secretTargetRef: t.auth.params.map((p) => ({ parameter: p.parameter, name: secretName, key: p.setting })) } : {}),
                ...(t.auth.envParams?.length ? { env: t.auth.envParams.map((p) => ({ parameter: p.parameter, name: p.env, containerName: CONTAINER })) } : {})
            }
        });
        authRefs.set(t, taName);
    }
    // --- pods ---
    const healthPath = options.healthPath ?? '/';
    // Env vars KEDA reads for the worker's triggers (references to settings and literals, never secret values).
    const triggerEnv = plan.triggers.flatMap((t) => t.podEnv ?? []);
    const podTemplate = (component, functions) => {
        const selector = sortedMap([
            ['app.kubernetes.io/instance', name],
            ['app.kubernetes.io/component', component]
        ]);
        const podLabels = sortedMap([
            ...Object.entries(labels(component)),
            ...(identity ? [['azure.workload.identity/use', 'true']] : [])
        ]);
        const probe = (periodSeconds, timeoutSeconds, failureThreshold) => ({
            httpGet: { path: healthPath, port: 'http' },
            periodSeconds,
            timeoutSeconds,
            failureThreshold
        });
        const spec = {
            ...(identity ? { serviceAccountName: name } : { automountServiceAccountToken: false }),
            containers: [
                {
                    name: CONTAINER,
                    image,
                    imagePullPolicy: 'IfNotPresent',
                    ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }],
                    env: [...functions.map((f, i) => ({ name: `AzureFunctionsJobHost__functions__${i}`, value: f })), ...(component === 'worker' ? triggerEnv : [])],
                    envFrom: [{ secretRef: { name: secretName } }],
                    resources: { requests: { cpu: requests.cpu, memory: requests.memory } },
                    startupProbe: probe(5, 5, 60),
                    readinessProbe: probe(10, 5, 3),
                    livenessProbe: probe(30, 10, 3)
                }
            ]
        };
        if (config.virtualNodes) {
            // AKS virtual nodes (ACI connector): the node selector and tolerations from the AKS documentation.
            spec.nodeSelector = sortedMap([
                ['kubernetes.io/os', 'linux'],
                ['kubernetes.io/role', 'agent'],
                ['type', 'virtual-kubelet']
            ]);
            spec.tolerations = [
                { key: 'virtual-kubelet.io/provider', operator: 'Exists' },
                { key: 'azure.com/aci', effect: 'NoSchedule' }
            ];
        }
        return {
            selector: { matchLabels: selector },
            template: {
                metadata: {
                    labels: podLabels,
                    annotations: sortedMap([
                        [`${ANNOTATION_PREFIX}/image-digest`, digest],
                        // Pods read the Secret at start only: a settings change must roll them.
                        [`${ANNOTATION_PREFIX}/settings-hash`, settingsHash(settings)]
                    ])
                },
                spec
            }
        };
    };
    // --- HTTP functions ---
    if (plan.httpFunctions.length) {
        const kedaHttp = config.httpScale === 'keda-http';
        objects.push({
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: meta(httpName, 'http'),
            spec: { ...(kedaHttp ? {} : { replicas: 1 }), revisionHistoryLimit: 5, ...podTemplate('http', plan.httpFunctions) }
        });
        if (config.serviceType !== 'none') {
            objects.push({
                apiVersion: 'v1',
                kind: 'Service',
                metadata: meta(httpName, 'http'),
                spec: {
                    type: config.serviceType,
                    selector: sortedMap([
                        ['app.kubernetes.io/instance', name],
                        ['app.kubernetes.io/component', 'http']
                    ]),
                    ports: [{ name: 'http', port: HTTP_PORT, targetPort: 'http', protocol: 'TCP' }]
                }
            });
        }
        if (kedaHttp) {
            if (config.serviceType === 'none')
                throw new errors.ActionError("http-scale 'keda-http' needs a Service; service-type is 'none'.");
            if (config.serviceType === 'LoadBalancer')
                warnings.push('http-scale keda-http: traffic must reach the app through the KEDA HTTP add-on interceptor; the LoadBalancer Service bypasses it (use ClusterIP and route your ingress to the interceptor).');
            const replicas = {
                ...(config.minReplicas !== undefined ? { min: config.minReplicas } : {}),
                ...(config.maxReplicas !== undefined ? { max: config.maxReplicas } : {})
            };
            objects.push({
                apiVersion: 'http.keda.sh/v1alpha1',
                kind: 'HTTPScaledObject',
                metadata: meta(httpName, 'http-scaler'),
                spec: {
                    ...(options.httpHosts?.length ? { hosts: [...options.httpHosts].sort() } : {}),
                    scaleTargetRef: { name: httpName, kind: 'Deployment', apiVersion: 'apps/v1', service: httpName, port: HTTP_PORT },
                    ...(Object.keys(replicas).length ? { replicas } : {}),
                    ...(config.cooldownPeriodSeconds !== undefined ? { scaledownPeriod: config.cooldownPeriodSeconds } : {})
                }
            });
        }
    }
    // --- non-HTTP functions ---
    if (plan.workerFunctions.length) {
        const scaled = plan.triggers.length > 0;
        objects.push({
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: meta(name, 'worker'),
            // Without a ScaledObject (only fixed-replica functions) the Deployment owns its replica count.
            spec: { ...(scaled ? {} : { replicas: plan.fixedReplicas }), revisionHistoryLimit: 5, ...podTemplate('worker', plan.workerFunctions) }
        });
        if (scaled) {
            const min = plan.fixedReplicas > 0 ? Math.max(plan.fixedReplicas, config.minReplicas ?? 0) : config.minReplicas;
            if (min !== undefined && config.maxReplicas !== undefined && min > config.maxReplicas) {
                throw new errors.ActionError(`The worker Deployment needs at least ${min} replicas (fixed-replica functions) but max-replicas is ${config.maxReplicas}.`);
            }
            objects.push({
                apiVersion: 'keda.sh/v1alpha1',
                kind: 'ScaledObject',
                metadata: meta(name, 'scaler'),
                spec: {
                    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
                    ...(config.pollingIntervalSeconds !== undefined ? { pollingInterval: config.pollingIntervalSeconds } : {}),
                    ...(config.cooldownPeriodSeconds !== undefined ? { cooldownPeriod: config.cooldownPeriodSeconds } : {}),
                    ...(min !== undefined ? { minReplicaCount: min } : {}),
                    ...(config.maxReplicas !== undefined ? { maxReplicaCount: config.maxReplicas } : {}),
                    triggers: plan.triggers.map((t) => {
                        const ref = authRefs.get(t);
                        return { type: t.type, name: t.name, metadata: sortedMap(Object.entries(t.metadata)), ...(ref ? { authenticationRef: { name: ref } } : {}) };
                    })
                }
            });
        }
    }
    if (identity && config.virtualNodes)
        warnings.push('virtual-nodes with workload identity: check that your virtual node version supports workload identity for pods (ACI-based virtual nodes v1 do not support managed identities).');
    const redacted = objects.map((o) => (o === secret ? redactSecret(o) : o));
    return {
        objects,
        yaml: toYaml(objects),
        redactedYaml: toYaml(redacted, `# Secret values are redacted (${REDACTED}); the cluster receives the real ones.\n`),
        plan,
        warnings
    };
}
/** The Secret with its keys kept and every value replaced by a placeholder (as `stringData`, so it stays valid). */
function redactSecret(secret) {
    const { data, stringData, ...rest } = secret;
    const keys = [...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})];
    return { ...rest, stringData: sortedMap(keys.map((k) => [k, REDACTED])) };
}
/** Multi-document YAML, `---` between documents, no line folding. */
function toYaml(objects, header = '') {
    // js-yaml's dump schema quotes every string that YAML 1.1 (as kubectl reads it) or 1.2 would take for
    // another type: yes, on, n, 1_000 or 12:30 stay strings. No folding (lineWidth -1); double quotes.
    return header + objects.map((o) => `---\n${(0,js_yaml/* dump */.Bh)(o, { lineWidth: -1, quoteStyle: 'double' })}`).join('');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/targets/aks/schemas.generated.ts
// GENERATED by scripts/gen-schemas.mjs from schemas/ (see schemas/README.md). Do not edit by hand:
// change the files in schemas/ and run `node scripts/gen-schemas.mjs`.
/** $id of the bundle; shared sub-schemas are referenced as `#/$defs/<name>` inside it. */
const SCHEMA_BUNDLE_ID = "urn:azure-functions-container-deploy:schemas";
/** `apiVersion/kind` → name of its schema in SCHEMA_BUNDLE.$defs. */
const KIND_SCHEMAS = {
    "apps/v1/Deployment": "Deployment",
    "v1/Secret": "Secret",
    "v1/Service": "Service",
    "v1/ServiceAccount": "ServiceAccount",
    "keda.sh/v1alpha1/ScaledObject": "ScaledObject",
    "keda.sh/v1alpha1/TriggerAuthentication": "TriggerAuthentication",
    "http.keda.sh/v1alpha1/HTTPScaledObject": "HTTPScaledObject"
};
/** One JSON Schema document (draft 2019-09 style `$defs`) holding the kinds and their shared parts. */
const SCHEMA_BUNDLE = {
    $id: SCHEMA_BUNDLE_ID,
    $defs: {
        "Deployment": { "additionalProperties": false, "properties": { "apiVersion": { "enum": ["apps/v1"], "type": ["string", "null"] }, "kind": { "enum": ["Deployment"], "type": ["string", "null"] }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "minReadySeconds": { "format": "int32", "type": ["integer", "null"] }, "paused": { "type": ["boolean", "null"] }, "progressDeadlineSeconds": { "format": "int32", "type": ["integer", "null"] }, "replicas": { "format": "int32", "type": ["integer", "null"] }, "revisionHistoryLimit": { "format": "int32", "type": ["integer", "null"] }, "selector": { "additionalProperties": false, "properties": { "matchExpressions": { "$ref": "#/$defs/matchExpressions" }, "matchLabels": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] } }, "type": "object" }, "strategy": { "additionalProperties": false, "properties": { "rollingUpdate": { "additionalProperties": false, "properties": { "maxSurge": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["integer", "null"] }] }, "maxUnavailable": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["integer", "null"] }] } }, "type": ["object", "null"] }, "type": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "template": { "additionalProperties": false, "properties": { "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "activeDeadlineSeconds": { "format": "int64", "type": ["integer", "null"] }, "affinity": { "additionalProperties": false, "properties": { "nodeAffinity": { "additionalProperties": false, "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "items": { "additionalProperties": false, "properties": { "preference": { "additionalProperties": false, "properties": { "matchExpressions": { "$ref": "#/$defs/matchExpressions" }, "matchFields": { "$ref": "#/$defs/matchExpressions" } }, "type": "object" }, "weight": { "format": "int32", "type": "integer" } }, "required": ["weight", "preference"], "type": ["object", "null"] }, "type": ["array", "null"] }, "requiredDuringSchedulingIgnoredDuringExecution": { "additionalProperties": false, "properties": { "nodeSelectorTerms": { "items": { "additionalProperties": false, "properties": { "matchExpressions": { "$ref": "#/$defs/matchExpressions" }, "matchFields": { "$ref": "#/$defs/matchExpressions" } }, "type": ["object", "null"] }, "type": "array" } }, "required": ["nodeSelectorTerms"], "type": ["object", "null"] } }, "type": ["object", "null"] }, "podAffinity": { "$ref": "#/$defs/podAffinity" }, "podAntiAffinity": { "$ref": "#/$defs/podAffinity" } }, "type": ["object", "null"] }, "automountServiceAccountToken": { "type": ["boolean", "null"] }, "containers": { "items": { "additionalProperties": false, "properties": { "args": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "command": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "env": { "$ref": "#/$defs/env" }, "envFrom": { "$ref": "#/$defs/envFrom" }, "image": { "type": ["string", "null"] }, "imagePullPolicy": { "type": ["string", "null"] }, "lifecycle": { "$ref": "#/$defs/lifecycle" }, "livenessProbe": { "$ref": "#/$defs/livenessProbe" }, "name": { "maxLength": 63, "type": "string" }, "ports": { "$ref": "#/$defs/ports" }, "readinessProbe": { "$ref": "#/$defs/livenessProbe" }, "resizePolicy": { "$ref": "#/$defs/resizePolicy" }, "resources": { "$ref": "#/$defs/resources" }, "restartPolicy": { "type": ["string", "null"] }, "securityContext": { "$ref": "#/$defs/securityContext" }, "startupProbe": { "$ref": "#/$defs/livenessProbe" }, "stdin": { "type": ["boolean", "null"] }, "stdinOnce": { "type": ["boolean", "null"] }, "terminationMessagePath": { "type": ["string", "null"] }, "terminationMessagePolicy": { "type": ["string", "null"] }, "tty": { "type": ["boolean", "null"] }, "volumeDevices": { "$ref": "#/$defs/volumeDevices" }, "volumeMounts": { "$ref": "#/$defs/volumeMounts" }, "workingDir": { "type": ["string", "null"] } }, "required": ["name"], "type": ["object", "null"] }, "type": "array" }, "dnsConfig": { "additionalProperties": false, "properties": { "nameservers": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "options": { "items": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "value": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "type": ["array", "null"] }, "searches": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] } }, "type": ["object", "null"] }, "dnsPolicy": { "type": ["string", "null"] }, "enableServiceLinks": { "type": ["boolean", "null"] }, "ephemeralContainers": { "items": { "additionalProperties": false, "properties": { "args": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "command": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "env": { "$ref": "#/$defs/env" }, "envFrom": { "$ref": "#/$defs/envFrom" }, "image": { "type": ["string", "null"] }, "imagePullPolicy": { "type": ["string", "null"] }, "lifecycle": { "$ref": "#/$defs/lifecycle" }, "livenessProbe": { "$ref": "#/$defs/livenessProbe" }, "name": { "type": "string" }, "ports": { "$ref": "#/$defs/ports" }, "readinessProbe": { "$ref": "#/$defs/livenessProbe" }, "resizePolicy": { "$ref": "#/$defs/resizePolicy" }, "resources": { "$ref": "#/$defs/resources" }, "restartPolicy": { "type": ["string", "null"] }, "securityContext": { "$ref": "#/$defs/securityContext" }, "startupProbe": { "$ref": "#/$defs/livenessProbe" }, "stdin": { "type": ["boolean", "null"] }, "stdinOnce": { "type": ["boolean", "null"] }, "targetContainerName": { "type": ["string", "null"] }, "terminationMessagePath": { "type": ["string", "null"] }, "terminationMessagePolicy": { "type": ["string", "null"] }, "tty": { "type": ["boolean", "null"] }, "volumeDevices": { "$ref": "#/$defs/volumeDevices" }, "volumeMounts": { "$ref": "#/$defs/volumeMounts" }, "workingDir": { "type": ["string", "null"] } }, "required": ["name"], "type": ["object", "null"] }, "type": ["array", "null"] }, "hostAliases": { "items": { "additionalProperties": false, "properties": { "hostnames": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "ip": { "type": "string" } }, "required": ["ip"], "type": ["object", "null"] }, "type": ["array", "null"] }, "hostIPC": { "type": ["boolean", "null"] }, "hostNetwork": { "type": ["boolean", "null"] }, "hostPID": { "type": ["boolean", "null"] }, "hostUsers": { "type": ["boolean", "null"] }, "hostname": { "type": ["string", "null"] }, "imagePullSecrets": { "$ref": "#/$defs/imagePullSecrets" }, "initContainers": { "items": { "additionalProperties": false, "properties": { "args": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "command": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "env": { "$ref": "#/$defs/env" }, "envFrom": { "$ref": "#/$defs/envFrom" }, "image": { "type": ["string", "null"] }, "imagePullPolicy": { "type": ["string", "null"] }, "lifecycle": { "$ref": "#/$defs/lifecycle" }, "livenessProbe": { "$ref": "#/$defs/livenessProbe" }, "name": { "type": "string" }, "ports": { "$ref": "#/$defs/ports" }, "readinessProbe": { "$ref": "#/$defs/livenessProbe" }, "resizePolicy": { "$ref": "#/$defs/resizePolicy" }, "resources": { "$ref": "#/$defs/resources" }, "restartPolicy": { "type": ["string", "null"] }, "securityContext": { "$ref": "#/$defs/securityContext" }, "startupProbe": { "$ref": "#/$defs/livenessProbe" }, "stdin": { "type": ["boolean", "null"] }, "stdinOnce": { "type": ["boolean", "null"] }, "terminationMessagePath": { "type": ["string", "null"] }, "terminationMessagePolicy": { "type": ["string", "null"] }, "tty": { "type": ["boolean", "null"] }, "volumeDevices": { "$ref": "#/$defs/volumeDevices" }, "volumeMounts": { "$ref": "#/$defs/volumeMounts" }, "workingDir": { "type": ["string", "null"] } }, "required": ["name"], "type": ["object", "null"] }, "type": ["array", "null"] }, "nodeName": { "type": ["string", "null"] }, "nodeSelector": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "os": { "additionalProperties": false, "properties": { "name": { "type": "string" } }, "required": ["name"], "type": ["object", "null"] }, "overhead": { "additionalProperties": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "type": ["object", "null"] }, "preemptionPolicy": { "type": ["string", "null"] }, "priority": { "format": "int32", "type": ["integer", "null"] }, "priorityClassName": { "type": ["string", "null"] }, "readinessGates": { "items": { "additionalProperties": false, "properties": { "conditionType": { "type": "string" } }, "required": ["conditionType"], "type": ["object", "null"] }, "type": ["array", "null"] }, "resourceClaims": { "items": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "resourceClaimName": { "type": ["string", "null"] }, "resourceClaimTemplateName": { "type": ["string", "null"] } }, "required": ["name"], "type": ["object", "null"] }, "type": ["array", "null"] }, "resources": { "$ref": "#/$defs/resources" }, "restartPolicy": { "type": ["string", "null"] }, "runtimeClassName": { "type": ["string", "null"] }, "schedulerName": { "type": ["string", "null"] }, "schedulingGates": { "items": { "additionalProperties": false, "properties": { "name": { "type": "string" } }, "required": ["name"], "type": ["object", "null"] }, "type": ["array", "null"] }, "securityContext": { "additionalProperties": false, "properties": { "appArmorProfile": { "$ref": "#/$defs/appArmorProfile" }, "fsGroup": { "format": "int64", "type": ["integer", "null"] }, "fsGroupChangePolicy": { "type": ["string", "null"] }, "runAsGroup": { "format": "int64", "type": ["integer", "null"] }, "runAsNonRoot": { "type": ["boolean", "null"] }, "runAsUser": { "format": "int64", "type": ["integer", "null"] }, "seLinuxChangePolicy": { "type": ["string", "null"] }, "seLinuxOptions": { "$ref": "#/$defs/seLinuxOptions" }, "seccompProfile": { "$ref": "#/$defs/appArmorProfile" }, "supplementalGroups": { "items": { "format": "int64", "type": ["integer", "null"] }, "type": ["array", "null"] }, "supplementalGroupsPolicy": { "type": ["string", "null"] }, "sysctls": { "$ref": "#/$defs/httpHeaders" }, "windowsOptions": { "$ref": "#/$defs/windowsOptions" } }, "type": ["object", "null"] }, "serviceAccount": { "type": ["string", "null"] }, "serviceAccountName": { "type": ["string", "null"] }, "setHostnameAsFQDN": { "type": ["boolean", "null"] }, "shareProcessNamespace": { "type": ["boolean", "null"] }, "subdomain": { "type": ["string", "null"] }, "terminationGracePeriodSeconds": { "format": "int64", "type": ["integer", "null"] }, "tolerations": { "items": { "additionalProperties": false, "properties": { "effect": { "type": ["string", "null"] }, "key": { "type": ["string", "null"] }, "operator": { "type": ["string", "null"] }, "tolerationSeconds": { "format": "int64", "type": ["integer", "null"] }, "value": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "type": ["array", "null"] }, "topologySpreadConstraints": { "items": { "additionalProperties": false, "properties": { "labelSelector": { "$ref": "#/$defs/labelSelector" }, "matchLabelKeys": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "maxSkew": { "format": "int32", "type": "integer" }, "minDomains": { "format": "int32", "type": ["integer", "null"] }, "nodeAffinityPolicy": { "type": ["string", "null"] }, "nodeTaintsPolicy": { "type": ["string", "null"] }, "topologyKey": { "type": "string" }, "whenUnsatisfiable": { "type": "string" } }, "required": ["maxSkew", "topologyKey", "whenUnsatisfiable"], "type": ["object", "null"] }, "type": ["array", "null"] }, "volumes": { "items": { "additionalProperties": false, "properties": { "awsElasticBlockStore": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "partition": { "format": "int32", "type": ["integer", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "volumeID": { "type": "string" } }, "required": ["volumeID"], "type": ["object", "null"] }, "azureDisk": { "additionalProperties": false, "properties": { "cachingMode": { "type": ["string", "null"] }, "diskName": { "type": "string" }, "diskURI": { "type": "string" }, "fsType": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] } }, "required": ["diskName", "diskURI"], "type": ["object", "null"] }, "azureFile": { "additionalProperties": false, "properties": { "readOnly": { "type": ["boolean", "null"] }, "secretName": { "type": "string" }, "shareName": { "type": "string" } }, "required": ["secretName", "shareName"], "type": ["object", "null"] }, "cephfs": { "additionalProperties": false, "properties": { "monitors": { "items": { "type": ["string", "null"] }, "type": "array" }, "path": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretFile": { "type": ["string", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "user": { "type": ["string", "null"] } }, "required": ["monitors"], "type": ["object", "null"] }, "cinder": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "volumeID": { "type": "string" } }, "required": ["volumeID"], "type": ["object", "null"] }, "configMap": { "additionalProperties": false, "properties": { "defaultMode": { "format": "int32", "type": ["integer", "null"] }, "items": { "$ref": "#/$defs/items" }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "type": ["object", "null"] }, "csi": { "additionalProperties": false, "properties": { "driver": { "type": "string" }, "fsType": { "type": ["string", "null"] }, "nodePublishSecretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "volumeAttributes": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] } }, "required": ["driver"], "type": ["object", "null"] }, "downwardAPI": { "additionalProperties": false, "properties": { "defaultMode": { "format": "int32", "type": ["integer", "null"] }, "items": { "$ref": "#/$defs/items2" } }, "type": ["object", "null"] }, "emptyDir": { "additionalProperties": false, "properties": { "medium": { "type": ["string", "null"] }, "sizeLimit": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] } }, "type": ["object", "null"] }, "ephemeral": { "additionalProperties": false, "properties": { "volumeClaimTemplate": { "additionalProperties": false, "properties": { "metadata": { "additionalProperties": false, "properties": { "annotations": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "creationTimestamp": { "format": "date-time", "type": ["string", "null"] }, "deletionGracePeriodSeconds": { "format": "int64", "type": ["integer", "null"] }, "deletionTimestamp": { "format": "date-time", "type": ["string", "null"] }, "finalizers": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "generateName": { "type": ["string", "null"] }, "generation": { "format": "int64", "type": ["integer", "null"] }, "labels": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "managedFields": { "$ref": "#/$defs/managedFields" }, "name": { "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] }, "ownerReferences": { "$ref": "#/$defs/ownerReferences" }, "resourceVersion": { "type": ["string", "null"] }, "selfLink": { "type": ["string", "null"] }, "uid": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "spec": { "additionalProperties": false, "properties": { "accessModes": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "dataSource": { "additionalProperties": false, "properties": { "apiGroup": { "type": ["string", "null"] }, "kind": { "type": "string" }, "name": { "type": "string" } }, "required": ["kind", "name"], "type": ["object", "null"] }, "dataSourceRef": { "additionalProperties": false, "properties": { "apiGroup": { "type": ["string", "null"] }, "kind": { "type": "string" }, "name": { "type": "string" }, "namespace": { "type": ["string", "null"] } }, "required": ["kind", "name"], "type": ["object", "null"] }, "resources": { "additionalProperties": false, "properties": { "limits": { "additionalProperties": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "type": ["object", "null"] }, "requests": { "additionalProperties": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "type": ["object", "null"] } }, "type": ["object", "null"] }, "selector": { "$ref": "#/$defs/labelSelector" }, "storageClassName": { "type": ["string", "null"] }, "volumeAttributesClassName": { "type": ["string", "null"] }, "volumeMode": { "type": ["string", "null"] }, "volumeName": { "type": ["string", "null"] } }, "type": "object" } }, "required": ["spec"], "type": ["object", "null"] } }, "type": ["object", "null"] }, "fc": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "lun": { "format": "int32", "type": ["integer", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "targetWWNs": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "wwids": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] } }, "type": ["object", "null"] }, "flexVolume": { "additionalProperties": false, "properties": { "driver": { "type": "string" }, "fsType": { "type": ["string", "null"] }, "options": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] } }, "required": ["driver"], "type": ["object", "null"] }, "flocker": { "additionalProperties": false, "properties": { "datasetName": { "type": ["string", "null"] }, "datasetUUID": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "gcePersistentDisk": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "partition": { "format": "int32", "type": ["integer", "null"] }, "pdName": { "type": "string" }, "readOnly": { "type": ["boolean", "null"] } }, "required": ["pdName"], "type": ["object", "null"] }, "gitRepo": { "additionalProperties": false, "properties": { "directory": { "type": ["string", "null"] }, "repository": { "type": "string" }, "revision": { "type": ["string", "null"] } }, "required": ["repository"], "type": ["object", "null"] }, "glusterfs": { "additionalProperties": false, "properties": { "endpoints": { "type": "string" }, "path": { "type": "string" }, "readOnly": { "type": ["boolean", "null"] } }, "required": ["endpoints", "path"], "type": ["object", "null"] }, "hostPath": { "additionalProperties": false, "properties": { "path": { "type": "string" }, "type": { "type": ["string", "null"] } }, "required": ["path"], "type": ["object", "null"] }, "image": { "additionalProperties": false, "properties": { "pullPolicy": { "type": ["string", "null"] }, "reference": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "iscsi": { "additionalProperties": false, "properties": { "chapAuthDiscovery": { "type": ["boolean", "null"] }, "chapAuthSession": { "type": ["boolean", "null"] }, "fsType": { "type": ["string", "null"] }, "initiatorName": { "type": ["string", "null"] }, "iqn": { "type": "string" }, "iscsiInterface": { "type": ["string", "null"] }, "lun": { "format": "int32", "type": "integer" }, "portals": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "targetPortal": { "type": "string" } }, "required": ["targetPortal", "iqn", "lun"], "type": ["object", "null"] }, "name": { "type": "string" }, "nfs": { "additionalProperties": false, "properties": { "path": { "type": "string" }, "readOnly": { "type": ["boolean", "null"] }, "server": { "type": "string" } }, "required": ["server", "path"], "type": ["object", "null"] }, "persistentVolumeClaim": { "additionalProperties": false, "properties": { "claimName": { "type": "string" }, "readOnly": { "type": ["boolean", "null"] } }, "required": ["claimName"], "type": ["object", "null"] }, "photonPersistentDisk": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "pdID": { "type": "string" } }, "required": ["pdID"], "type": ["object", "null"] }, "portworxVolume": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "volumeID": { "type": "string" } }, "required": ["volumeID"], "type": ["object", "null"] }, "projected": { "additionalProperties": false, "properties": { "defaultMode": { "format": "int32", "type": ["integer", "null"] }, "sources": { "items": { "additionalProperties": false, "properties": { "clusterTrustBundle": { "additionalProperties": false, "properties": { "labelSelector": { "$ref": "#/$defs/labelSelector" }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] }, "path": { "type": "string" }, "signerName": { "type": ["string", "null"] } }, "required": ["path"], "type": ["object", "null"] }, "configMap": { "$ref": "#/$defs/configMap" }, "downwardAPI": { "additionalProperties": false, "properties": { "items": { "$ref": "#/$defs/items2" } }, "type": ["object", "null"] }, "secret": { "$ref": "#/$defs/configMap" }, "serviceAccountToken": { "additionalProperties": false, "properties": { "audience": { "type": ["string", "null"] }, "expirationSeconds": { "format": "int64", "type": ["integer", "null"] }, "path": { "type": "string" } }, "required": ["path"], "type": ["object", "null"] } }, "type": ["object", "null"] }, "type": ["array", "null"] } }, "type": ["object", "null"] }, "quobyte": { "additionalProperties": false, "properties": { "group": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "registry": { "type": "string" }, "tenant": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "volume": { "type": "string" } }, "required": ["registry", "volume"], "type": ["object", "null"] }, "rbd": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "image": { "type": "string" }, "keyring": { "type": ["string", "null"] }, "monitors": { "items": { "type": ["string", "null"] }, "type": "array" }, "pool": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "user": { "type": ["string", "null"] } }, "required": ["monitors", "image"], "type": ["object", "null"] }, "scaleIO": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "gateway": { "type": "string" }, "protectionDomain": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": "object" }, "sslEnabled": { "type": ["boolean", "null"] }, "storageMode": { "type": ["string", "null"] }, "storagePool": { "type": ["string", "null"] }, "system": { "type": "string" }, "volumeName": { "type": ["string", "null"] } }, "required": ["gateway", "system", "secretRef"], "type": ["object", "null"] }, "secret": { "additionalProperties": false, "properties": { "defaultMode": { "format": "int32", "type": ["integer", "null"] }, "items": { "$ref": "#/$defs/items" }, "optional": { "type": ["boolean", "null"] }, "secretName": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "storageos": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "volumeName": { "type": ["string", "null"] }, "volumeNamespace": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "vsphereVolume": { "additionalProperties": false, "properties": { "fsType": { "type": ["string", "null"] }, "storagePolicyID": { "type": ["string", "null"] }, "storagePolicyName": { "type": ["string", "null"] }, "volumePath": { "type": "string" } }, "required": ["volumePath"], "type": ["object", "null"] } }, "required": ["name"], "type": ["object", "null"] }, "type": ["array", "null"] } }, "required": ["containers"], "type": ["object", "null"] } }, "type": "object" } }, "required": ["selector", "template"], "type": ["object", "null"] } }, "type": "object" },
        "Secret": { "additionalProperties": false, "properties": { "apiVersion": { "enum": ["v1"], "type": ["string", "null"] }, "data": { "additionalProperties": { "format": "byte", "type": ["string", "null"] }, "type": ["object", "null"] }, "immutable": { "type": ["boolean", "null"] }, "kind": { "enum": ["Secret"], "type": ["string", "null"] }, "metadata": { "$ref": "#/$defs/metadata" }, "stringData": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "type": { "type": ["string", "null"] } }, "type": "object" },
        "Service": { "additionalProperties": false, "properties": { "apiVersion": { "enum": ["v1"], "type": ["string", "null"] }, "kind": { "enum": ["Service"], "type": ["string", "null"] }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "allocateLoadBalancerNodePorts": { "type": ["boolean", "null"] }, "clusterIP": { "type": ["string", "null"] }, "clusterIPs": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "externalIPs": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "externalName": { "type": ["string", "null"] }, "externalTrafficPolicy": { "type": ["string", "null"] }, "healthCheckNodePort": { "format": "int32", "type": ["integer", "null"] }, "internalTrafficPolicy": { "type": ["string", "null"] }, "ipFamilies": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "ipFamilyPolicy": { "type": ["string", "null"] }, "loadBalancerClass": { "type": ["string", "null"] }, "loadBalancerIP": { "type": ["string", "null"] }, "loadBalancerSourceRanges": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "ports": { "items": { "additionalProperties": false, "properties": { "appProtocol": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "nodePort": { "format": "int32", "type": ["integer", "null"] }, "port": { "format": "int32", "type": "integer" }, "protocol": { "type": ["string", "null"] }, "targetPort": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["integer", "null"] }] } }, "required": ["port"], "type": ["object", "null"] }, "type": ["array", "null"] }, "publishNotReadyAddresses": { "type": ["boolean", "null"] }, "selector": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "sessionAffinity": { "type": ["string", "null"] }, "sessionAffinityConfig": { "additionalProperties": false, "properties": { "clientIP": { "additionalProperties": false, "properties": { "timeoutSeconds": { "format": "int32", "type": ["integer", "null"] } }, "type": ["object", "null"] } }, "type": ["object", "null"] }, "trafficDistribution": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] } }, "type": ["object", "null"] } }, "type": "object" },
        "ServiceAccount": { "additionalProperties": false, "properties": { "apiVersion": { "enum": ["v1"], "type": ["string", "null"] }, "automountServiceAccountToken": { "type": ["boolean", "null"] }, "imagePullSecrets": { "$ref": "#/$defs/imagePullSecrets" }, "kind": { "enum": ["ServiceAccount"], "type": ["string", "null"] }, "metadata": { "$ref": "#/$defs/metadata" }, "secrets": { "items": { "additionalProperties": false, "properties": { "apiVersion": { "type": ["string", "null"] }, "fieldPath": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] }, "resourceVersion": { "type": ["string", "null"] }, "uid": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "type": ["array", "null"] } }, "type": "object" },
        "ScaledObject": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "advanced": { "additionalProperties": false, "properties": { "horizontalPodAutoscalerConfig": { "additionalProperties": false, "properties": { "behavior": { "additionalProperties": false, "properties": { "scaleDown": { "$ref": "#/$defs/scaleDown" }, "scaleUp": { "$ref": "#/$defs/scaleDown" } }, "type": "object" }, "name": { "type": "string" } }, "type": "object" }, "restoreToOriginalReplicaCount": { "type": "boolean" }, "scalingModifiers": { "additionalProperties": false, "properties": { "activationTarget": { "type": "string" }, "formula": { "type": "string" }, "metricType": { "enum": ["AverageValue", "Value"], "type": "string" }, "target": { "type": "string" } }, "type": "object" } }, "type": "object" }, "cooldownPeriod": { "format": "int32", "minimum": 0, "type": "integer" }, "fallback": { "additionalProperties": false, "properties": { "behavior": { "enum": ["static", "currentReplicas", "currentReplicasIfHigher", "currentReplicasIfLower", "scalingModifiers"], "type": "string" }, "failureThreshold": { "format": "int32", "minimum": 0, "type": "integer" }, "replicas": { "format": "int32", "minimum": 0, "type": "integer" } }, "required": ["failureThreshold", "replicas"], "type": "object" }, "idleReplicaCount": { "format": "int32", "minimum": 0, "type": "integer" }, "initialCooldownPeriod": { "format": "int32", "minimum": 0, "type": "integer" }, "maxReplicaCount": { "format": "int32", "minimum": 1, "type": "integer" }, "minReplicaCount": { "format": "int32", "minimum": 0, "type": "integer" }, "pollingInterval": { "format": "int32", "minimum": 1, "type": "integer" }, "scaleTargetRef": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "envSourceContainerName": { "type": "string" }, "kind": { "type": "string" }, "name": { "minLength": 1, "type": "string" } }, "required": ["name"], "type": "object" }, "triggers": { "items": { "additionalProperties": false, "properties": { "authenticationRef": { "additionalProperties": false, "properties": { "kind": { "enum": ["TriggerAuthentication", "ClusterTriggerAuthentication"], "type": "string" }, "name": { "type": "string" } }, "required": ["name"], "type": "object" }, "metadata": { "additionalProperties": { "type": "string" }, "type": "object" }, "metricType": { "type": "string" }, "name": { "type": "string" }, "type": { "minLength": 1, "type": "string" }, "useCachedMetrics": { "type": "boolean" } }, "required": ["metadata", "type"], "type": "object" }, "minItems": 1, "type": "array" } }, "required": ["scaleTargetRef", "triggers"], "type": "object" } }, "required": ["spec"], "type": "object" },
        "TriggerAuthentication": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "awsSecretManager": { "additionalProperties": false, "properties": { "credentials": { "additionalProperties": false, "properties": { "accessKey": { "$ref": "#/$defs/accessKey" }, "accessSecretKey": { "$ref": "#/$defs/accessKey" }, "accessToken": { "$ref": "#/$defs/accessKey" } }, "required": ["accessKey", "accessSecretKey"], "type": "object" }, "podIdentity": { "$ref": "#/$defs/podIdentity" }, "region": { "type": "string" }, "secrets": { "items": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "parameter": { "type": "string" }, "secretKey": { "type": "string" }, "versionId": { "type": "string" }, "versionStage": { "type": "string" } }, "required": ["name", "parameter"], "type": "object" }, "minItems": 1, "type": "array" } }, "required": ["secrets"], "type": "object" }, "azureKeyVault": { "additionalProperties": false, "properties": { "cloud": { "additionalProperties": false, "properties": { "activeDirectoryEndpoint": { "type": "string" }, "keyVaultResourceURL": { "type": "string" }, "type": { "type": "string" } }, "required": ["type"], "type": "object" }, "credentials": { "additionalProperties": false, "properties": { "clientId": { "type": "string" }, "clientSecret": { "$ref": "#/$defs/accessKey" }, "tenantId": { "type": "string" } }, "required": ["clientId", "clientSecret", "tenantId"], "type": "object" }, "podIdentity": { "$ref": "#/$defs/podIdentity" }, "secrets": { "items": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "parameter": { "type": "string" }, "version": { "type": "string" } }, "required": ["name", "parameter"], "type": "object" }, "minItems": 1, "type": "array" }, "vaultUri": { "type": "string" } }, "required": ["secrets", "vaultUri"], "type": "object" }, "boundServiceAccountToken": { "items": { "additionalProperties": false, "properties": { "parameter": { "type": "string" }, "serviceAccountName": { "type": "string" } }, "required": ["parameter", "serviceAccountName"], "type": "object" }, "type": "array" }, "configMapTargetRef": { "$ref": "#/$defs/configMapTargetRef" }, "env": { "items": { "additionalProperties": false, "properties": { "containerName": { "type": "string" }, "name": { "type": "string" }, "parameter": { "type": "string" } }, "required": ["name", "parameter"], "type": "object" }, "type": "array" }, "filePath": { "type": "string" }, "gcpSecretManager": { "additionalProperties": false, "properties": { "credentials": { "additionalProperties": false, "properties": { "clientSecret": { "$ref": "#/$defs/accessKey" } }, "required": ["clientSecret"], "type": "object" }, "podIdentity": { "$ref": "#/$defs/podIdentity" }, "secrets": { "items": { "additionalProperties": false, "properties": { "id": { "type": "string" }, "parameter": { "type": "string" }, "version": { "type": "string" } }, "required": ["id", "parameter"], "type": "object" }, "minItems": 1, "type": "array" } }, "required": ["secrets"], "type": "object" }, "hashiCorpVault": { "additionalProperties": false, "properties": { "address": { "type": "string" }, "authentication": { "enum": ["token", "kubernetes"], "type": "string" }, "credential": { "additionalProperties": false, "properties": { "serviceAccount": { "type": "string" }, "serviceAccountName": { "type": "string" }, "token": { "type": "string" } }, "type": "object" }, "mount": { "type": "string" }, "namespace": { "type": "string" }, "role": { "type": "string" }, "secrets": { "items": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "parameter": { "type": "string" }, "path": { "type": "string" }, "pkiData": { "additionalProperties": false, "properties": { "altNames": { "type": "string" }, "commonName": { "type": "string" }, "format": { "type": "string" }, "ipSans": { "type": "string" }, "otherSans": { "type": "string" }, "ttl": { "type": "string" }, "uriSans": { "type": "string" } }, "type": "object" }, "type": { "enum": ["", "secretV2", "secret", "pki"], "type": "string" } }, "required": ["key", "parameter", "path"], "type": "object" }, "minItems": 1, "type": "array" } }, "required": ["address", "authentication", "secrets"], "type": "object" }, "oauth2": { "additionalProperties": false, "properties": { "clientId": { "type": "string" }, "clientSecret": { "$ref": "#/$defs/accessKey" }, "scopes": { "items": { "type": "string" }, "type": "array" }, "tokenUrl": { "type": "string" }, "tokenUrlParams": { "additionalProperties": { "type": "string" }, "type": "object" }, "type": { "enum": ["clientCredentials"], "type": "string" } }, "required": ["clientId", "tokenUrl", "type"], "type": "object" }, "podIdentity": { "$ref": "#/$defs/podIdentity" }, "secretTargetRef": { "$ref": "#/$defs/configMapTargetRef" } }, "type": "object" } }, "required": ["spec"], "type": "object" },
        "HTTPScaledObject": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "additionalProperties": false, "properties": { "coldStartTimeoutFailoverRef": { "additionalProperties": false, "properties": { "port": { "format": "int32", "type": "integer" }, "portName": { "type": "string" }, "service": { "type": "string" }, "timeoutSeconds": { "format": "int32", "type": "integer" } }, "required": ["service"], "type": "object" }, "headers": { "items": { "additionalProperties": false, "properties": { "name": { "minLength": 1, "type": "string" }, "value": { "type": "string" } }, "required": ["name"], "type": "object" }, "type": "array" }, "hosts": { "items": { "type": "string" }, "type": "array" }, "initialCooldownPeriod": { "format": "int32", "type": "integer" }, "pathPrefixes": { "items": { "type": "string" }, "type": "array" }, "replicas": { "additionalProperties": false, "properties": { "max": { "format": "int32", "type": "integer" }, "min": { "format": "int32", "type": "integer" } }, "type": "object" }, "scaleTargetRef": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "port": { "format": "int32", "type": "integer" }, "portName": { "type": "string" }, "service": { "type": "string" } }, "required": ["service"], "type": "object" }, "scaledownPeriod": { "format": "int32", "type": "integer" }, "scalingMetric": { "additionalProperties": false, "properties": { "concurrency": { "additionalProperties": false, "properties": { "targetValue": { "type": "integer" } }, "type": "object" }, "requestRate": { "additionalProperties": false, "properties": { "granularity": { "type": "string" }, "targetValue": { "type": "integer" }, "window": { "type": "string" } }, "type": "object" } }, "type": "object" }, "targetPendingRequests": { "format": "int32", "type": "integer" }, "timeouts": { "additionalProperties": false, "properties": { "conditionWait": { "type": "string" }, "responseHeader": { "type": "string" } }, "type": "object" } }, "required": ["scaleTargetRef"], "type": "object" } }, "type": "object" },
        "accessKey": { "additionalProperties": false, "properties": { "valueFrom": { "$ref": "#/$defs/valueFrom2" } }, "required": ["valueFrom"], "type": "object" },
        "appArmorProfile": { "additionalProperties": false, "properties": { "localhostProfile": { "type": ["string", "null"] }, "type": { "type": "string" } }, "required": ["type"], "type": ["object", "null"] },
        "capabilities": { "additionalProperties": false, "properties": { "add": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "drop": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] } }, "type": ["object", "null"] },
        "claims": { "items": { "$ref": "#/$defs/claimsItem" }, "type": ["array", "null"] },
        "claimsItem": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "request": { "type": ["string", "null"] } }, "required": ["name"], "type": ["object", "null"] },
        "configMap": { "additionalProperties": false, "properties": { "items": { "$ref": "#/$defs/items" }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "type": ["object", "null"] },
        "configMapKeyRef": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "required": ["key"], "type": ["object", "null"] },
        "configMapRef": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "type": ["object", "null"] },
        "configMapTargetRef": { "items": { "$ref": "#/$defs/configMapTargetRefItem" }, "type": "array" },
        "configMapTargetRefItem": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "name": { "type": "string" }, "parameter": { "type": "string" } }, "required": ["key", "name", "parameter"], "type": "object" },
        "env": { "items": { "$ref": "#/$defs/envItem" }, "type": ["array", "null"] },
        "envFrom": { "items": { "$ref": "#/$defs/envFromItem" }, "type": ["array", "null"] },
        "envFromItem": { "additionalProperties": false, "properties": { "configMapRef": { "$ref": "#/$defs/configMapRef" }, "prefix": { "type": ["string", "null"] }, "secretRef": { "$ref": "#/$defs/configMapRef" } }, "type": ["object", "null"] },
        "envItem": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": ["string", "null"] }, "valueFrom": { "$ref": "#/$defs/valueFrom" } }, "required": ["name"], "type": ["object", "null"] },
        "exec": { "additionalProperties": false, "properties": { "command": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] } }, "type": ["object", "null"] },
        "fieldRef": { "additionalProperties": false, "properties": { "apiVersion": { "type": ["string", "null"] }, "fieldPath": { "type": "string" } }, "required": ["fieldPath"], "type": ["object", "null"] },
        "grpc": { "additionalProperties": false, "properties": { "port": { "format": "int32", "type": "integer" }, "service": { "type": ["string", "null"] } }, "required": ["port"], "type": ["object", "null"] },
        "httpGet": { "additionalProperties": false, "properties": { "host": { "type": ["string", "null"] }, "httpHeaders": { "$ref": "#/$defs/httpHeaders" }, "path": { "type": ["string", "null"] }, "port": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["integer", "null"] }] }, "scheme": { "type": ["string", "null"] } }, "required": ["port"], "type": ["object", "null"] },
        "httpHeaders": { "items": { "$ref": "#/$defs/httpHeadersItem" }, "type": ["array", "null"] },
        "httpHeadersItem": { "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": ["object", "null"] },
        "imagePullSecrets": { "items": { "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] } }, "type": ["object", "null"] }, "type": ["array", "null"] },
        "items": { "items": { "$ref": "#/$defs/itemsItem" }, "type": ["array", "null"] },
        "items2": { "items": { "$ref": "#/$defs/itemsItem2" }, "type": ["array", "null"] },
        "itemsItem": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "mode": { "format": "int32", "type": ["integer", "null"] }, "path": { "type": "string" } }, "required": ["key", "path"], "type": ["object", "null"] },
        "itemsItem2": { "additionalProperties": false, "properties": { "fieldRef": { "$ref": "#/$defs/fieldRef" }, "mode": { "format": "int32", "type": ["integer", "null"] }, "path": { "type": "string" }, "resourceFieldRef": { "$ref": "#/$defs/resourceFieldRef" } }, "required": ["path"], "type": ["object", "null"] },
        "labelSelector": { "additionalProperties": false, "properties": { "matchExpressions": { "$ref": "#/$defs/matchExpressions" }, "matchLabels": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] } }, "type": ["object", "null"] },
        "lifecycle": { "additionalProperties": false, "properties": { "postStart": { "$ref": "#/$defs/postStart" }, "preStop": { "$ref": "#/$defs/postStart" } }, "type": ["object", "null"] },
        "livenessProbe": { "additionalProperties": false, "properties": { "exec": { "$ref": "#/$defs/exec" }, "failureThreshold": { "format": "int32", "type": ["integer", "null"] }, "grpc": { "$ref": "#/$defs/grpc" }, "httpGet": { "$ref": "#/$defs/httpGet" }, "initialDelaySeconds": { "format": "int32", "type": ["integer", "null"] }, "periodSeconds": { "format": "int32", "type": ["integer", "null"] }, "successThreshold": { "format": "int32", "type": ["integer", "null"] }, "tcpSocket": { "$ref": "#/$defs/tcpSocket" }, "terminationGracePeriodSeconds": { "format": "int64", "type": ["integer", "null"] }, "timeoutSeconds": { "format": "int32", "type": ["integer", "null"] } }, "type": ["object", "null"] },
        "managedFields": { "items": { "$ref": "#/$defs/managedFieldsItem" }, "type": ["array", "null"] },
        "managedFieldsItem": { "additionalProperties": false, "properties": { "apiVersion": { "type": ["string", "null"] }, "fieldsType": { "type": ["string", "null"] }, "fieldsV1": { "type": ["object", "null"] }, "manager": { "type": ["string", "null"] }, "operation": { "type": ["string", "null"] }, "subresource": { "type": ["string", "null"] }, "time": { "format": "date-time", "type": ["string", "null"] } }, "type": ["object", "null"] },
        "matchExpressions": { "items": { "$ref": "#/$defs/matchExpressionsItem" }, "type": ["array", "null"] },
        "matchExpressionsItem": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "operator": { "type": "string" }, "values": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] } }, "required": ["key", "operator"], "type": ["object", "null"] },
        "metadata": { "additionalProperties": false, "properties": { "annotations": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "creationTimestamp": { "format": "date-time", "type": ["string", "null"] }, "deletionGracePeriodSeconds": { "format": "int64", "type": ["integer", "null"] }, "deletionTimestamp": { "format": "date-time", "type": ["string", "null"] }, "finalizers": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "generateName": { "type": ["string", "null"] }, "generation": { "format": "int64", "type": ["integer", "null"] }, "labels": { "additionalProperties": { "type": ["string", "null"] }, "type": ["object", "null"] }, "managedFields": { "$ref": "#/$defs/managedFields" }, "name": { "maxLength": 63, "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] }, "ownerReferences": { "$ref": "#/$defs/ownerReferences" }, "resourceVersion": { "type": ["string", "null"] }, "selfLink": { "type": ["string", "null"] }, "uid": { "type": ["string", "null"] } }, "type": ["object", "null"] },
        "ownerReferences": { "items": { "$ref": "#/$defs/ownerReferencesItem" }, "type": ["array", "null"] },
        "ownerReferencesItem": { "additionalProperties": false, "properties": { "apiVersion": { "type": "string" }, "blockOwnerDeletion": { "type": ["boolean", "null"] }, "controller": { "type": ["boolean", "null"] }, "kind": { "type": "string" }, "name": { "type": "string" }, "uid": { "type": "string" } }, "required": ["apiVersion", "kind", "name", "uid"], "type": ["object", "null"] },
        "podAffinity": { "additionalProperties": false, "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/$defs/preferredDuringSchedulingIgnoredDuringExecution" }, "requiredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/$defs/requiredDuringSchedulingIgnoredDuringExecution" } }, "type": ["object", "null"] },
        "podAffinityTerm": { "additionalProperties": false, "properties": { "labelSelector": { "$ref": "#/$defs/labelSelector" }, "matchLabelKeys": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "mismatchLabelKeys": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "namespaceSelector": { "$ref": "#/$defs/labelSelector" }, "namespaces": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "topologyKey": { "type": "string" } }, "required": ["topologyKey"], "type": "object" },
        "podIdentity": { "additionalProperties": false, "properties": { "externalID": { "type": "string" }, "identityAuthorityHost": { "type": "string" }, "identityId": { "type": "string" }, "identityOwner": { "enum": ["keda", "workload"], "type": "string" }, "identityTenantId": { "type": "string" }, "provider": { "enum": ["azure-workload", "gcp", "aws", "aws-eks", "none"], "type": "string" }, "roleArn": { "type": "string" } }, "required": ["provider"], "type": "object" },
        "policies": { "items": { "$ref": "#/$defs/policiesItem" }, "type": "array" },
        "policiesItem": { "additionalProperties": false, "properties": { "periodSeconds": { "format": "int32", "type": "integer" }, "type": { "type": "string" }, "value": { "format": "int32", "type": "integer" } }, "required": ["periodSeconds", "type", "value"], "type": "object" },
        "ports": { "items": { "$ref": "#/$defs/portsItem" }, "type": ["array", "null"] },
        "portsItem": { "additionalProperties": false, "properties": { "containerPort": { "format": "int32", "type": "integer" }, "hostIP": { "type": ["string", "null"] }, "hostPort": { "format": "int32", "type": ["integer", "null"] }, "name": { "type": ["string", "null"] }, "protocol": { "type": ["string", "null"] } }, "required": ["containerPort"], "type": ["object", "null"] },
        "postStart": { "additionalProperties": false, "properties": { "exec": { "$ref": "#/$defs/exec" }, "httpGet": { "$ref": "#/$defs/httpGet" }, "sleep": { "$ref": "#/$defs/sleep" }, "tcpSocket": { "$ref": "#/$defs/tcpSocket" } }, "type": ["object", "null"] },
        "preferredDuringSchedulingIgnoredDuringExecution": { "items": { "$ref": "#/$defs/preferredDuringSchedulingIgnoredDuringExecutionItem" }, "type": ["array", "null"] },
        "preferredDuringSchedulingIgnoredDuringExecutionItem": { "additionalProperties": false, "properties": { "podAffinityTerm": { "$ref": "#/$defs/podAffinityTerm" }, "weight": { "format": "int32", "type": "integer" } }, "required": ["weight", "podAffinityTerm"], "type": ["object", "null"] },
        "requiredDuringSchedulingIgnoredDuringExecution": { "items": { "$ref": "#/$defs/requiredDuringSchedulingIgnoredDuringExecutionItem" }, "type": ["array", "null"] },
        "requiredDuringSchedulingIgnoredDuringExecutionItem": { "additionalProperties": false, "properties": { "labelSelector": { "$ref": "#/$defs/labelSelector" }, "matchLabelKeys": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "mismatchLabelKeys": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "namespaceSelector": { "$ref": "#/$defs/labelSelector" }, "namespaces": { "items": { "type": ["string", "null"] }, "type": ["array", "null"] }, "topologyKey": { "type": "string" } }, "required": ["topologyKey"], "type": ["object", "null"] },
        "resizePolicy": { "items": { "$ref": "#/$defs/resizePolicyItem" }, "type": ["array", "null"] },
        "resizePolicyItem": { "additionalProperties": false, "properties": { "resourceName": { "type": "string" }, "restartPolicy": { "type": "string" } }, "required": ["resourceName", "restartPolicy"], "type": ["object", "null"] },
        "resourceFieldRef": { "additionalProperties": false, "properties": { "containerName": { "type": ["string", "null"] }, "divisor": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "resource": { "type": "string" } }, "required": ["resource"], "type": ["object", "null"] },
        "resources": { "additionalProperties": false, "properties": { "claims": { "$ref": "#/$defs/claims" }, "limits": { "additionalProperties": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "type": ["object", "null"] }, "requests": { "additionalProperties": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["number", "null"] }] }, "type": ["object", "null"] } }, "type": ["object", "null"] },
        "scaleDown": { "additionalProperties": false, "properties": { "policies": { "$ref": "#/$defs/policies" }, "selectPolicy": { "type": "string" }, "stabilizationWindowSeconds": { "format": "int32", "type": "integer" }, "tolerance": { "$ref": "#/$defs/tolerance" } }, "type": "object" },
        "seLinuxOptions": { "additionalProperties": false, "properties": { "level": { "type": ["string", "null"] }, "role": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] } }, "type": ["object", "null"] },
        "secretKeyRef": { "additionalProperties": false, "properties": { "key": { "type": "string" }, "name": { "type": "string" } }, "required": ["key", "name"], "type": "object" },
        "securityContext": { "additionalProperties": false, "properties": { "allowPrivilegeEscalation": { "type": ["boolean", "null"] }, "appArmorProfile": { "$ref": "#/$defs/appArmorProfile" }, "capabilities": { "$ref": "#/$defs/capabilities" }, "privileged": { "type": ["boolean", "null"] }, "procMount": { "type": ["string", "null"] }, "readOnlyRootFilesystem": { "type": ["boolean", "null"] }, "runAsGroup": { "format": "int64", "type": ["integer", "null"] }, "runAsNonRoot": { "type": ["boolean", "null"] }, "runAsUser": { "format": "int64", "type": ["integer", "null"] }, "seLinuxOptions": { "$ref": "#/$defs/seLinuxOptions" }, "seccompProfile": { "$ref": "#/$defs/appArmorProfile" }, "windowsOptions": { "$ref": "#/$defs/windowsOptions" } }, "type": ["object", "null"] },
        "sleep": { "additionalProperties": false, "properties": { "seconds": { "format": "int64", "type": "integer" } }, "required": ["seconds"], "type": ["object", "null"] },
        "tcpSocket": { "additionalProperties": false, "properties": { "host": { "type": ["string", "null"] }, "port": { "oneOf": [{ "type": ["string", "null"] }, { "type": ["integer", "null"] }] } }, "required": ["port"], "type": ["object", "null"] },
        "tolerance": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" },
        "valueFrom": { "additionalProperties": false, "properties": { "configMapKeyRef": { "$ref": "#/$defs/configMapKeyRef" }, "fieldRef": { "$ref": "#/$defs/fieldRef" }, "resourceFieldRef": { "$ref": "#/$defs/resourceFieldRef" }, "secretKeyRef": { "$ref": "#/$defs/configMapKeyRef" } }, "type": ["object", "null"] },
        "valueFrom2": { "additionalProperties": false, "properties": { "secretKeyRef": { "$ref": "#/$defs/secretKeyRef" } }, "required": ["secretKeyRef"], "type": "object" },
        "volumeDevices": { "items": { "$ref": "#/$defs/volumeDevicesItem" }, "type": ["array", "null"] },
        "volumeDevicesItem": { "additionalProperties": false, "properties": { "devicePath": { "type": "string" }, "name": { "type": "string" } }, "required": ["name", "devicePath"], "type": ["object", "null"] },
        "volumeMounts": { "items": { "$ref": "#/$defs/volumeMountsItem" }, "type": ["array", "null"] },
        "volumeMountsItem": { "additionalProperties": false, "properties": { "mountPath": { "type": "string" }, "mountPropagation": { "type": ["string", "null"] }, "name": { "type": "string" }, "readOnly": { "type": ["boolean", "null"] }, "recursiveReadOnly": { "type": ["string", "null"] }, "subPath": { "type": ["string", "null"] }, "subPathExpr": { "type": ["string", "null"] } }, "required": ["name", "mountPath"], "type": ["object", "null"] },
        "windowsOptions": { "additionalProperties": false, "properties": { "gmsaCredentialSpec": { "type": ["string", "null"] }, "gmsaCredentialSpecName": { "type": ["string", "null"] }, "hostProcess": { "type": ["boolean", "null"] }, "runAsUserName": { "type": ["string", "null"] } }, "type": ["object", "null"] }
    }
};

;// CONCATENATED MODULE: ./src/targets/aks/validate.ts
/**
 * Validation of rendered manifests before anything reaches a cluster:
 * 1. every object against its schema: KEDA 2.20.2 CRDs (ScaledObject, TriggerAuthentication),
 *    KEDA HTTP add-on 0.15 (HTTPScaledObject), Kubernetes 1.32 strict JSON schemas (Deployment,
 *    Service, Secret, ServiceAccount); unknown fields fail (schemas.generated.ts, from schemas/);
 * 2. the rules no schema expresses: CEL rules of the CRDs, a scaler-type allow-list and each
 *    scaler's required metadata, every `*FromEnv` naming an env var the target container has,
 *    references (scaleTargetRef, authenticationRef, Secret keys, Service, ServiceAccount) that
 *    resolve to rendered objects, Deployment selectors matching their pods, no `spec.replicas` on a
 *    Deployment KEDA scales (each apply would reset KEDA's count), images by digest, DNS names
 *    and label syntax.
 * Problems are collected, never thrown one at a time: validateManifests throws one ActionError that
 * lists each with the object kind/name and the JSON path.
 */





const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (o, ...path) => path.reduce((n, k) => (isObj(n) || Array.isArray(n) ? n[k] : undefined), o);
const str = (v) => (typeof v === 'string' ? v : undefined);
const pointer = (...path) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** Metadata each emitted scaler needs (KEDA 2.20): every group must have one of its keys. */
const REQUIRED_METADATA = {
    'azure-queue': [['queueName'], ['connectionFromEnv', 'accountName']],
    'azure-servicebus': [
        ['queueName', 'topicName'],
        ['connectionFromEnv', 'namespace']
    ],
    'azure-eventhub': [
        ['connectionFromEnv', 'eventHubNamespace'],
        ['storageConnectionFromEnv', 'storageAccountName']
    ],
    'azure-blob': [['blobContainerName'], ['connectionFromEnv', 'accountName']],
    kafka: [['bootstrapServers', 'bootstrapServersFromEnv'], ['consumerGroup']],
    rabbitmq: [['host', 'hostFromEnv'], ['queueName']],
    cron: [['start'], ['end'], ['timezone'], ['desiredReplicas']],
    mssql: [['query'], ['targetValue'], ['connectionString', 'connectionStringFromEnv', 'host']]
};
/** Metadata keys an azure-workload TriggerAuthentication needs instead of a connection. */
const IDENTITY_METADATA = {
    'azure-queue': ['accountName'],
    'azure-blob': ['accountName'],
    'azure-servicebus': ['namespace'],
    'azure-eventhub': ['eventHubNamespace', 'storageAccountName']
};
let validate_ajv;
const validators = new Map();
function schemaFor(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    const def = Object.prototype.hasOwnProperty.call(KIND_SCHEMAS, key) ? KIND_SCHEMAS[key] : undefined;
    if (!def)
        return undefined;
    let v = validators.get(key);
    if (!v) {
        if (!validate_ajv) {
            validate_ajv = new ajv.Ajv({ allErrors: true, strict: false, logger: false });
            // The schemas' formats; ajv-formats is not needed for these (and `date-time` only appears in
            // fields the action never renders).
            validate_ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
            validate_ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
            validate_ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
            validate_ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
            validate_ajv.addSchema(SCHEMA_BUNDLE);
        }
        v = validate_ajv.getSchema(`${SCHEMA_BUNDLE_ID}#/$defs/${def}`);
        if (!v)
            throw new Error(`schema ${def} missing from the bundle`);
        validators.set(key, v);
    }
    return v;
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return { path: `${e.instancePath}/${String(p.additionalProperty)}`, message: 'unknown field (not in the schema)' };
        case 'required':
            return { path: `${e.instancePath}/${String(p.missingProperty)}`, message: 'required field is missing' };
        case 'enum':
            return { path: e.instancePath, message: `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
        default:
            return { path: e.instancePath, message: e.message ?? e.keyword };
    }
}
/** Every problem of the objects, schema and semantic; [] when they are fine. */
function checkManifests(objects) {
    const problems = [];
    const ids = objects.map((o, i) => {
        const kind = str(get(o, 'kind'));
        const name = str(get(o, 'metadata', 'name'));
        return kind && name ? `${kind}/${name}` : `#${i}${kind ? ` (${kind})` : ''}`;
    });
    const add = (i, path, message) => problems.push({ object: ids[i], path, message });
    // --- index ---
    const byKind = new Map();
    objects.forEach((o, i) => {
        if (!isObj(o)) {
            add(i, '', 'not an object');
            return;
        }
        const kind = str(o.kind) ?? '';
        const name = str(get(o, 'metadata', 'name')) ?? '';
        const m = byKind.get(kind) ?? new Map();
        if (m.has(name))
            add(i, '/metadata/name', `duplicate ${kind} ${JSON.stringify(name)}`);
        m.set(name, { obj: o, index: i });
        byKind.set(kind, m);
    });
    const find = (kind, name) => (typeof name === 'string' ? byKind.get(kind)?.get(name) : undefined);
    // --- schema + generic metadata rules ---
    const namespaces = new Set();
    objects.forEach((o, i) => {
        if (!isObj(o))
            return;
        const apiVersion = str(o.apiVersion) ?? '';
        const kind = str(o.kind) ?? '';
        const validate = schemaFor(apiVersion, kind);
        if (!validate)
            add(i, '/kind', `${apiVersion}/${kind} is not a kind this action renders`);
        else if (!validate(o))
            for (const e of validate.errors ?? [])
                add(i, describe(e).path, describe(e).message);
        const name = str(get(o, 'metadata', 'name')) ?? '';
        const nameRe = kind === 'Service' ? DNS1035_LABEL : patterns/* DNS1123_LABEL_RE */.iK;
        if (!nameRe.test(name) || name.length > 63)
            add(i, '/metadata/name', `${JSON.stringify(name)} is not a ${kind === 'Service' ? 'DNS-1035' : 'DNS-1123'} label of at most 63 characters`);
        const ns = str(get(o, 'metadata', 'namespace'));
        if (ns === undefined)
            add(i, '/metadata/namespace', 'namespace is missing');
        else {
            namespaces.add(ns);
            if (!patterns/* DNS1123_LABEL_RE */.iK.test(ns) || ns.length > patterns/* DNS1123_LABEL_MAX */.te)
                add(i, '/metadata/namespace', `${JSON.stringify(ns)} is not a DNS-1123 label`);
        }
        const checkLabels = (labels, path) => {
            if (!isObj(labels))
                return;
            for (const [k, v] of Object.entries(labels)) {
                if (!QUALIFIED_NAME.test(k) || k.split('/').pop().length > 63)
                    add(i, pointer(...path, k), 'label key is not a qualified name');
                if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v))
                    add(i, pointer(...path, k), `label value ${JSON.stringify(v)} is not valid (≤ 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)`);
            }
        };
        checkLabels(get(o, 'metadata', 'labels'), ['metadata', 'labels']);
        checkLabels(get(o, 'spec', 'template', 'metadata', 'labels'), ['spec', 'template', 'metadata', 'labels']);
        const annotations = get(o, 'metadata', 'annotations');
        if (isObj(annotations))
            for (const k of Object.keys(annotations))
                if (!QUALIFIED_NAME.test(k))
                    add(i, pointer('metadata', 'annotations', k), 'annotation key is not a qualified name');
    });
    if (namespaces.size > 1)
        problems.push({ object: '(all)', path: '/metadata/namespace', message: `objects span several namespaces (${[...namespaces].sort().join(', ')})` });
    // --- who scales which Deployment ---
    const scaledBy = new Map();
    const claim = (i, path, deployment) => {
        const prior = scaledBy.get(deployment);
        if (prior)
            add(i, path, `Deployment ${deployment} is already scaled by ${prior}`);
        scaledBy.set(deployment, ids[i]);
    };
    /** Env names the first (or named) container of a Deployment has: env[] and keys of envFrom Secrets. */
    const envOf = (deployment, container) => {
        const containers = get(deployment, 'spec', 'template', 'spec', 'containers');
        const list = Array.isArray(containers) ? containers : [];
        const c = container ? list.find((x) => get(x, 'name') === container) : list[0];
        const names = new Set();
        const unknown = [];
        for (const e of get(c, 'env') ?? [])
            if (str(get(e, 'name')))
                names.add(get(e, 'name'));
        for (const src of get(c, 'envFrom') ?? []) {
            const prefix = str(get(src, 'prefix')) ?? '';
            const secretName = get(src, 'secretRef', 'name');
            if (secretName !== undefined) {
                const secret = find('Secret', secretName);
                if (!secret)
                    unknown.push(`Secret ${String(secretName)}`);
                else
                    for (const k of [...Object.keys(get(secret.obj, 'data') ?? {}), ...Object.keys(get(secret.obj, 'stringData') ?? {})])
                        names.add(prefix + k);
            }
            if (get(src, 'configMapRef') !== undefined)
                unknown.push(`ConfigMap ${String(get(src, 'configMapRef', 'name'))}`);
        }
        return { names, unknown };
    };
    for (const [name, { obj, index: i }] of byKind.get('ScaledObject') ?? []) {
        void name;
        const spec = get(obj, 'spec');
        const targetName = get(spec, 'scaleTargetRef', 'name');
        const targetKind = str(get(spec, 'scaleTargetRef', 'kind')) ?? 'Deployment';
        const targetApi = str(get(spec, 'scaleTargetRef', 'apiVersion')) ?? 'apps/v1';
        const target = targetKind === 'Deployment' && targetApi === 'apps/v1' ? find('Deployment', targetName) : undefined;
        if (!target)
            add(i, '/spec/scaleTargetRef', `does not name a rendered apps/v1 Deployment (${targetApi} ${targetKind} ${JSON.stringify(targetName)})`);
        else
            claim(i, '/spec/scaleTargetRef/name', targetName);
        const min = get(spec, 'minReplicaCount');
        const max = get(spec, 'maxReplicaCount');
        if (typeof min === 'number' && min > (typeof max === 'number' ? max : 100))
            add(i, '/spec/minReplicaCount', `minReplicaCount ${min} is above maxReplicaCount ${typeof max === 'number' ? max : '(default 100)'}`);
        const triggers = get(spec, 'triggers');
        if (!Array.isArray(triggers) || triggers.length === 0) {
            add(i, '/spec/triggers', 'no triggers: KEDA rejects an empty trigger list');
            continue;
        }
        const env = target ? envOf(target.obj, str(get(spec, 'scaleTargetRef', 'envSourceContainerName'))) : undefined;
        const triggerNames = new Set();
        triggers.forEach((t, ti) => {
            const at = (...p) => pointer('spec', 'triggers', ti, ...p);
            const type = str(get(t, 'type')) ?? '';
            if (!SCALER_TYPES.includes(type))
                add(i, at('type'), `scaler type ${JSON.stringify(type)} is not one the action emits (${SCALER_TYPES.join(', ')})`);
            const tname = str(get(t, 'name'));
            if (tname !== undefined) {
                if (triggerNames.has(tname))
                    add(i, at('name'), `duplicate trigger name ${JSON.stringify(tname)}`);
                triggerNames.add(tname);
            }
            const md = get(t, 'metadata');
            const metadata = isObj(md) ? md : {};
            for (const group of REQUIRED_METADATA[type] ?? []) {
                if (!group.some((k) => typeof metadata[k] === 'string' && metadata[k] !== ''))
                    add(i, at('metadata', group[0]), `${type} needs ${group.join(' or ')}`);
            }
            if (type === 'azure-servicebus' && typeof metadata.topicName === 'string' && typeof metadata.subscriptionName !== 'string')
                add(i, at('metadata', 'subscriptionName'), 'azure-servicebus with topicName needs subscriptionName');
            for (const [k, v] of Object.entries(metadata)) {
                if (!/FromEnv$/.test(k) || !env)
                    continue;
                if (typeof v !== 'string' || !env.names.has(v)) {
                    const where = env.unknown.length ? ` (cannot see into ${env.unknown.join(', ')})` : '';
                    add(i, at('metadata', k), `${JSON.stringify(v)} is not an env var of the target container: not in its env nor in the rendered Secret it loads${where}`);
                }
            }
            const ref = get(t, 'authenticationRef');
            if (ref !== undefined) {
                const refKind = str(get(ref, 'kind')) ?? 'TriggerAuthentication';
                if (refKind === 'TriggerAuthentication') {
                    const ta = find('TriggerAuthentication', get(ref, 'name'));
                    if (!ta)
                        add(i, at('authenticationRef', 'name'), `TriggerAuthentication ${JSON.stringify(get(ref, 'name'))} is not rendered`);
                    else if (get(ta.obj, 'spec', 'podIdentity', 'provider') === 'azure-workload') {
                        for (const k of IDENTITY_METADATA[type] ?? [])
                            if (typeof metadata[k] !== 'string')
                                add(i, at('metadata', k), `${type} with workload identity needs ${k}`);
                    }
                }
            }
        });
    }
    for (const [, { obj, index: i }] of byKind.get('HTTPScaledObject') ?? []) {
        const ref = get(obj, 'spec', 'scaleTargetRef');
        if ((get(ref, 'port') === undefined) === (get(ref, 'portName') === undefined))
            add(i, '/spec/scaleTargetRef', 'must define exactly one of port and portName');
        const service = find('Service', get(ref, 'service'));
        if (!service)
            add(i, '/spec/scaleTargetRef/service', `Service ${JSON.stringify(get(ref, 'service'))} is not rendered`);
        else {
            const ports = get(service.obj, 'spec', 'ports') ?? [];
            const ok = ports.some((p) => (get(ref, 'port') !== undefined ? get(p, 'port') === get(ref, 'port') : get(p, 'name') === get(ref, 'portName')));
            if (!ok)
                add(i, '/spec/scaleTargetRef', `Service ${String(get(ref, 'service'))} has no such port`);
        }
        const kind = str(get(ref, 'kind')) ?? 'Deployment';
        const deploymentName = get(ref, 'name');
        if (kind !== 'Deployment' || !find('Deployment', deploymentName))
            add(i, '/spec/scaleTargetRef/name', `does not name a rendered Deployment (${JSON.stringify(deploymentName)})`);
        else
            claim(i, '/spec/scaleTargetRef/name', deploymentName);
        const min = get(obj, 'spec', 'replicas', 'min');
        const max = get(obj, 'spec', 'replicas', 'max');
        if (typeof min === 'number' && typeof max === 'number' && min > max)
            add(i, '/spec/replicas', `min ${min} is above max ${max}`);
    }
    for (const [, { obj, index: i }] of byKind.get('TriggerAuthentication') ?? []) {
        const refs = get(obj, 'spec', 'secretTargetRef');
        if (!Array.isArray(refs))
            continue;
        refs.forEach((r, ri) => {
            const secret = find('Secret', get(r, 'name'));
            if (!secret)
                add(i, pointer('spec', 'secretTargetRef', ri, 'name'), `Secret ${JSON.stringify(get(r, 'name'))} is not rendered`);
            else {
                const key = get(r, 'key');
                const has = (m) => isObj(m) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(m, key);
                if (!has(get(secret.obj, 'data')) && !has(get(secret.obj, 'stringData')))
                    add(i, pointer('spec', 'secretTargetRef', ri, 'key'), `Secret ${String(get(r, 'name'))} has no key ${JSON.stringify(key)}`);
            }
        });
    }
    for (const [name, { obj, index: i }] of byKind.get('Deployment') ?? []) {
        const selector = get(obj, 'spec', 'selector', 'matchLabels');
        const podLabels = get(obj, 'spec', 'template', 'metadata', 'labels');
        if (!isObj(selector) || Object.keys(selector).length === 0)
            add(i, '/spec/selector/matchLabels', 'empty selector');
        else
            for (const [k, v] of Object.entries(selector))
                if (get(podLabels, k) !== v)
                    add(i, pointer('spec', 'selector', 'matchLabels', k), 'selector does not match the pod template labels');
        if (scaledBy.has(name) && get(obj, 'spec', 'replicas') !== undefined) {
            add(i, '/spec/replicas', `set on a Deployment that ${scaledBy.get(name)} scales: every apply would reset the replica count KEDA manages`);
        }
        const podSpec = get(obj, 'spec', 'template', 'spec');
        const sa = get(podSpec, 'serviceAccountName');
        if (sa !== undefined && !find('ServiceAccount', sa))
            add(i, '/spec/template/spec/serviceAccountName', `ServiceAccount ${JSON.stringify(sa)} is not rendered`);
        const containers = get(podSpec, 'containers');
        (Array.isArray(containers) ? containers : []).forEach((c, ci) => {
            const image = get(c, 'image');
            if (typeof image !== 'string' || !patterns/* DIGEST_REFERENCE_RE */.$N.test(image))
                add(i, pointer('spec', 'template', 'spec', 'containers', ci, 'image'), `${JSON.stringify(image)} is not an image digest reference (…@sha256:<64 hex>)`);
            const envFrom = get(c, 'envFrom');
            (Array.isArray(envFrom) ? envFrom : []).forEach((src, si) => {
                const secretName = get(src, 'secretRef', 'name');
                if (secretName !== undefined && get(src, 'secretRef', 'optional') !== true && !find('Secret', secretName)) {
                    add(i, pointer('spec', 'template', 'spec', 'containers', ci, 'envFrom', si, 'secretRef', 'name'), `Secret ${JSON.stringify(secretName)} is not rendered`);
                }
            });
        });
    }
    for (const [, { obj, index: i }] of byKind.get('Service') ?? []) {
        const selector = get(obj, 'spec', 'selector');
        if (!isObj(selector) || Object.keys(selector).length === 0) {
            add(i, '/spec/selector', 'a Service without selector routes to nothing rendered here');
            continue;
        }
        const matches = [...(byKind.get('Deployment')?.values() ?? [])].some(({ obj: d }) => Object.entries(selector).every(([k, v]) => get(d, 'spec', 'template', 'metadata', 'labels', k) === v));
        if (!matches)
            add(i, '/spec/selector', 'selects no rendered Deployment pods');
    }
    return problems;
}
/** Throws one ActionError listing every problem; returns quietly when the manifests are valid. */
function validateManifests(objects) {
    const problems = checkManifests(objects);
    if (problems.length === 0)
        return;
    throw new errors.ActionError(`${problems.length} problem(s) in the rendered manifests; nothing was applied:\n${problems.map((p) => `- ${p.object} ${p.path || '/'}: ${p.message}`).join('\n')}`, 'This is a bug in the action if the manifests were rendered by it; please report it with this message.');
}

// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/targets/aks/kubectl.ts
/**
 * kubectl on the shared `Cli` wrapper (util/exec): argument arrays only, the kubeconfig chosen by the action, manifests by
 * file (the settings Secret goes to a 0600 temp file, never argv or a log line).
 */



class KubectlError extends exec.CliError {
    constructor(args, result, hint) {
        super(`kubectl ${kubectl_describe(args)}`, result, hint ?? kubectlHint((0,exec/* outputTail */.ci)(result, 12)));
        this.name = 'KubectlError';
    }
}
/** How a failed kubectl command is named: its first two words that are not flags (`apply`, `rollout status`). */
function kubectl_describe(args) {
    return args
        .filter((a) => !a.startsWith('-'))
        .slice(0, 2)
        .join(' ');
}
function kubectlHint(detail) {
    if (/Unauthorized|You must be logged in/i.test(detail))
        return 'The kubeconfig\'s credentials were refused: for AKS with Entra ID, the identity needs "Azure Kubernetes Service RBAC Writer" (or cluster-admin) and kubelogin may be required.';
    if (/forbidden/i.test(detail))
        return 'The identity may not do this in the namespace: grant it "Azure Kubernetes Service RBAC Writer" on the cluster or namespace.';
    if (/connection refused|no such host|i\/o timeout|Unable to connect/i.test(detail))
        return 'The cluster API server is not reachable from this runner (private cluster? authorized IP ranges?).';
    return undefined;
}
/**
 * The oldest kubectl this target supports: 1.27, the first whose apply and validation read the API
 * server's OpenAPI v3 documents by default (what current AKS API servers and the test cluster
 * serve); server-side apply with --field-manager and --force-conflicts is GA since 1.22.
 * Kubernetes supports kubectl within one minor version of the API server.
 */
const KUBECTL_MIN_MINOR = 27;
/** `kubectl version --client --output=json` → its version, or undefined when it does not say. */
function kubectlVersion(json) {
    try {
        const v = JSON.parse(json).clientVersion;
        const minor = Number.parseInt(v?.minor ?? '', 10);
        if (v?.major !== '1' || Number.isNaN(minor))
            return undefined;
        return { minor, gitVersion: v.gitVersion ?? `v1.${minor}` };
    }
    catch {
        return undefined;
    }
}
/** Checks before any cluster call that kubectl is there and recent enough; says which version it found. */
async function requireKubectl(bin = 'kubectl') {
    const need = `kubectl 1.${KUBECTL_MIN_MINOR} or newer`;
    const install = `Install ${need} on the runner (azure/setup-kubectl); GitHub-hosted Ubuntu runners have one.`;
    let r;
    try {
        r = await (0,exec/* execArgs */.Lf)(bin, ['version', '--client', '--output=json'], { timeoutMs: 30_000, quiet: true });
    }
    catch (e) {
        throw new errors.ActionError(`target: aks runs kubectl against the cluster, and kubectl cannot be run here: ${e.message}.`, install);
    }
    const v = kubectlVersion(r.stdout);
    if (r.code !== 0 || !v)
        throw new errors.ActionError(`kubectl did not say its version (exit ${r.code}): ${(0,exec/* outputTail */.ci)(r, 2).split('\n').join(' ')}`, install);
    if (v.minor < KUBECTL_MIN_MINOR)
        throw new errors.ActionError(`kubectl ${v.gitVersion} is too old: target aks needs ${need}.`, install);
    core.info(`kubectl ${v.gitVersion}.`);
    return v.gitVersion;
}
class Kubectl {
    kubeconfig;
    bin;
    cli;
    constructor(kubeconfig, bin = 'kubectl') {
        this.kubeconfig = kubeconfig;
        this.bin = bin;
        this.cli = new exec.Cli(bin, {
            name: 'kubectl',
            installHint: 'Install kubectl on the runner (azure/setup-kubectl); GitHub-hosted Ubuntu runners have it.',
            fail: (args, result, hint) => new KubectlError(args, result, hint),
            env: () => (this.kubeconfig ? { KUBECONFIG: this.kubeconfig } : {})
        });
    }
    run(args, opts = {}) {
        return this.cli.run(args, opts);
    }
    ok(args, opts = {}) {
        return this.cli.ok(args, opts);
    }
    async json(args) {
        const r = await this.ok([...args, '-o', 'json'], { quiet: true });
        return JSON.parse(r.stdout);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/azure/arm.ts
var arm = __webpack_require__(51201);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(69488);
;// CONCATENATED MODULE: ./src/targets/aks/kubeconfig.ts
/**
 * Where kubectl's credentials come from: KUBECONFIG from the environment (e.g. after
 * azure/aks-set-context), or `cluster-name` + `cluster-resource-group`: the cluster user
 * credentials through ARM, written to a 0600 temp file that the post step removes.
 */





async function kubeconfigFromArm(azure, subscriptionId, resourceGroup, cluster, tmpRoot) {
    const { ContainerServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 77744));
    const client = new ContainerServiceClient(azure.credential, subscriptionId, (0,arm/* armClientOptions */.IL)(azure.cloud));
    const result = await (0,arm/* armCall */.JS)(`listClusterUserCredential of AKS cluster ${cluster} in resource group ${resourceGroup}`, () => client.managedClusters.listClusterUserCredentials(resourceGroup, cluster), {
        hint: (status) => status === 403
            ? 'The identity needs "Azure Kubernetes Service Cluster User Role" on the cluster to read its kubeconfig.'
            : status === 404
                ? 'Check cluster-name, cluster-resource-group and subscription-id.'
                : undefined
    });
    const value = result.kubeconfigs?.[0]?.value;
    if (!value)
        throw new errors.ActionError(`listClusterUserCredential of ${cluster} returned no kubeconfig.`);
    const text = typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : Buffer.from(value).toString('utf8');
    for (const m of text.matchAll(/^\s*(token|client-key-data|client-certificate-data|password):\s*(\S+)/gm))
        (0,mask/* secret */.rJ)(m[2]);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpRoot, 'kubeconfig-'));
    const path = (0,external_node_path_.join)(dir, 'config');
    (0,external_node_fs_.writeFileSync)(path, text, { mode: 0o600 });
    return path;
}

;// CONCATENATED MODULE: ./src/targets/aks/cluster.ts
/**
 * What the aks target does to a cluster, through kubectl: KEDA check, namespace, server-side
 * apply, prune, rollout wait with diagnostics, rollout undo, snapshot and restore of the objects a
 * deploy replaces, teardown. Everything by argument arrays; manifests with real Secret data go
 * through a 0600 temp file, deleted after.
 */







const FIELD_MANAGER = MANAGED_BY;
/** Label on namespaces the action created, so teardown deletes only those. */
const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';
const BUILTIN_KINDS = ['deployments.apps', 'services', 'secrets', 'serviceaccounts'];
const KEDA_KINDS = ['scaledobjects.keda.sh', 'triggerauthentications.keda.sh'];
const HTTP_ADDON_KINDS = ['httpscaledobjects.http.keda.sh'];
const refKey = (o) => `${o.kind}/${o.name}`;
async function hasCrd(k, name) {
    const r = await k.run(['get', 'customresourcedefinitions.apiextensions.k8s.io', name, '-o', 'name'], { quiet: true });
    return r.code === 0;
}
async function requireKeda(k, needsHttpAddon) {
    const [keda, http] = await Promise.all([
        hasCrd(k, 'scaledobjects.keda.sh'),
        needsHttpAddon ? hasCrd(k, 'httpscaledobjects.http.keda.sh') : Promise.resolve(true)
    ]);
    if (!keda) {
        throw new errors.ActionError('KEDA is not installed on this cluster: the CustomResourceDefinition scaledobjects.keda.sh is missing.', 'Enable the AKS KEDA add-on: az aks update --resource-group <rg> --name <cluster> --enable-keda (the action never installs KEDA itself).');
    }
    if (!http) {
        throw new errors.ActionError('http-scale: keda-http needs the KEDA HTTP add-on, and httpscaledobjects.http.keda.sh is missing.', 'Install the KEDA HTTP add-on, or use http-scale: none.');
    }
}
/** The objects of this instance in the namespace (by the instance and managed-by labels). */
async function listInstance(k, namespace, instance) {
    const [keda, http] = await Promise.all([hasCrd(k, 'scaledobjects.keda.sh'), hasCrd(k, 'httpscaledobjects.http.keda.sh')]);
    const kinds = [...BUILTIN_KINDS, ...(keda ? KEDA_KINDS : []), ...(http ? HTTP_ADDON_KINDS : [])];
    const ns = await k.run(['get', 'namespace', namespace, '-o', 'name'], { quiet: true });
    if (ns.code !== 0)
        return [];
    const list = await k.json([
        'get',
        kinds.join(','),
        '-n',
        namespace,
        '-l',
        `app.kubernetes.io/instance=${instance},app.kubernetes.io/managed-by=${MANAGED_BY}`
    ]);
    return list.items.map((i) => ({ kind: i.kind, name: i.metadata.name })).sort((a, b) => refKey(a).localeCompare(refKey(b)));
}
/** Creates the namespace when missing (labelled as ours); true when it did. */
async function ensureNamespace(k, namespace) {
    const r = await k.run(['get', 'namespace', namespace, '-o', 'name'], { quiet: true });
    if (r.code === 0)
        return false;
    const file = tempFile(JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { [CREATED_BY_LABEL]: MANAGED_BY } } }));
    try {
        await k.ok(['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '-f', file.path]);
    }
    finally {
        file.remove();
    }
    return true;
}
function tempFile(content) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'manifests-'));
    const path = (0,external_node_path_.join)(dir, 'manifests.yaml');
    (0,external_node_fs_.writeFileSync)(path, content, { mode: 0o600 });
    return { path, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
/** Server-side apply of the real manifests (Secret data included), from a private temp file. */
async function applyManifests(k, yaml) {
    const file = tempFile(yaml);
    try {
        const r = await k.ok(['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '--force-conflicts', '-f', file.path], {
            hint: "kubectl or the API server refused the manifests; they passed the action's own schema checks, so the cluster may run an older KEDA or Kubernetes version."
        });
        return r.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
    }
    finally {
        file.remove();
    }
}
/** The objects as they are now, with their managedFields (values are not printed; Secret data is never read here). */
async function liveObjects(k, namespace, refs) {
    const wanted = refs.filter((r) => r.kind !== 'Secret');
    if (!wanted.length)
        return [];
    // kubectl hides managedFields unless asked (since 1.21)
    const list = await k.json([
        'get',
        ...wanted.map((r) => `${kindResource(r.kind)}/${r.name}`),
        '-n',
        namespace,
        '--show-managed-fields'
    ]);
    return list.items ?? [list];
}
/** The API server's answer to this apply, changing nothing (`--dry-run=server`): the objects as they would be, with their managedFields. */
async function dryRunApply(k, yaml) {
    const file = tempFile(yaml);
    try {
        const r = await k.ok([
            'apply',
            '--server-side',
            '--dry-run=server',
            `--field-manager=${FIELD_MANAGER}`,
            '--force-conflicts',
            '--show-managed-fields',
            '-o',
            'json',
            '-f',
            file.path
        ], {
            quiet: true
        });
        const out = JSON.parse(r.stdout);
        return out.items ?? [out];
    }
    finally {
        file.remove();
    }
}
/**
 * Kinds whose previous state a rollback puts back by re-applying it. Deployments are not among
 * them: `kubectl rollout undo` restores their pod template with its revision history.
 */
const RESTORABLE_KINDS = ['Secret', 'ScaledObject', 'TriggerAuthentication'];
/**
 * An object read from the cluster, reduced to what an apply sets: no status, no server-owned
 * metadata (uid, resourceVersion, managedFields, generation, creationTimestamp). Pure.
 */
function restorable(live) {
    const { metadata, ...rest } = live;
    delete rest.status;
    const { name, namespace, labels, annotations } = metadata;
    return { ...rest, metadata: { name, namespace, ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) } };
}
/**
 * Reads the current state of the given objects (only RESTORABLE_KINDS), before a deploy changes
 * them. Secret values that look like credentials (maskSetting) are masked the moment they are read.
 */
async function snapshotObjects(k, namespace, refs) {
    const wanted = refs.filter((r) => RESTORABLE_KINDS.includes(r.kind));
    if (!wanted.length)
        return [];
    const list = await k.json(['get', ...wanted.map((r) => `${kindResource(r.kind)}/${r.name}`), '-n', namespace]);
    const items = list.items ?? [list];
    for (const item of items) {
        for (const [k, v] of Object.entries(item.data ?? {}))
            (0,mask/* maskSetting */.P2)(k, Buffer.from(v, 'base64').toString('utf8'));
    }
    return items.map(restorable);
}
/** Puts back objects captured by snapshotObjects (server-side apply, our field manager). */
async function restoreObjects(k, objects) {
    if (!objects.length)
        return [];
    await applyManifests(k, toYaml(objects));
    return objects.map((o) => `${o.kind.toLowerCase()} ${o.metadata.name} restored`);
}
async function deleteObjects(k, namespace, refs) {
    if (!refs.length)
        return;
    await k.ok(['delete', '-n', namespace, '--ignore-not-found', '--wait=false', ...refs.map((r) => `${kindResource(r.kind)}/${r.name}`)]);
}
function kindResource(kind) {
    const map = {
        Deployment: 'deployments.apps',
        Service: 'services',
        Secret: 'secrets',
        ServiceAccount: 'serviceaccounts',
        ScaledObject: 'scaledobjects.keda.sh',
        TriggerAuthentication: 'triggerauthentications.keda.sh',
        HTTPScaledObject: 'httpscaledobjects.http.keda.sh'
    };
    return map[kind] ?? kind.toLowerCase();
}
/** Waits for each Deployment's rollout; on failure prints its conditions and its pods' recent events. */
async function waitForRollouts(k, namespace, deployments, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    await Promise.all(deployments.map(async (d) => {
        const seconds = Math.max(1, Math.round((deadline - Date.now()) / 1000));
        const r = await k.run(['rollout', 'status', `deployment/${d}`, '-n', namespace, `--timeout=${seconds}s`]);
        if (r.code === 0)
            return;
        const diagnostics = await diagnose(k, namespace, d);
        throw new errors.ActionError(`Deployment ${d} in namespace ${namespace} did not finish rolling out within ${Math.round(timeoutMs / 1000)} s.\n${diagnostics}`, "Look at the pods' events above (image pull, crash loop, probes, quota); raise timeout if the image starts slowly.");
    }));
}
async function diagnose(k, namespace, deployment) {
    const lines = [];
    try {
        const d = await k.json(['get', 'deployment', deployment, '-n', namespace]);
        for (const c of d.status?.conditions ?? [])
            lines.push(`  condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}`);
        const selector = Object.entries(d.spec?.selector?.matchLabels ?? {})
            .map(([a, b]) => `${a}=${b}`)
            .join(',');
        if (selector) {
            const pods = await k.json(['get', 'pods', '-n', namespace, '-l', selector]);
            for (const p of pods.items.slice(0, 5)) {
                const states = (p.status?.containerStatuses ?? []).map((c) => Object.entries(c.state ?? {})
                    .map(([s, v]) => `${c.name} ${s}${v?.reason ? ` ${v.reason}` : ''}${v?.message ? `: ${v.message}` : ''}`)
                    .join(', '));
                lines.push(`  pod ${p.metadata.name}: ${p.status?.phase ?? '?'}${states.length ? ` — ${states.join('; ')}` : ''}`);
                const ev = await k.json([
                    'get',
                    'events',
                    '-n',
                    namespace,
                    '--field-selector',
                    `involvedObject.name=${p.metadata.name}`
                ]);
                for (const e of ev.items.slice(-5))
                    lines.push(`    event ${e.type ?? ''} ${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`);
            }
        }
    }
    catch (e) {
        lines.push(`  (diagnostics unavailable: ${e.message.split('\n')[0]})`);
    }
    const text = lines.join('\n');
    core.startGroup(`Diagnostics of deployment ${deployment}`);
    core.info(text);
    core.endGroup();
    return text;
}
async function rolloutUndo(k, namespace, deployment) {
    const r = await k.run(['rollout', 'undo', `deployment/${deployment}`, '-n', namespace]);
    return r.code === 0;
}
/** Deletes the instance's objects, then the namespace when the action created it. */
async function teardownInstance(k, namespace, instance) {
    const refs = await listInstance(k, namespace, instance);
    await deleteObjects(k, namespace, refs);
    let namespaceDeleted = false;
    const ns = await k.run(['get', 'namespace', namespace, '-o', 'json'], { quiet: true });
    if (ns.code === 0) {
        const labels = JSON.parse(ns.stdout).metadata?.labels ?? {};
        if (labels[CREATED_BY_LABEL] === MANAGED_BY) {
            await k.ok(['delete', 'namespace', namespace, '--ignore-not-found', '--wait=false']);
            namespaceDeleted = true;
        }
    }
    return { deleted: refs.map(refKey), namespaceDeleted };
}
/** The last time our field manager applied to an object: its managedFields entry's time (the API server sets it on every apply that changes the object). */
function lastApplied(item) {
    const times = (item.metadata.managedFields ?? [])
        .filter((f) => f.manager === FIELD_MANAGER && f.operation === 'Apply' && f.time)
        .map((f) => Date.parse(f.time))
        .filter((t) => !Number.isNaN(t));
    return times.length ? new Date(Math.max(...times)).toISOString() : undefined;
}
/**
 * The preview namespaces `<instance>-pr-<N>` of this instance that the action created or deployed
 * to, each with the last time a deploy applied its Deployments (latest managedFields time of our
 * field manager; every deploy changes their annotations, so every deploy moves it).
 */
async function listPreviewNamespaces(k, instance) {
    const re = new RegExp(`^${(0,patterns/* escapeRegExp */.Nt)(instance)}-pr-(\\d+)$`);
    const [namespaces, deployments] = await Promise.all([
        k.json(['get', 'namespaces']),
        k.json([
            'get',
            'deployments.apps',
            '--all-namespaces',
            '--show-managed-fields',
            '-l',
            `app.kubernetes.io/instance=${instance},app.kubernetes.io/managed-by=${MANAGED_BY}`
        ])
    ]);
    const last = new Map();
    for (const d of deployments.items) {
        const ns = d.metadata.namespace ?? '';
        const t = lastApplied(d);
        if (t && (!last.has(ns) || t > last.get(ns)))
            last.set(ns, t);
    }
    const withObjects = new Set(deployments.items.map((d) => d.metadata.namespace ?? ''));
    const out = [];
    for (const ns of namespaces.items) {
        const m = re.exec(ns.metadata.name);
        const ours = ns.metadata.labels?.[CREATED_BY_LABEL] === MANAGED_BY || withObjects.has(ns.metadata.name);
        if (!m || !ours)
            continue;
        const lastDeployed = last.get(ns.metadata.name);
        out.push({ pr: Number(m[1]), namespace: ns.metadata.name, ...(lastDeployed ? { lastDeployed } : {}) });
    }
    return out.sort((a, b) => a.pr - b.pr);
}

;// CONCATENATED MODULE: ./src/targets/aks/app-folder.ts
/**
 * Where the aks target reads the app's functions from: `functions-path` (else the build context)
 * in the workspace, or, with `functions-path: image`, /home/site/wwwroot copied out of the image
 * with docker. Part of the render step: the plan never runs docker.
 */


async function functionsFolder(ctx) {
    const aks = ctx.config.aks;
    if (aks.functionsPath !== 'image') {
        const p = aks.functionsPath ?? ctx.config.image.context;
        return (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(ctx.workspace, p);
    }
    const { Docker } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 19261));
    const docker = new Docker('docker', ctx.dockerConfigDir);
    const out = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.tmpRoot, 'wwwroot-'));
    const created = await docker.ok(['create', ctx.image]);
    const id = created.stdout.trim();
    try {
        await docker.ok(['cp', `${id}:/home/site/wwwroot/.`, out]);
    }
    finally {
        await docker.run(['rm', id], { quiet: true });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/targets/aks/manifests-file.ts
/**
 * Writes the redacted manifests (output `manifests`) to `manifests-dir`, else to
 * `$RUNNER_TEMP/<name>-manifests`. A `manifests-dir` that cannot hold the file is named as the
 * input at fault, with what is in the way.
 */



function manifestsDirectory(manifestsDir, workspace, tmpRoot, name) {
    if (!manifestsDir)
        return (0,external_node_path_.join)(tmpRoot, `${name}-manifests`);
    return (0,external_node_path_.isAbsolute)(manifestsDir) ? manifestsDir : (0,external_node_path_.resolve)(workspace, manifestsDir);
}
/** Writes `manifests.yaml` into `dir` and returns its path; `input` is the input that chose the folder, when one did. */
function writeManifestsFile(dir, yaml, input) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const path = (0,external_node_path_.join)(dir, 'manifests.yaml');
        (0,external_node_fs_.writeFileSync)(path, yaml);
        return path;
    }
    catch (e) {
        const code = e.code;
        const what = code === 'EEXIST' || code === 'ENOTDIR' ? `${blocker(dir)} is a file, not a folder` : `cannot be written (${code ?? e.message})`;
        const subject = input ? `Input '${input}': ${dir}` : dir;
        throw new errors.ActionError(`${subject} ${what}: the rendered manifests go to ${(0,external_node_path_.join)(dir, 'manifests.yaml')}.`, input ? `Set ${input} to a folder (it is created when missing), or leave it unset for $RUNNER_TEMP.` : undefined, { cause: e });
    }
}
/** The first path on the way to `dir` that exists and is not a folder (for the message). */
function blocker(dir) {
    let p = dir;
    for (let up = (0,external_node_path_.resolve)(p, '..'); up !== p; p = up, up = (0,external_node_path_.resolve)(p, '..')) {
        try {
            if (!(0,external_node_fs_.statSync)(p).isDirectory())
                return p;
        }
        catch {
            // missing: look further up
        }
    }
    return dir;
}

// EXTERNAL MODULE: ./src/drift/report.ts
var report = __webpack_require__(44201);
;// CONCATENATED MODULE: ./src/targets/aks/drift.ts
/**
 * Drift on AKS: the API server keeps, per field, which field manager set it last
 * (metadata.managedFields, fieldsV1). The action applies with its own field manager, so a field
 * of an object it applied that another manager owns now (`kubectl edit`, `kubectl scale`,
 * `kubectl set env`, the portal) was changed outside the action since. Which of those this deploy
 * overwrites is the server's own answer: the server-side dry run of the same apply
 * (`--dry-run=server --force-conflicts`) shows the field moved to the action's manager.
 * Pure: the reads are in index.ts. Paths are names only: list items by their keys (an env var's
 * name), a set's values never.
 */

/** Fields the API server's own controllers keep on objects the action applies: not drift. */
const SYSTEM = [/^metadata\.annotations\.deployment\.kubernetes\.io\/revision$/, /^status(\.|$)/];
/** fieldsV1 → the owned paths, cut at the deepest list item (an env var, a container), with no set value in them. */
function fieldPaths(fields, prefix = '') {
    const out = new Set();
    for (const [k, v] of Object.entries(fields ?? {})) {
        if (k === '.')
            continue;
        const seg = segment(k);
        const path = seg.startsWith('[') ? `${prefix}${seg}` : prefix ? `${prefix}.${seg}` : seg;
        const children = v && typeof v === 'object' ? Object.keys(v).filter((c) => c !== '.') : [];
        if (seg.startsWith('[') && !hasItemBelow(v))
            out.add(path);
        else if (!children.length)
            out.add(path);
        else
            for (const p of fieldPaths(v, path))
                out.add(p);
    }
    return [...out];
}
const isItem = (k) => k.startsWith('k:') || k.startsWith('v:') || k.startsWith('i:');
function hasItemBelow(v) {
    return !!v && typeof v === 'object' && Object.entries(v).some(([k, c]) => isItem(k) || hasItemBelow(c));
}
function segment(k) {
    if (k.startsWith('f:'))
        return k.slice(2);
    if (k.startsWith('i:'))
        return `[${k.slice(2)}]`;
    if (k.startsWith('v:'))
        return '[a value]';
    if (k.startsWith('k:')) {
        try {
            const key = JSON.parse(k.slice(2));
            return `[${Object.entries(key)
                .map(([n, x]) => `${n}=${String(x)}`)
                .join(',')}]`;
        }
        catch {
            return '[an item]';
        }
    }
    return k;
}
/** The fields of `o` that managers other than `manager` own (not the status subresource, not the controllers' own). */
function foreignFields(o, manager) {
    return (o.metadata?.managedFields ?? [])
        .filter((m) => m.manager !== manager && m.subresource !== 'status')
        .flatMap((m) => fieldPaths(m.fieldsV1).map((field) => ({ field, manager: m.manager ?? 'unknown' })))
        .filter((f) => !SYSTEM.some((re) => re.test(f.field)));
}
const keyOf = (o) => `${o.kind}/${o.metadata?.name}`;
/** Drift of the objects the action applied before: other managers' fields now, and which the dry run of this apply takes over. */
function aksDrift(live, dryRun, manager) {
    const after = new Map(dryRun.map((o) => [keyOf(o), new Set(foreignFields(o, manager).map((f) => `${f.manager}\u0000${f.field}`))]));
    return live
        .filter((o) => (o.metadata?.managedFields ?? []).some((m) => m.manager === manager))
        .flatMap((o) => foreignFields(o, manager).map((f) => ({
        object: keyOf(o),
        field: f.field,
        manager: f.manager,
        overwritten: after.has(keyOf(o)) && !after.get(keyOf(o)).has(`${f.manager}\u0000${f.field}`)
    })));
}
const drift_label = (e) => `${e.object} ${e.field} (set by ${e.manager})`;
function aksDriftLine(entries, where, compared) {
    if (!compared)
        return `Drift: no object of this app on ${where} yet; nothing to compare.`;
    if (!entries.length)
        return `Drift: none on ${where}: every field the action applied is still the action's (field manager).`;
    return (0,report/* driftSentence */.L)(changes(entries), where);
}
const changes = (entries) => entries.map((e) => ({ label: drift_label(e), overwritten: e.overwritten }));
/** on-drift: fail stops a deploy that would overwrite a change made outside the action, before any write. */
function checkAksDrift(entries, onDrift, mode, where) {
    (0,report/* refuseDrift */.e)(changes(entries), {
        onDrift,
        mode,
        where,
        nothing: 'Nothing was applied',
        hint: "Keep the change by putting it into the workflow's inputs (app-settings, min-replicas, max-replicas, …), or undo it on the cluster; or deploy with on-drift: warn to overwrite it."
    });
}

;// CONCATENATED MODULE: ./src/targets/aks/index.ts
/**
 * Target `aks`: render (read the functions, from the image with docker when asked; render and
 * validate the manifests; write the redacted file) → plan (read the instance and snapshot what a
 * deploy replaces; no file, no docker) → apply (KEDA check, namespace, server-side apply) →
 * verify (rollout wait, then prune). Pruning comes only after the rollout is verified (the order of
 * kubernetes-sigs/cli-utils: apply → wait → prune), so a failed rollout leaves every previous
 * object in place; rollback undoes the Deployments' rollouts and re-applies the Secret,
 * ScaledObjects and TriggerAuthentications captured before the apply.
 * Previews go to namespace `<name>-pr-<N>`; teardown deletes the instance and the namespace the
 * action created.
 */












/** DNS-1123 name from the repository basename, ≤ 40 characters. */
function defaultName(image) {
    const repo = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    const base = repo.split('/').pop() ?? 'app';
    return (base
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '') || 'app');
}
function placement(ctx) {
    const name = ctx.config.aks.name ?? defaultName(ctx.image || `${ctx.registry}/${ctx.facts.repo.name ?? 'app'}`);
    const intent = ctx.facts.intent;
    if (intent.kind === 'preview' || intent.kind === 'teardown')
        return { name, namespace: `${name}-pr-${intent.pr}`.slice(0, 63) };
    return { name, namespace: ctx.config.aks.namespace ?? 'default' };
}
async function kubectlFor(ctx) {
    await requireKubectl();
    const aks = ctx.config.aks;
    if (aks.clusterName && aks.clusterResourceGroup) {
        if (!ctx.azure)
            throw new errors.ActionError('cluster-name needs an Azure credential to fetch the kubeconfig.', 'Set client-id, tenant-id and subscription-id (OIDC), or use KUBECONFIG.');
        const path = await kubeconfigFromArm(ctx.azure, ctx.config.azure.subscriptionId, aks.clusterResourceGroup, aks.clusterName, ctx.tmpRoot);
        ctx.cleanup((0,external_node_path_.join)(path, '..'));
        return new Kubectl(path);
    }
    return new Kubectl(undefined); // KUBECONFIG from the environment (e.g. azure/aks-set-context)
}
/**
 * Pure: which existing objects a prune deletes (no longer rendered, prune on), and which existing
 * objects the apply replaces (rendered again), so their previous state is kept for rollback.
 */
function pruneAndReplace(existing, rendered, pruneOn) {
    const keep = new Set(rendered.map(refKey));
    return { pruned: pruneOn ? existing.filter((e) => !keep.has(refKey(e))) : [], replaced: existing.filter((e) => keep.has(refKey(e))) };
}
/**
 * Deletes what is no longer rendered, after the rollout was verified. The new version is live by
 * then, so a failed delete is a warning naming what was left, not a reason to roll back.
 */
async function prune(x, progress) {
    if (!x.pruned.length)
        return;
    core.info(`Rollout verified; pruning objects no longer rendered: ${x.pruned.map(refKey).join(', ')}.`);
    try {
        await deleteObjects(x.kubectl, x.namespace, [...x.pruned]);
        progress.pruned.push(...x.pruned);
    }
    catch (e) {
        core.warning(`The rollout succeeded, but pruning failed; these objects are left in namespace ${x.namespace}: ${x.pruned.map(refKey).join(', ')}. ${e.message.split('\n')[0]}`);
    }
}
/** The functions of the app, the manifests in memory (validated), and the redacted file. */
async function render(ctx) {
    const { name, namespace } = placement(ctx);
    const settings = Object.fromEntries(ctx.config.functionapp.appSettings.map((s) => [s.name, s.value]));
    const folder = await functionsFolder(ctx);
    const { discoverFunctions } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 93382)); // shared with target functionapp: one chunk
    const app = discoverFunctions(folder, { settings });
    for (const w of app.warnings)
        core.warning(w);
    const aks = ctx.config.aks;
    const rendered = renderManifests({
        name,
        namespace,
        image: ctx.image,
        digest: ctx.digest ?? '',
        unpushed: !ctx.digest,
        functions: app.functions,
        host: app.host,
        eventHubsExtension: app.eventHubsExtension,
        config: aks,
        settings,
        commit: ctx.facts.sha,
        runUrl: ctx.facts.runUrl,
        options: {
            healthPath: ctx.config.functionapp.healthPath,
            unscaledReplicas: aks.unscaledReplicas,
            ...(aks.timerScaling === 'cron' ? { timerCron: { windowMinutes: aks.timerWindowMinutes } } : {})
        }
    });
    for (const w of rendered.warnings)
        core.warning(w);
    validateManifests(rendered.objects);
    const dir = manifestsDirectory(aks.manifestsDir, ctx.workspace, ctx.tmpRoot, name);
    const manifestsPath = writeManifestsFile(dir, rendered.redactedYaml, aks.manifestsDir ? 'manifests-dir' : undefined);
    core.info(`Rendered ${rendered.objects.length} objects for ${app.functions.length} functions to ${manifestsPath} (Secret values redacted).`);
    const refs = rendered.objects.map((o) => ({ kind: String(o.kind), name: String(o.metadata.name) }));
    return { name, namespace, rendered, manifestsPath, refs };
}
/** Reads the instance on the cluster: what exists, what a deploy prunes, and the state of what it replaces. */
async function plan(ctx, r) {
    if (ctx.mode === 'render')
        return { ...r, ctx, existing: [], pruned: [], previous: [] };
    const kubectl = await kubectlFor(ctx);
    const existing = await listInstance(kubectl, r.namespace, r.name);
    const { pruned, replaced } = pruneAndReplace(existing, r.refs, ctx.config.aks.prune);
    const previous = ctx.mode === 'deploy' ? await snapshotObjects(kubectl, r.namespace, replaced) : [];
    const drift = await readDrift(kubectl, r, replaced);
    const where = `namespace ${r.namespace}`;
    checkAksDrift(drift ?? [], ctx.config.onDrift, ctx.mode, where);
    const line = aksDriftLine(drift ?? [], where, drift !== undefined);
    if (drift?.some((e) => e.overwritten))
        core.warning(line);
    else
        core.info(line);
    return { ...r, ctx, kubectl, existing, pruned, previous, drift };
}
/** Other managers' fields on the objects this deploy applies again, and which the server's dry run of the apply takes over. */
async function readDrift(kubectl, r, replaced) {
    if (!replaced.length)
        return undefined;
    const [live, dryRun] = await Promise.all([liveObjects(kubectl, r.namespace, replaced), dryRunApply(kubectl, r.rendered.yaml)]);
    return aksDrift(live, dryRun, FIELD_MANAGER);
}
async function apply(x, progress) {
    const k = x.kubectl;
    const kinds = new Set(x.refs.map((r) => r.kind));
    if (kinds.has('ScaledObject') || kinds.has('TriggerAuthentication') || kinds.has('HTTPScaledObject'))
        await requireKeda(k, kinds.has('HTTPScaledObject'));
    progress.createdNamespace = await ensureNamespace(k, x.namespace);
    if (progress.createdNamespace)
        core.info(`Created namespace ${x.namespace}.`);
    progress.applied = true;
    const lines = await applyManifests(k, x.rendered.yaml);
    core.info(lines.join('\n'));
    if (x.pruned.length)
        core.info(`Kept until the rollout is verified, then pruned: ${x.pruned.map(refKey).join(', ')}.`);
}
/** Waits for every rollout; only then prunes (a failed rollout leaves every previous object in place). */
async function verify(x, progress) {
    const deployments = x.refs.filter((r) => r.kind === 'Deployment').map((r) => r.name);
    await waitForRollouts(x.kubectl, x.namespace, deployments, x.ctx.config.timeoutMs);
    progress.verified = deployments.map((d) => `deployment ${d}: rollout complete`);
    await prune(x, progress);
    progress.url = await serviceUrl(x);
}
/** The Service's address: its load balancer's, else the in-cluster name. */
async function serviceUrl(x) {
    const svc = x.refs.find((r) => r.kind === 'Service');
    if (!svc)
        return undefined;
    const r = await x.kubectl.run(['get', 'service', svc.name, '-n', x.namespace, '-o', 'json'], { quiet: true });
    if (r.code !== 0)
        return undefined;
    const s = JSON.parse(r.stdout);
    const ingress = s.status?.loadBalancer?.ingress?.[0];
    const host = ingress?.ip ?? ingress?.hostname;
    const port = s.spec?.ports?.[0]?.port ?? 80;
    return host ? `http://${host}${port === 80 ? '' : `:${port}`}` : `http://${svc.name}.${x.namespace}.svc.cluster.local${port === 80 ? '' : `:${port}`}`;
}
const aksTarget = {
    render,
    plan,
    apply: (x) => (0,target/* recorded */.t2)({ applied: false, pruned: [] }, (progress) => apply(x, progress)),
    verify: (x, applied) => (0,target/* recorded */.t2)({ ...applied, pruned: [...applied.pruned] }, (progress) => verify(x, progress)),
    /** Nothing to put back when the apply never started (a missing KEDA, a namespace refused). */
    async rollback(x, progress) {
        const restored = [];
        if (!x.kubectl || !progress.applied)
            return restored;
        const existed = new Set(x.existing.filter((e) => e.kind === 'Deployment').map((e) => e.name));
        for (const d of x.refs.filter((r) => r.kind === 'Deployment' && existed.has(r.name))) {
            if (await rolloutUndo(x.kubectl, x.namespace, d.name))
                restored.push(`deployment ${d.name} rolled back to its previous revision`);
        }
        try {
            restored.push(...(await restoreObjects(x.kubectl, x.previous)));
        }
        catch (e) {
            core.warning(`Could not restore the previous ${x.previous.map((o) => `${o.kind} ${o.metadata.name}`).join(', ')}: ${e.message.split('\n')[0]}`);
        }
        return restored;
    },
    async teardown(ctx) {
        const { name, namespace } = placement(ctx);
        const k = await kubectlFor(ctx);
        const r = await teardownInstance(k, namespace, name);
        core.info(`Deleted ${r.deleted.length} objects of ${name} in ${namespace}${r.namespaceDeleted ? ', and the namespace' : ''}.`);
        return { instance: namespace, namespace, plan: { target: 'aks', name, namespace, objects: { deleted: r.deleted }, namespaceDeleted: r.namespaceDeleted } };
    },
    async previews(ctx) {
        const { name } = placement(ctx);
        const found = await listPreviewNamespaces(await kubectlFor(ctx), name);
        return found.map((p) => ({
            pr: p.pr,
            instance: p.namespace,
            ...(p.lastDeployed ? { lastDeployed: p.lastDeployed, lastDeployedSource: 'the latest server-side apply of its Deployments (managedFields time)' } : {})
        }));
    },
    outputs(x, progress) {
        const names = new Set(x.existing.map(refKey));
        return {
            instance: x.namespace,
            namespace: x.namespace,
            manifests: x.manifestsPath,
            url: progress?.url,
            verified: progress?.verified,
            plan: {
                target: 'aks',
                name: x.name,
                namespace: x.namespace,
                objects: {
                    created: x.refs.filter((r) => !names.has(refKey(r))).map(refKey),
                    configured: x.refs.filter((r) => names.has(refKey(r))).map(refKey),
                    pruned: x.pruned.map(refKey)
                },
                settings: Object.keys(Object.fromEntries(x.ctx.config.functionapp.appSettings.map((s) => [s.name, '']))).sort(),
                drift: x.drift
                    ? {
                        state: x.drift.length ? 'drift' : 'none',
                        fields: x.drift.map((e) => `${e.object} ${e.field} (${e.manager})`),
                        overwritten: x.drift.filter((e) => e.overwritten).map((e) => `${e.object} ${e.field}`)
                    }
                    : { state: 'no-record' }
            }
        };
    },
    summary(x) {
        const p = aksTarget.outputs(x).plan;
        const list = (l) => (l.length ? l.map((n) => `<code>${n}</code>`).join(', ') : '–');
        return [
            '### AKS',
            '',
            '| | |',
            '| --- | --- |',
            `| Namespace | ${x.namespace} |`,
            `| Created | ${list(p.objects.created)} |`,
            `| Configured | ${list(p.objects.configured)} |`,
            `| Pruned | ${list(p.objects.pruned)} |`,
            `| Manifests | <code>${x.manifestsPath}</code> (Secret values redacted) |`,
            ''
        ].join('\n');
    }
};


/***/ })

};
