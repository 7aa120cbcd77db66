/**
 * Render cases shared by the aks unit tests: each renders one app of examples/apps with fixed
 * commit, run URL and digest, so the output is comparable byte for byte with
 * test/fixtures/aks/golden/<case>.yaml. Every secret-looking setting value carries "s3cr3t" so the
 * redaction test can look for it.
 */
import { join } from 'node:path';
import type { AksRenderConfig, RenderInput, RenderOptions } from '../../../src/targets/aks/render.js';
import type { HostJson } from '../../../src/functions/discover.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const APPS = join(ROOT, 'examples', 'apps');
export const GOLDEN = join(ROOT, 'test', 'fixtures', 'aks', 'golden');

export const COMMIT = '3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567';
export const RUN_URL = 'https://github.com/contoso/functions/actions/runs/123456789/attempts/1';
export const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

export const STORAGE = 'DefaultEndpointsProtocol=https;AccountName=contosostore;AccountKey=PLANTED+storage+key+s3cr3t==;EndpointSuffix=core.windows.net';
export const SERVICE_BUS = 'Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=PLANTED-sb-s3cr3t=';
export const EVENT_HUBS = 'Endpoint=sb://contoso-hubs.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=PLANTED-eh-s3cr3t=';

export const BASE_CONFIG: AksRenderConfig = {
  kedaAuth: 'connection-string',
  serviceType: 'LoadBalancer',
  httpScale: 'none',
  virtualNodes: false
};

export interface RenderCase {
  /** golden file name (without .yaml) */
  name: string;
  app: string;
  settings: Record<string, string>;
  config?: Partial<AksRenderConfig>;
  options?: RenderOptions;
  /** host.json instead of the app's own (to render the host's defaults). */
  host?: HostJson;
  /** Where the rules this golden holds come from (upstream file and tag); written as the golden's header. */
  sources?: string[];
}

