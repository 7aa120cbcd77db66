/**
 * Render cases shared by the aks unit tests: each renders one app of examples/apps with fixed
 * commit, run URL and digest, so the output is comparable byte for byte with
 * test/fixtures/aks/golden/<case>.yaml. Every secret-looking setting value carries "s3cr3t" so the
 * redaction test can look for it.
 */
import { join } from 'node:path';
import type { AksRenderConfig, RenderInput, RenderOptions } from '../../../src/targets/aks/render.js';

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
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, InvoicesQueue: 'invoices', InvoiceStorage: STORAGE.replace('contosostore', 'contosoinvoices') }
  },
  {
    name: 'storage-queue-virtual-nodes',
    app: 'storage-queue',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, InvoicesQueue: 'invoices', InvoiceStorage: STORAGE },
    config: { virtualNodes: true, minReplicas: 1, maxReplicas: 20, pollingIntervalSeconds: 15, cooldownPeriodSeconds: 120, serviceType: 'ClusterIP' }
  },
  { name: 'servicebus', app: 'servicebus', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, AzureWebJobsServiceBus: SERVICE_BUS, ServiceBusConnection: SERVICE_BUS } },
  { name: 'eventhub', app: 'eventhub', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, EventHubConnection: EVENT_HUBS } },
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
    }
  },
  { name: 'rabbitmq', app: 'rabbitmq', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, RabbitMQConnection: 'amqp://jobs:PLANTED-rabbit-s3cr3t@rabbitmq.messaging.svc:5672/' } },
  {
    name: 'timer-cron',
    app: 'timer',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, HourlySchedule: '0 15 * * * *', WEBSITE_TIME_ZONE: 'Europe/Berlin' },
    options: { timerCron: {} }
  },
  { name: 'timer-fixed-replicas', app: 'timer', settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, HourlySchedule: '0 15 * * * *' }, options: { unscaledReplicas: 1 } },
  {
    name: 'durable-mssql',
    app: 'durable-mssql',
    settings: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: STORAGE, SQLDB_Connection: 'Server=tcp:contoso-sql.database.windows.net,1433;Database=durable;User ID=durable;Password=PLANTED-sql-s3cr3t;' }
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
  { name: 'python-v2', app: 'python-v2', settings: { FUNCTIONS_WORKER_RUNTIME: 'python', AzureWebJobsStorage: STORAGE, EventHubConnection: EVENT_HUBS, WorkQueue: 'work-items' } }
];

export function renderInput(c: RenderCase, discovered: Pick<RenderInput, 'functions' | 'host'>): RenderInput {
  return {
    name: c.app,
    namespace: 'functions',
    image: `contoso.azurecr.io/${c.app}@${DIGEST}`,
    digest: DIGEST,
    functions: discovered.functions,
    host: discovered.host,
    config: { ...BASE_CONFIG, ...c.config },
    settings: c.settings,
    commit: COMMIT,
    runUrl: RUN_URL,
    options: c.options
  };
}
