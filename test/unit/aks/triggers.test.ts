/**
 * The trigger → KEDA scaler table, one row per trigger type and shape, and the error rows.
 */
import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../../src/util/errors.js';
import { resolveSettingReferences, type FunctionInfo, type HostJson } from '../../../src/functions/discover.js';
import {
  mapTrigger,
  planScaling,
  resolveConnection,
  shiftSchedule,
  TRIGGER_TABLE,
  type ScaleTrigger,
  type TriggerContext
} from '../../../src/targets/aks/triggers.js';
import { EVENT_HUBS, SERVICE_BUS, STORAGE } from './cases.js';

const SETTINGS: Record<string, string> = {
  AzureWebJobsStorage: STORAGE,
  AzureWebJobsServiceBus: SERVICE_BUS,
  AzureWebJobsMyStorage: STORAGE,
  MyStorage: 'not-this-one',
  LowerCase: STORAGE,
  ChinaStorage: 'DefaultEndpointsProtocol=https;AccountName=cnstore;AccountKey=k;EndpointSuffix=core.chinacloudapi.cn',
  IdStorage__accountName: 'idstore',
  UriStorage__queueServiceUri: 'https://uristore.queue.core.windows.net',
  BlobUri__blobServiceUri: 'https://blobstore.blob.core.windows.net/',
  Bus: SERVICE_BUS,
  IdBus__fullyQualifiedNamespace: 'idbus.servicebus.windows.net',
  Hubs: EVENT_HUBS,
  HubsWithPath: `${EVENT_HUBS};EntityPath=clicks`,
  IdHubs__fullyQualifiedNamespace: 'idhubs.servicebus.windows.net',
  OrdersQueue: 'orders-v2',
  Container: 'incoming',
  Brokers: 'broker-1:9092,broker-2:9092',
  KafkaUser: 'user',
  KafkaPass: 'pass',
  Rabbit: 'amqp://u:p@rabbit:5672/',
  Every: '0 0 3 * * 1-5',
  SQLDB_Connection: 'Server=tcp:sql;Password=x',
  Cosmos: 'AccountEndpoint=https://x.documents.azure.com:443/;AccountKey=k;',
  Azurite: 'UseDevelopmentStorage=true',
  HubsOtherPath: `${EVENT_HUBS};EntityPath=orders`,
  HubsUpperPath: `${EVENT_HUBS};EntityPath=Clicks`,
  HubsUpperHost: EVENT_HUBS.replace('contoso-hubs', 'Contoso-Hubs')
};
const BUNDLE4: HostJson = { version: '2.0', extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' } };
const WI = { kedaAuth: 'workload-identity' as const };
const IDENTITY_STORAGE = { ...SETTINGS, AzureWebJobsStorage: '', AzureWebJobsStorage__accountName: 'hoststore' };

function ctx(over: Partial<TriggerContext> = {}): TriggerContext {
  return { settings: SETTINGS, host: BUNDLE4, kedaAuth: 'connection-string', ...over };
}
/** A function as discover would return it (%Setting% resolved against the context's settings). */
function fn(type: string, props: Record<string, unknown>, settings: Record<string, string> = SETTINGS, name = 'F'): FunctionInfo {
  const problems: string[] = [];
  const out = resolveSettingReferences({ name, source: 'test', trigger: { type, ...props } }, settings, problems);
  expect(problems).toEqual([]);
  return out;
}

interface Row {
  name: string;
  type: string;
  props: Record<string, unknown>;
  ctx?: Partial<TriggerContext>;
  scaler: ScaleTrigger['type'];
  metadata: Record<string, string>;
  auth?: ScaleTrigger['auth'];
}

// prettier-ignore
const ROWS: Row[] = [
  // azure-queue
  { name: 'queue, empty connection → AzureWebJobsStorage, Functions target 24 (batchSize 16 + newBatchThreshold 8)', type: 'queueTrigger', props: { queueName: 'orders', connection: '' }, scaler: 'azure-queue', metadata: { queueName: 'orders', queueLength: '24', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'queue, AzureWebJobs<name> wins over <name> (host order)', type: 'queueTrigger', props: { queueName: 'q', connection: 'MyStorage' }, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', connectionFromEnv: 'AzureWebJobsMyStorage' } },
  { name: 'queue, connection name in other case → exact env name', type: 'queueTrigger', props: { queueName: 'q', connection: 'lowercase' }, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', connectionFromEnv: 'LowerCase' } },
  { name: 'queue, %Setting% queue name', type: 'queueTrigger', props: { queueName: '%OrdersQueue%' }, scaler: 'azure-queue', metadata: { queueName: 'orders-v2', queueLength: '24', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'queue, host.json batchSize 32 → 32 + 16', type: 'queueTrigger', props: { queueName: 'q' }, ctx: { host: { ...BUNDLE4, extensions: { Queues: { BatchSize: 32 } } } }, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '48', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'queue, identity __accountName', type: 'queueTrigger', props: { queueName: 'q', connection: 'IdStorage' }, ctx: WI, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', accountName: 'idstore' }, auth: { kind: 'workload-identity' } },
  { name: 'queue, identity __queueServiceUri', type: 'queueTrigger', props: { queueName: 'q', connection: 'UriStorage' }, ctx: WI, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', accountName: 'uristore' }, auth: { kind: 'workload-identity' } },
  { name: 'queue, connection string under workload identity → accountName', type: 'queueTrigger', props: { queueName: 'q' }, ctx: WI, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', accountName: 'contosostore' }, auth: { kind: 'workload-identity' } },
  { name: 'queue, China cloud suffix', type: 'queueTrigger', props: { queueName: 'q', connection: 'ChinaStorage' }, ctx: WI, scaler: 'azure-queue', metadata: { queueName: 'q', queueLength: '24', accountName: 'cnstore', cloud: 'AzureChinaCloud' }, auth: { kind: 'workload-identity' } },
  // azure-servicebus
  { name: 'servicebus queue, empty connection → AzureWebJobsServiceBus', type: 'serviceBusTrigger', props: { queueName: 'orders' }, scaler: 'azure-servicebus', metadata: { queueName: 'orders', messageCount: '16', connectionFromEnv: 'AzureWebJobsServiceBus' } },
  { name: 'servicebus topic + subscription', type: 'serviceBusTrigger', props: { topicName: 'events', subscriptionName: 'audit', connection: 'Bus' }, scaler: 'azure-servicebus', metadata: { topicName: 'events', subscriptionName: 'audit', messageCount: '16', connectionFromEnv: 'Bus' } },
  { name: 'servicebus sessions → maxConcurrentSessions 8', type: 'serviceBusTrigger', props: { queueName: 's', isSessionsEnabled: true }, scaler: 'azure-servicebus', metadata: { queueName: 's', messageCount: '8', connectionFromEnv: 'AzureWebJobsServiceBus' } },
  { name: 'servicebus batch → maxMessageBatchSize 1000', type: 'serviceBusTrigger', props: { queueName: 'b', cardinality: 'many' }, scaler: 'azure-servicebus', metadata: { queueName: 'b', messageCount: '1000', connectionFromEnv: 'AzureWebJobsServiceBus' } },
  { name: 'servicebus, legacy host.json messageHandlerOptions', type: 'serviceBusTrigger', props: { queueName: 'q' }, ctx: { host: { extensions: { serviceBus: { messageHandlerOptions: { maxConcurrentCalls: 4 } } } } }, scaler: 'azure-servicebus', metadata: { queueName: 'q', messageCount: '4', connectionFromEnv: 'AzureWebJobsServiceBus' } },
  { name: 'servicebus, identity __fullyQualifiedNamespace', type: 'serviceBusTrigger', props: { queueName: 'q', connection: 'IdBus' }, ctx: WI, scaler: 'azure-servicebus', metadata: { queueName: 'q', messageCount: '16', namespace: 'idbus' }, auth: { kind: 'workload-identity' } },
  { name: 'servicebus, connection string under workload identity → namespace', type: 'serviceBusTrigger', props: { queueName: 'q', connection: 'Bus' }, ctx: WI, scaler: 'azure-servicebus', metadata: { queueName: 'q', messageCount: '16', namespace: 'contoso-bus' }, auth: { kind: 'workload-identity' } },
  // azure-eventhub
  { name: 'eventhub, bundle 4 → storage connection + v5 checkpoints (blobMetadata)', type: 'eventHubTrigger', props: { eventHubName: 'telemetry', connection: 'Hubs' }, scaler: 'azure-eventhub', metadata: { consumerGroup: '$Default', unprocessedEventThreshold: '100', checkpointStrategy: 'blobMetadata', blobContainer: 'azure-webjobs-eventhub', connectionFromEnv: 'KEDA_EVENTHUB_CONNECTION_F', storageConnectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'eventhub, bundle 2 → legacy checkpoints (azureFunction), target 10', type: 'eventHubTrigger', props: { eventHubName: 'telemetry', connection: 'Hubs', consumerGroup: 'cg' }, ctx: { host: { extensionBundle: { version: '[2.*, 3.0.0)' } } }, scaler: 'azure-eventhub', metadata: { consumerGroup: 'cg', unprocessedEventThreshold: '10', checkpointStrategy: 'azureFunction', connectionFromEnv: 'KEDA_EVENTHUB_CONNECTION_F', storageConnectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'eventhub, EntityPath from the connection string', type: 'eventHubTrigger', props: { connection: 'HubsWithPath' }, scaler: 'azure-eventhub', metadata: { consumerGroup: '$Default', unprocessedEventThreshold: '100', checkpointStrategy: 'blobMetadata', blobContainer: 'azure-webjobs-eventhub', connectionFromEnv: 'HubsWithPath', storageConnectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'eventhub, targetUnprocessedEventThreshold wins', type: 'eventHubTrigger', props: { eventHubName: 'h', connection: 'Hubs' }, ctx: { host: { ...BUNDLE4, extensions: { eventHubs: { maxEventBatchSize: 10, targetUnprocessedEventThreshold: 75 } } } }, scaler: 'azure-eventhub', metadata: { consumerGroup: '$Default', unprocessedEventThreshold: '75', checkpointStrategy: 'blobMetadata', blobContainer: 'azure-webjobs-eventhub', connectionFromEnv: 'KEDA_EVENTHUB_CONNECTION_F', storageConnectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'eventhub, identity: eventHubNamespace + storageAccountName', type: 'eventHubTrigger', props: { eventHubName: 'h', connection: 'IdHubs' }, ctx: { ...WI, settings: IDENTITY_STORAGE }, scaler: 'azure-eventhub', metadata: { eventHubName: 'h', consumerGroup: '$Default', unprocessedEventThreshold: '100', checkpointStrategy: 'blobMetadata', blobContainer: 'azure-webjobs-eventhub', eventHubNamespace: 'idhubs', storageAccountName: 'hoststore' }, auth: { kind: 'workload-identity' } },
  // azure-blob
  { name: 'blob, container and prefix from path', type: 'blobTrigger', props: { path: 'uploads/images/{name}.png', connection: 'AzureWebJobsStorage' }, scaler: 'azure-blob', metadata: { blobContainerName: 'uploads', blobPrefix: 'images/', recursive: 'true', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'blob, no prefix', type: 'blobTrigger', props: { path: 'samples-workitems/{name}' }, scaler: 'azure-blob', metadata: { blobContainerName: 'samples-workitems', recursive: 'true', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'blob, partial segment prefix', type: 'blobTrigger', props: { path: 'inbox/img-{name}' }, scaler: 'azure-blob', metadata: { blobContainerName: 'inbox', blobPrefix: 'img-', recursive: 'true', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'blob, %Setting% container', type: 'blobTrigger', props: { path: '%Container%/{name}' }, scaler: 'azure-blob', metadata: { blobContainerName: 'incoming', recursive: 'true', connectionFromEnv: 'AzureWebJobsStorage' } },
  { name: 'blob, identity __blobServiceUri', type: 'blobTrigger', props: { path: 'container1/{name}', connection: 'BlobUri' }, ctx: WI, scaler: 'azure-blob', metadata: { blobContainerName: 'container1', recursive: 'true', accountName: 'blobstore' }, auth: { kind: 'workload-identity' } },
  // kafka
  { name: 'kafka, %Brokers% → bootstrapServersFromEnv, defaults', type: 'kafkaTrigger', props: { brokerList: '%Brokers%', topic: 't', consumerGroup: 'g' }, scaler: 'kafka', metadata: { bootstrapServersFromEnv: 'Brokers', topic: 't', consumerGroup: 'g', lagThreshold: '1000', offsetResetPolicy: 'earliest' } },
  { name: 'kafka, bare setting name → bootstrapServersFromEnv', type: 'kafkaTrigger', props: { brokerList: 'Brokers', topic: 't', consumerGroup: 'g', lagThreshold: 50 }, scaler: 'kafka', metadata: { bootstrapServersFromEnv: 'Brokers', topic: 't', consumerGroup: 'g', lagThreshold: '50', offsetResetPolicy: 'earliest' } },
  { name: 'kafka, literal brokers', type: 'kafkaTrigger', props: { brokerList: 'kafka:9092', topic: 't', consumerGroup: 'g' }, scaler: 'kafka', metadata: { bootstrapServers: 'kafka:9092', topic: 't', consumerGroup: 'g', lagThreshold: '1000', offsetResetPolicy: 'earliest' } },
  { name: 'kafka, SASL SCRAM over TLS → sasl/tls + TriggerAuthentication params', type: 'kafkaTrigger', props: { brokerList: '%Brokers%', topic: 't', consumerGroup: 'g', protocol: 'SaslSsl', authenticationMode: 'ScramSha512', username: 'KafkaUser', password: '%KafkaPass%' }, scaler: 'kafka', metadata: { bootstrapServersFromEnv: 'Brokers', topic: 't', consumerGroup: 'g', lagThreshold: '1000', offsetResetPolicy: 'earliest', sasl: 'scram_sha512', tls: 'enable' }, auth: { kind: 'secret', params: [{ parameter: 'username', setting: 'KafkaUser' }, { parameter: 'password', setting: 'KafkaPass' }] } },
  // rabbitmq
  { name: 'rabbitmq, connectionStringSetting → hostFromEnv, QueueLength 30 (the extension\'s prefetchCount)', type: 'rabbitMQTrigger', props: { queueName: 'jobs', connectionStringSetting: 'Rabbit' }, scaler: 'rabbitmq', metadata: { hostFromEnv: 'Rabbit', queueName: 'jobs', mode: 'QueueLength', value: '30' } },
  { name: 'rabbitmq, extension 2.x "connection", prefetchCount', type: 'rabbitMQTrigger', props: { queueName: 'jobs', connection: 'rabbit' }, ctx: { host: { extensions: { rabbitMQ: { prefetchCount: 5 } } } }, scaler: 'rabbitmq', metadata: { hostFromEnv: 'Rabbit', queueName: 'jobs', mode: 'QueueLength', value: '5' } },
  // cron (opt-in)
  { name: 'timer with cron opt-in: window from 5 min before to 15 min after', type: 'timerTrigger', props: { schedule: '0 30 2 * * *' }, ctx: { timerCron: {} }, scaler: 'cron', metadata: { start: '25 2 * * *', end: '45 2 * * *', timezone: 'Etc/UTC', desiredReplicas: '1' } },
  { name: 'timer with cron opt-in across midnight', type: 'timerTrigger', props: { schedule: '0 2 0 * * *' }, ctx: { timerCron: { timezone: 'Europe/Paris', desiredReplicas: 2 } }, scaler: 'cron', metadata: { start: '57 23 * * *', end: '17 0 * * *', timezone: 'Europe/Paris', desiredReplicas: '2' } },
  { name: 'timer with cron opt-in, %Setting% schedule, weekdays', type: 'timerTrigger', props: { schedule: '%Every%' }, ctx: { timerCron: { leadMinutes: 0, windowMinutes: 30 } }, scaler: 'cron', metadata: { start: '0 3 * * 1-5', end: '30 3 * * 1-5', timezone: 'Etc/UTC', desiredReplicas: '1' } },
  { name: 'timer with cron opt-in, minute list', type: 'timerTrigger', props: { schedule: '0 15,45 * * * *' }, ctx: { timerCron: { windowMinutes: 10 } }, scaler: 'cron', metadata: { start: '10,40 * * * *', end: '25,55 * * * *', timezone: 'Etc/UTC', desiredReplicas: '1' } }
];

describe('trigger → scaler rows', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const c = ctx(r.ctx);
    const out = mapTrigger(fn(r.type, r.props, c.settings), c);
    expect(out.kind).toBe('scaled');
    if (out.kind !== 'scaled') return;
    expect(out.trigger.type).toBe(r.scaler);
    expect(out.trigger.metadata).toEqual(r.metadata);
    expect(out.trigger.auth).toEqual(r.auth);
    expect(out.trigger.name).toBe('F');
    for (const v of Object.values(out.trigger.metadata)) expect(typeof v).toBe('string');
  });

  test('each emitted key is one TRIGGER_TABLE lists for the scaler', () => {
    for (const r of ROWS) {
      const rows = TRIGGER_TABLE.filter((t) => t.scaler === r.scaler);
      const keys = new Set(rows.flatMap((t) => [...t.metadata, ...(t.identityMetadata ?? [])]).flatMap((k) => k.replace(/\?/g, '').split(/ \| | \+ /)));
      for (const k of Object.keys(r.metadata)) expect([r.name, k, keys.has(k)]).toEqual([r.name, k, true]);
    }
  });

  test('httpTrigger goes to the HTTP Deployment', () => expect(mapTrigger(fn('httpTrigger', { methods: ['get'] }), ctx()).kind).toBe('http'));

  test('Durable functions on MSSQL share one mssql trigger', () => {
    const host: HostJson = { extensions: { durableTask: { storageProvider: { type: 'MicrosoftSQL' }, maxConcurrentActivityFunctions: 3 } } };
    const plan = planScaling(
      [fn('orchestrationTrigger', {}, SETTINGS, 'orch'), fn('activityTrigger', {}, SETTINGS, 'act'), fn('entityTrigger', {}, SETTINGS, 'ent')],
      ctx({ host })
    );
    expect(plan.workerFunctions).toEqual(['act', 'ent', 'orch']);
    expect(plan.triggers).toEqual([
      {
        name: 'durable-mssql',
        functions: ['orch', 'act', 'ent'],
        bindingType: 'durable',
        type: 'mssql',
        metadata: { query: 'SELECT dt.GetScaleRecommendation(10, 3)', targetValue: '1', connectionStringFromEnv: 'SQLDB_Connection' }
      }
    ]);
  });

  test('plan: HTTP and non-HTTP functions are split, disabled ones skipped with a warning', () => {
    const plan = planScaling(
      [
        fn('httpTrigger', {}, SETTINGS, 'web'),
        fn('queueTrigger', { queueName: 'q' }, SETTINGS, 'work'),
        { ...fn('timerTrigger', { schedule: 'x' }, SETTINGS, 'off'), disabled: true }
      ],
      ctx()
    );
    expect([plan.httpFunctions, plan.workerFunctions, plan.triggers.map((t) => t.name), plan.fixedReplicas]).toEqual([['web'], ['work'], ['work'], 0]);
    expect(plan.warnings).toEqual([
      "Storage queue targets (newBatchThreshold) scale with the host's processor count; taken as 1 per pod (assumed: no CPU request is set).",
      "function 'off' (timerTrigger) is disabled: neither loaded nor scaled."
    ]);
  });

  test('plan with fixed replicas: unsupported triggers run unscaled (Event Grid on the HTTP Deployment)', () => {
    const plan = planScaling(
      [
        fn('cosmosDBTrigger', { connection: 'Cosmos' }, SETTINGS, 'cosmos'),
        fn('eventGridTrigger', {}, SETTINGS, 'grid'),
        fn('queueTrigger', { queueName: 'q' }, SETTINGS, 'q')
      ],
      ctx({ unscaledReplicas: 2 })
    );
    expect([plan.httpFunctions, plan.workerFunctions, plan.fixedReplicas]).toEqual([['grid'], ['cosmos', 'q'], 2]);
  });
});

describe('upstream rules (issue 10)', () => {
  const scaled = (out: ReturnType<typeof mapTrigger>) => {
    if (out.kind !== 'scaled') throw new Error(JSON.stringify(out));
    return out;
  };

  test('eventhub, namespace-level connection string: no eventHubName; EntityPath (lower-cased) joins through a container env var', () => {
    const out = scaled(mapTrigger(fn('eventHubTrigger', { connection: 'Hubs', eventHubName: 'Telemetry' }), ctx()));
    expect(out.trigger.metadata.eventHubName).toBeUndefined();
    expect(out.trigger.metadata.connectionFromEnv).toBe('KEDA_EVENTHUB_CONNECTION_F');
    expect(out.trigger.podEnv).toEqual([{ name: 'KEDA_EVENTHUB_CONNECTION_F', value: '$(Hubs);EntityPath=telemetry' }]);
  });

  test('eventhub, EntityPath in the string and the same hub in the binding: the string as is, no eventHubName, no env', () => {
    const out = scaled(mapTrigger(fn('eventHubTrigger', { connection: 'HubsWithPath', eventHubName: 'Clicks' }), ctx()));
    expect(out.trigger.metadata).toMatchObject({ connectionFromEnv: 'HubsWithPath' });
    expect(out.trigger.metadata.eventHubName).toBeUndefined();
    expect(out.trigger.podEnv).toBeUndefined();
  });

  test('eventhub, identity form: namespace and hub lower-cased like the host checkpoint path', () => {
    const settings = { ...IDENTITY_STORAGE, IdHubs__fullyQualifiedNamespace: 'IdHubs.servicebus.windows.net' };
    const out = scaled(
      mapTrigger(fn('eventHubTrigger', { connection: 'IdHubs', eventHubName: 'Telemetry', consumerGroup: 'Readers' }, settings), ctx({ ...WI, settings }))
    );
    expect(out.trigger.metadata).toMatchObject({ eventHubName: 'telemetry', eventHubNamespace: 'idhubs', consumerGroup: 'Readers' });
  });

  test('eventhub, no bundle: the extension version the app shows picks the checkpoints; otherwise the assumption is said', () => {
    const noBundle = { version: '2.0' };
    const legacy = scaled(
      mapTrigger(
        fn('eventHubTrigger', { connection: 'HubsWithPath' }),
        ctx({ host: noBundle, eventHubsExtension: { major: 4, source: 'bin/extensions.json' } })
      )
    );
    expect(legacy.trigger.metadata.checkpointStrategy).toBe('azureFunction');
    expect(legacy.assumed).toBeUndefined();
    const v5 = scaled(
      mapTrigger(fn('eventHubTrigger', { connection: 'HubsWithPath' }), ctx({ host: noBundle, eventHubsExtension: { major: 5, source: 'app.csproj' } }))
    );
    expect(v5.trigger.metadata.checkpointStrategy).toBe('blobMetadata');
    const unknown = scaled(mapTrigger(fn('eventHubTrigger', { connection: 'HubsWithPath' }), ctx({ host: noBundle })));
    expect(unknown.trigger.metadata.checkpointStrategy).toBe('blobMetadata');
    expect(unknown.assumed).toMatch(/assumed extension 5 or later/);
  });

  test('kafka: a literal user name ($ConnectionString) reaches KEDA through a container env var, $ escaped', () => {
    const out = scaled(
      mapTrigger(
        fn('kafkaTrigger', {
          brokerList: '%Brokers%',
          topic: 't',
          consumerGroup: '$Default',
          protocol: 'SaslSsl',
          authenticationMode: 'Plain',
          username: '$ConnectionString',
          password: '%KafkaPass%'
        }),
        ctx()
      )
    );
    expect(out.trigger.auth).toEqual({
      kind: 'secret',
      params: [{ parameter: 'password', setting: 'KafkaPass' }],
      envParams: [{ parameter: 'username', env: 'KEDA_KAFKA_USERNAME_F' }]
    });
    expect(out.trigger.podEnv).toEqual([{ name: 'KEDA_KAFKA_USERNAME_F', value: '$$ConnectionString' }]);
    expect(out.trigger.metadata).toMatchObject({ consumerGroup: '$Default', sasl: 'plaintext', tls: 'enable', offsetResetPolicy: 'earliest' });
  });

  test('kafka: host.json autoOffsetReset latest → offsetResetPolicy latest', () => {
    const out = scaled(
      mapTrigger(
        fn('kafkaTrigger', { brokerList: 'k:9092', topic: 't', consumerGroup: 'g' }),
        ctx({ host: { ...BUNDLE4, extensions: { kafka: { autoOffsetReset: 'Latest' } } } })
      )
    );
    expect(out.trigger.metadata.offsetResetPolicy).toBe('latest');
  });

  test.each([
    ['queue, 2 processors: 16 + 8 × 2', 'queueTrigger', { queueName: 'q' }, {}, '32'],
    [
      'queue, explicit newBatchThreshold: no processor assumption',
      'queueTrigger',
      { queueName: 'q' },
      { queues: { batchSize: 10, newBatchThreshold: 0 } },
      '10'
    ],
    ['servicebus, 2 processors: maxConcurrentCalls 16 × 2', 'serviceBusTrigger', { queueName: 'q' }, {}, '32'],
    [
      'servicebus, batch wins over sessions (the host checks batch first)',
      'serviceBusTrigger',
      { queueName: 'q', cardinality: 'many', isSessionsEnabled: true },
      {},
      '1000'
    ],
    ['servicebus, sessions do not scale with processors', 'serviceBusTrigger', { queueName: 'q', isSessionsEnabled: true }, {}, '8']
  ])('%s', (_name, type, props, extensions, expected) => {
    const out = scaled(
      mapTrigger(fn(type, props), ctx({ host: { ...BUNDLE4, extensions }, processors: { count: 2, source: "from the Deployment's CPU request 2" } }))
    );
    expect(out.trigger.metadata.queueLength ?? out.trigger.metadata.messageCount).toBe(expected);
  });

  test('a target that depends on the processor count says what was assumed, once', () => {
    const plan = planScaling(
      [fn('queueTrigger', { queueName: 'a' }, SETTINGS, 'a'), fn('queueTrigger', { queueName: 'b' }, SETTINGS, 'b')],
      ctx({ processors: { count: 1, source: "from the Deployment's CPU request 250m" } })
    );
    expect(plan.warnings).toEqual([
      "Storage queue targets (newBatchThreshold) scale with the host's processor count; taken as 1 per pod (from the Deployment's CPU request 250m)."
    ]);
  });
});

describe('connections', () => {
  test.each([
    ['AzureWebJobsStorage', { mode: 'string', env: 'AzureWebJobsStorage', value: STORAGE }],
    ['MyStorage', { mode: 'string', env: 'AzureWebJobsMyStorage', value: STORAGE }],
    ['IdStorage', { mode: 'identity', prefix: 'IdStorage', props: { accountname: 'idstore' } }],
    ['Nothing', undefined]
  ])('%s', (name, expected) => expect(resolveConnection(name, SETTINGS)).toEqual(expected));
});

interface ErrorRow {
  name: string;
  functions: FunctionInfo[];
  ctx?: Partial<TriggerContext>;
  /** every text must appear in the one ActionError */
  message: string[];
}
// prettier-ignore
const ERRORS: ErrorRow[] = [
  { name: 'timer without cron opt-in', functions: [fn('timerTrigger', { schedule: '0 */5 * * * *' }, SETTINGS, 'Cleanup')], message: ["function 'Cleanup' (timerTrigger): cannot be scaled by KEDA: KEDA has no timer scaler"] },
  { name: 'cosmosDB', functions: [fn('cosmosDBTrigger', { connection: 'Cosmos' }, SETTINGS, 'Changes')], message: ["function 'Changes' (cosmosDBTrigger): cannot be scaled by KEDA: KEDA has no built-in Cosmos DB scaler"] },
  { name: 'eventGrid', functions: [fn('eventGridTrigger', {}, SETTINGS, 'OnEvent')], message: ["function 'OnEvent' (eventGridTrigger): cannot be scaled by KEDA: Event Grid pushes events over HTTP"] },
  { name: 'Event Grid-sourced blob trigger', functions: [fn('blobTrigger', { path: 'c/{name}', source: 'EventGrid' }, SETTINGS, 'OnBlob')], message: ["function 'OnBlob' (blobTrigger): cannot be scaled by KEDA: an Event Grid-sourced blob trigger"] },
  { name: 'Durable on Azure Storage', functions: [fn('orchestrationTrigger', {}, SETTINGS, 'Orch'), fn('activityTrigger', {}, SETTINGS, 'Act')], message: ["function 'Orch' (orchestrationTrigger): cannot be scaled by KEDA: Durable Functions scale with KEDA only on the MSSQL storage provider", "function 'Act' (activityTrigger)"] },
  { name: 'Durable on MSSQL without its connection', functions: [fn('entityTrigger', {}, SETTINGS, 'Ent')], ctx: { host: { extensions: { durableTask: { storageProvider: { type: 'mssql', connectionStringName: 'Sql' } } } } }, message: ["Durable functions (Ent): the MSSQL connection 'Sql'"] },
  { name: 'unknown type', functions: [fn('sqlTrigger', { tableName: 'dbo.Orders' }, SETTINGS, 'Rows')], message: ['function \'Rows\' (sqlTrigger): cannot be scaled by KEDA: no KEDA scaler is known for trigger type "sqlTrigger"'] },
  { name: 'missing connection setting', functions: [fn('queueTrigger', { queueName: 'q', connection: 'Missing' }, SETTINGS, 'Q')], message: ["function 'Q' (queueTrigger): connection 'Missing' is not in app-settings (looked for AzureWebJobsMissing, Missing or Missing__*)"] },
  { name: 'identity connection without workload identity', functions: [fn('queueTrigger', { queueName: 'q', connection: 'IdStorage' }, SETTINGS, 'Q')], message: ["function 'Q' (queueTrigger): connection 'IdStorage' is identity-based (IdStorage__…), which KEDA can only use with keda-auth: workload-identity"] },
  { name: 'queue without queueName', functions: [fn('queueTrigger', {}, SETTINGS, 'Q')], message: ["function 'Q' (queueTrigger): the binding has no queueName."] },
  { name: 'servicebus without entity', functions: [fn('serviceBusTrigger', { topicName: 't' }, SETTINGS, 'S')], message: ["function 'S' (serviceBusTrigger): the binding needs queueName, or topicName and subscriptionName."] },
  { name: 'eventhub without connection', functions: [fn('eventHubTrigger', { eventHubName: 'h' }, SETTINGS, 'E')], message: ["function 'E' (eventHubTrigger): the binding has no \"connection\""] },
  { name: 'eventhub without hub name', functions: [fn('eventHubTrigger', { connection: 'Hubs' }, SETTINGS, 'E')], message: ["function 'E' (eventHubTrigger): no eventHubName in the binding and no EntityPath"] },
  { name: 'eventhub, identity storage without workload identity', functions: [fn('eventHubTrigger', { connection: 'Hubs', eventHubName: 'h' }, IDENTITY_STORAGE, 'E')], ctx: { settings: IDENTITY_STORAGE }, message: ["function 'E' (eventHubTrigger): AzureWebJobsStorage is identity-based"] },
  { name: 'blob container with a binding expression', functions: [fn('blobTrigger', { path: '{container}/{name}' }, SETTINGS, 'B')], message: ["function 'B' (blobTrigger): the container of path \"{container}/{name}\" is \"{container}\""] },
  { name: 'kafka SASL password not a setting', functions: [fn('kafkaTrigger', { brokerList: 'k:9092', topic: 't', authenticationMode: 'Plain', username: 'KafkaUser', password: 'literal-password' }, SETTINGS, 'K')], message: ["function 'K' (kafkaTrigger): password must name an app setting"] },
  { name: 'kafka GSSAPI', functions: [fn('kafkaTrigger', { brokerList: 'k:9092', topic: 't', authenticationMode: 'Gssapi' }, SETTINGS, 'K')], message: ["function 'K' (kafkaTrigger): authenticationMode Gssapi is not supported"] },
  { name: 'kafka lagThreshold not a number', functions: [fn('kafkaTrigger', { brokerList: 'k:9092', topic: 't', lagThreshold: 'lots' }, SETTINGS, 'K')], message: ["function 'K' (kafkaTrigger): lagThreshold \"lots\" is not a positive whole number."] },
  { name: 'timer cron window with 0 replicas', functions: [fn('timerTrigger', { schedule: '0 0 1 * * *' }, SETTINGS, 'T')], ctx: { timerCron: { desiredReplicas: 0 } }, message: ["function 'T' (timerTrigger): cron window replicas must be a whole number ≥ 1, not 0."] },
  { name: 'rabbitmq host/user/password style', functions: [fn('rabbitMQTrigger', { queueName: 'q', hostName: 'rabbit' }, SETTINGS, 'R')], message: ["function 'R' (rabbitMQTrigger): the binding has no connectionStringSetting (hostName/userNameSetting/passwordSetting bindings cannot be scaled"] },
  // Kafka: the extension consumes with exactly the binding's group (no default) — issue 10, item 4
  { name: 'kafka without consumerGroup', functions: [fn('kafkaTrigger', { brokerList: 'k:9092', topic: 't' }, SETTINGS, 'K')], message: ["function 'K' (kafkaTrigger): the binding has no consumerGroup"] },
  // Azurite can never reach KEDA, whatever the auth mode — item 6
  { name: 'Azurite connection (connection-string)', functions: [fn('queueTrigger', { queueName: 'q', connection: 'Azurite' }, SETTINGS, 'Q')], message: ["function 'Q' (queueTrigger): setting Azurite is an Azurite connection string (UseDevelopmentStorage"] },
  { name: 'Azurite connection (workload-identity)', functions: [fn('blobTrigger', { path: 'uploads/{name}', connection: 'Azurite' }, SETTINGS, 'B')], ctx: WI, message: ["function 'B' (blobTrigger): setting Azurite is an Azurite connection string (UseDevelopmentStorage"] },
  { name: 'Azurite AzureWebJobsStorage for Event Hubs checkpoints', functions: [fn('eventHubTrigger', { connection: 'HubsWithPath' }, { ...SETTINGS, AzureWebJobsStorage: 'UseDevelopmentStorage=true' }, 'E')], ctx: { settings: { ...SETTINGS, AzureWebJobsStorage: 'UseDevelopmentStorage=true' } }, message: ["function 'E' (eventHubTrigger): setting AzureWebJobsStorage is an Azurite connection string"] },
  // Event Hubs: EntityPath rules and checkpoint-path case — items 1 and 2
  { name: 'eventhub, binding hub disagrees with EntityPath', functions: [fn('eventHubTrigger', { connection: 'HubsOtherPath', eventHubName: 'clicks' }, SETTINGS, 'E')], message: ["function 'E' (eventHubTrigger): the binding's event hub 'clicks' disagrees with EntityPath=orders in HubsOtherPath"] },
  { name: 'eventhub, EntityPath with capitals (blobMetadata)', functions: [fn('eventHubTrigger', { connection: 'HubsUpperPath' }, SETTINGS, 'E')], message: ["function 'E' (eventHubTrigger): EntityPath=Clicks in HubsUpperPath has capitals"] },
  { name: 'eventhub, Endpoint with capitals (blobMetadata)', functions: [fn('eventHubTrigger', { connection: 'HubsUpperHost', eventHubName: 'h' }, SETTINGS, 'E')], message: ["function 'E' (eventHubTrigger): the Endpoint of HubsUpperHost (Contoso-Hubs.servicebus.windows.net) has capitals"] },
  { name: 'timer every 5 minutes cannot be a cron window', functions: [fn('timerTrigger', { schedule: '0 */5 * * * *' }, SETTINGS, 'T')], ctx: { timerCron: {} }, message: ["function 'T' (timerTrigger): schedule \"0 */5 * * * *\" cannot be turned into a cron window"] },
  { name: 'timer TimeSpan schedule', functions: [fn('timerTrigger', { schedule: '00:05:00' }, SETTINGS, 'T')], ctx: { timerCron: {} }, message: ["function 'T' (timerTrigger): schedule 00:05:00 is a TimeSpan"] },
  { name: 'timer with a bad time zone', functions: [fn('timerTrigger', { schedule: '0 0 1 * * *' }, SETTINGS, 'T')], ctx: { timerCron: { timezone: 'Mars/Olympus' } }, message: ["function 'T' (timerTrigger): time zone \"Mars/Olympus\" is not an IANA time zone"] }
];

describe('error rows name the function and the trigger', () => {
  test.each(ERRORS.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    let err: unknown;
    try {
      planScaling(r.functions, ctx(r.ctx));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ActionError);
    for (const m of r.message) expect((err as Error).message).toContain(m);
    expect((err as ActionError).hint).toMatch(/AzureWebJobs\.<function>\.Disabled=true/);
  });

  test('all problems are reported at once', () => {
    const fns = ERRORS.slice(0, 4).flatMap((r) => r.functions);
    const msg = (() => {
      try {
        planScaling(fns, ctx());
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(msg).toMatch(/^4 problem\(s\)/);
    for (const name of ['Cleanup', 'Changes', 'OnEvent', 'OnBlob']) expect(msg).toContain(`'${name}'`);
  });

  test('unscaledReplicas must be ≥ 1', () => expect(() => planScaling([], ctx({ unscaledReplicas: 0 }))).toThrow(/≥ 1/));
});

describe('cron windows', () => {
  test.each([
    ['0 30 2 * * *', -5, '25 2 * * *'],
    ['0 30 2 * * *', 40, '10 3 * * *'],
    ['0 0 0 * * *', -1, '59 23 * * *'],
    ['0 0 * * * *', -5, '55 * * * *'],
    ['0 0 9-17 * * 1-5', -5, '55 8-16 * * 1-5'],
    ['0 5 8,20 * * *', 10, '15 8,20 * * *'],
    ['30 0 8 * * *', 0, '0 8 * * *'],
    ['0 8 * * *', 5, '5 8 * * *']
  ])('%s shifted by %i → %s', (schedule, minutes, expected) => expect(shiftSchedule(schedule, minutes)).toBe(expected));
  test.each([
    ['0 0 0 1 * *', -5], // crosses midnight on a given day of month
    ['0 0 9-23 * * *', 60 - 1 + 1], // range carried past 23
    ['*/10 * * * * *', 0], // several times a minute
    ['0 * * * * *', 5], // every minute
    ['0 */15 * * * *', 5],
    ['0 0,59 * * * *', 5], // carries differ
    ['bad', 0]
  ])('%s shifted by %i is not expressible', (schedule, minutes) => expect(shiftSchedule(schedule, minutes)).toBeUndefined());
});