const KEDA = 'kedacore/keda v2.20.2';
const SDK = 'Azure/azure-sdk-for-net (main as stored)';
const BUNDLE4_ONLY: HostJson = { version: '2.0', extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' } };

/** The golden file's text: a comment header naming the upstream sources, then the YAML. */
export function goldenText(c: RenderCase, yaml: string): string {
  if (!c.sources?.length) return yaml;
  return `# Golden for case ${c.name}. Rules from upstream:\n${c.sources.map((s) => `#   ${s}\n`).join('')}${yaml}`;
}

export const CASES: RenderCase[] = [
  { name: 'http-only', app: 'http-only', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE } },
  {
    name: 'http-only-keda-http',
    app: 'http-only',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE },
    config: { httpScale: 'keda-http', serviceType: 'ClusterIP', minReplicas: 0, maxReplicas: 5, cooldownPeriodSeconds: 120 },
    options: { httpHosts: ['hello.contoso.example'], healthPath: '/api/health' }
  },
  {
    name: 'storage-queue',
    app: 'storage-queue',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      InvoicesQueue: 'invoices',
      InvoiceStorage: STORAGE.replace('contosostore', 'contosoinvoices')
    },
    sources: [
      `queueLength = batchSize + newBatchThreshold (8 + 4): ${SDK} sdk/storage/Microsoft.Azure.WebJobs.Extensions.Storage.Common/src/Shared/Queues/QueueTargetScaler.cs`
    ]
  },
  {
    name: 'storage-queue-host-defaults',
    app: 'storage-queue',
    host: BUNDLE4_ONLY,
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, InvoicesQueue: 'invoices', InvoiceStorage: STORAGE },
    options: { requests: { cpu: '2', memory: '512Mi' } },
    sources: [
      `queueLength = batchSize 16 + newBatchThreshold (16 / 2) x 2 processors (CPU request 2) = 32: ${SDK} sdk/storage/Microsoft.Azure.WebJobs.Extensions.Storage.Common/src/Shared/Queues/QueueTargetScaler.cs, QueuesOptions.cs`
    ]
  },
  {
    name: 'storage-queue-virtual-nodes',
    app: 'storage-queue',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, InvoicesQueue: 'invoices', InvoiceStorage: STORAGE },
    config: { virtualNodes: true, minReplicas: 1, maxReplicas: 20, pollingIntervalSeconds: 15, cooldownPeriodSeconds: 120, serviceType: 'ClusterIP' }
  },
  {
    name: 'servicebus',
    app: 'servicebus',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, AzureWebJobsServiceBus: SERVICE_BUS, ServiceBusConnection: SERVICE_BUS }
  },
  {
    name: 'servicebus-host-defaults',
    app: 'servicebus',
    host: BUNDLE4_ONLY,
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, AzureWebJobsServiceBus: SERVICE_BUS, ServiceBusConnection: SERVICE_BUS },
    sources: [
      `messageCount: batch → maxMessageBatchSize 1000, else sessions → maxConcurrentSessions 8, else maxConcurrentCalls 16 x processors (1, CPU request 250m): ${SDK} sdk/servicebus/Microsoft.Azure.WebJobs.Extensions.ServiceBus/src/Listeners/ServiceBusTargetScaler.cs, Config/ServiceBusOptions.cs`
    ]
  },
  {
    name: 'eventhub',
    app: 'eventhub',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, EventHubConnection: EVENT_HUBS },
    sources: [
      `no eventHubName with a connection string; EntityPath added through env KEDA_EVENTHUB_CONNECTION_*: ${KEDA} pkg/scalers/azure_eventhub_scaler.go (appends EntityPath), pkg/scalers/azure/azure_eventhub.go (NewProducerClientFromConnectionString with the name too; the SDK refuses both)`,
      `checkpoints in blob metadata, lower-cased <namespace>/<hub>/<consumer group>: ${SDK} sdk/eventhub/Microsoft.Azure.WebJobs.Extensions.EventHubs/src/BlobCheckpointStoreInternal.cs; ${KEDA} pkg/scalers/azure/azure_eventhub_checkpoint.go`
    ]
  },
  {
    name: 'eventhub-entitypath',
    app: 'eventhub',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, EventHubConnection: `${EVENT_HUBS};EntityPath=telemetry` },
    sources: [
      `EntityPath in the connection string: connectionFromEnv as is, never eventHubName: ${KEDA} pkg/scalers/azure/azure_eventhub.go; the host takes EntityPath over the binding (${SDK} .../EventHubs/src/Config/EventHubClientFactory.cs NormalizeEventHubName)`
    ]
  },
  {
    name: 'eventhub-inproc',
    app: 'eventhub-inproc',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'dotnet', AzureWebJobsStorage: STORAGE, EventHubConnection: `${EVENT_HUBS};EntityPath=telemetry` },
    sources: [
      `no extension bundle: Microsoft.Azure.WebJobs.Extensions.EventHubs 4.3.1 in bin/extensions.json → legacy checkpoints (checkpointStrategy azureFunction): ${KEDA} pkg/scalers/azure/azure_eventhub_checkpoint.go`
    ]
  },
  { name: 'blob', app: 'blob', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, ImportContainer: 'imports' } },
  {
    name: 'kafka',
    app: 'kafka',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      KafkaBrokers: 'pkc-4r297.westeurope.azure.confluent.cloud:9092',
      KafkaUsername: 'PLANTEDUSERs3cr3t',
      KafkaPassword: 'PLANTED-kafka-s3cr3t'
    },
    sources: [
      `offsetResetPolicy earliest (the host's AutoOffsetReset default): Azure/azure-functions-kafka-extension 4.3.2 src/Microsoft.Azure.WebJobs.Extensions.Kafka/Config/KafkaOptions.cs; ${KEDA} pkg/scalers/kafka_scaler.go (default latest)`,
      'consumerGroup required (no default for native Kafka): Azure/azure-functions-kafka-extension 4.3.2 src/Microsoft.Azure.WebJobs.Extensions.Kafka/Listeners/KafkaListener.cs'
    ]
  },
  {
    name: 'kafka-eventhubs',
    app: 'kafka-eventhubs',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      EventHubsKafkaEndpoint: 'contoso-hubs.servicebus.windows.net:9093',
      EventHubsConnection: EVENT_HUBS
    },
    sources: [
      `username from authParams only: ${KEDA} pkg/scalers/kafka_scaler.go; a TriggerAuthentication env parameter reads the container env (${KEDA} pkg/scaling/resolver/scale_resolvers.go)`,
      'a literal user name is used as is when no setting has that name: Azure/azure-functions-kafka-extension 4.3.2 src/Microsoft.Azure.WebJobs.Extensions.Kafka/Extensions/ConfigurationExtensions.cs'
    ]
  },
  {
    name: 'rabbitmq',
    app: 'rabbitmq',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      RabbitMQConnection: 'amqp://jobs:PLANTED-rabbit-s3cr3t@rabbitmq.messaging.svc:5672/'
    }
  },
  {
    name: 'rabbitmq-host-defaults',
    app: 'rabbitmq',
    host: BUNDLE4_ONLY,
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      RabbitMQConnection: 'amqp://jobs:PLANTED-rabbit-s3cr3t@rabbitmq.messaging.svc:5672/'
    },
    sources: [
      "value = the extension's PrefetchCount default 30: Azure/azure-functions-rabbitmq-extension v2.0.3 extension/WebJobs.Extensions.RabbitMQ/Config/RabbitMQOptions.cs"
    ]
  },
  {
    name: 'timer-cron',
    app: 'timer',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, HourlySchedule: '0 15 * * * *', WEBSITE_TIME_ZONE: 'Europe/Berlin' },
    options: { timerCron: {} }
  },
  {
    name: 'timer-fixed-replicas',
    app: 'timer',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, HourlySchedule: '0 15 * * * *' },
    options: { unscaledReplicas: 1 }
  },
  {
    name: 'durable-mssql',
    app: 'durable-mssql',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: STORAGE,
      SQLDB_Connection: 'Server=tcp:contoso-sql.database.windows.net,1433;Database=durable;User ID=durable;Password=PLANTED-sql-s3cr3t;'
    }
  },
  {
    name: 'dotnet-isolated-workload-identity',
    app: 'dotnet-isolated',
    settings: {
      FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated',
      // identity-based connections: the host authenticates with the pod's workload identity
      AzureWebJobsStorage__accountName: 'contosostore',
      ServiceBusConnection__fullyQualifiedNamespace: 'contoso-bus.servicebus.windows.net',
      EventHubConnection: EVENT_HUBS
    },
    config: { kedaAuth: 'workload-identity', workloadIdentityClientId: CLIENT_ID, serviceType: 'ClusterIP' }
  },
  { name: 'node-v4', app: 'node-v4', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, ServiceBusConnection: SERVICE_BUS } },
  {
    name: 'python-v2',
    app: 'python-v2',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'python', AzureWebJobsStorage: STORAGE, EventHubConnection: EVENT_HUBS, WorkQueue: 'work-items' }
  }
];

export function renderInput(c: RenderCase, discovered: Pick<RenderInput, 'functions' | 'host' | 'eventHubsExtension'>): RenderInput {
  return {
    name: c.app,
    namespace: 'functions',
    image: `contoso.azurecr.io/${c.app}@${DIGEST}`,
    digest: DIGEST,
    functions: discovered.functions,
    host: c.host ?? discovered.host,
    eventHubsExtension: discovered.eventHubsExtension,
    config: { ...BASE_CONFIG, ...c.config },
    settings: c.settings,
    commit: COMMIT,
    runUrl: RUN_URL,
    options: c.options
  };
}
