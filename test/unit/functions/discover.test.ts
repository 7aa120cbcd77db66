import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ActionError } from '../../../src/util/errors.js';
import { canonicalTriggerType, discoverFunctions, findSetting, resolveSettingReferences, type FunctionInfo } from '../../../src/functions/discover.js';
import { APPS } from '../aks/cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'aks-discover-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A throw-away app folder: path → file content (objects are written as JSON). */
function app(files: Record<string, unknown>): string {
  const root = join(scratch, `app${n++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  mkdirSync(root, { recursive: true });
  return root;
}
const HOST = { version: '2.0' };
const queueFn = (queueName = 'orders', extra: Record<string, unknown> = {}) => ({
  bindings: [{ name: 'msg', type: 'queueTrigger', direction: 'in', queueName, connection: 'AzureWebJobsStorage', ...extra }]
});
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ActionError);
    return (err as Error).message;
  }
  throw new Error('did not throw');
};

describe('function.json apps', () => {
  test('every */function.json, sorted by name, the trigger binding without direction', () => {
    const found = discoverFunctions(join(APPS, 'storage-queue'), { settings: { InvoicesQueue: 'invoices' } });
    expect(found.model).toBe('function.json');
    expect(found.functions.map((f) => f.name)).toEqual(['invoices', 'orders', 'status']);
    expect(found.functions[1]).toEqual({
      name: 'orders',
      source: 'orders/function.json',
      trigger: { name: 'order', type: 'queueTrigger', queueName: 'orders', connection: '' }
    });
    expect(found.host.extensions).toEqual({ queues: { batchSize: 8, newBatchThreshold: 4 } });
  });

  test('%Setting% references are resolved and remembered', () => {
    const [invoices] = discoverFunctions(join(APPS, 'storage-queue'), { settings: { invoicesqueue: 'invoices-v2' } }).functions;
    expect(invoices.trigger.queueName).toBe('invoices-v2');
    expect(invoices.settingRefs).toEqual({ queueName: 'invoicesqueue' });
  });

  test('references inside a longer value', () => {
    const problems: string[] = [];
    const fn: FunctionInfo = { name: 'f', source: 's', trigger: { type: 'blobTrigger', path: '%Container%/%Folder%/{name}' } };
    expect(resolveSettingReferences(fn, { Container: 'in', Folder: 'a' }, problems).trigger.path).toBe('in/a/{name}');
    expect(problems).toEqual([]);
  });

  test('a missing setting names the function, trigger, property and setting', () => {
    const msg = message(() => discoverFunctions(join(APPS, 'storage-queue'), { settings: {} }));
    expect(msg).toContain(
      "function 'invoices' (queueTrigger): property queueName refers to app setting 'InvoicesQueue' (%InvoicesQueue%), which is not in app-settings."
    );
  });

  test('disabled by function.json or by AzureWebJobs.<name>.Disabled; a disabled function needs no settings', () => {
    const root = app({
      'host.json': HOST,
      'a/function.json': { ...queueFn(), disabled: true },
      'b/function.json': queueFn('%Missing%'),
      'c/function.json': queueFn()
    });
    const found = discoverFunctions(root, { settings: { 'AzureWebJobs.b.Disabled': 'true' } });
    expect(found.functions.map((f) => [f.name, f.disabled ?? false])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false]
    ]);
    expect(discoverFunctions(root, { settings: { AzureWebJobs__b__Disabled: '1' } }).functions[1].disabled).toBe(true);
  });

  test('host.json "functions" is an allow-list', () => {
    const root = app({ 'host.json': { ...HOST, functions: ['a', 'ghost'] }, 'a/function.json': queueFn(), 'b/function.json': queueFn() });
    const found = discoverFunctions(root);
    expect(found.functions.map((f) => f.name)).toEqual(['a']);
    expect(found.warnings).toEqual(["host.json lists function 'ghost', which the app does not have."]);
  });

  test('a function with no or two triggers is an error', () => {
    const root = app({
      'host.json': HOST,
      'none/function.json': { bindings: [{ type: 'http', direction: 'out', name: 'res' }] },
      'two/function.json': { bindings: [...queueFn().bindings, { type: 'timerTrigger', name: 't', schedule: '0 * * * * *' }] }
    });
    const msg = message(() => discoverFunctions(root));
    expect(msg).toContain("function 'none' (none/function.json): no trigger binding");
    expect(msg).toContain("function 'two' (two/function.json): 2 trigger bindings (queueTrigger, timerTrigger)");
  });

  test('invalid JSON names the file', () => {
    const root = app({ 'host.json': HOST, 'a/function.json': '{ "bindings": [ }' });
    expect(message(() => discoverFunctions(root))).toMatch(/a\/function\.json is not valid JSON/);
  });
});

describe('.NET isolated functions.metadata', () => {
  test('parsed as JSON, keyed by name', () => {
    const found = discoverFunctions(join(APPS, 'dotnet-isolated'));
    expect(found.model).toBe('functions.metadata');
    expect(found.functions.map((f) => `${f.name}:${f.trigger.type}`)).toEqual([
      'Health:httpTrigger',
      'ProcessOrder:serviceBusTrigger',
      'ResizeImage:blobTrigger',
      'Telemetry:eventHubTrigger'
    ]);
    const order = found.functions[1];
    expect(order.trigger).toMatchObject({ queueName: 'orders', connection: 'ServiceBusConnection', cardinality: 'One' });
    expect(order.trigger.direction).toBeUndefined();
    expect(order.source).toBe('functions.metadata');
  });

  test('more than one function (what the func CLI sed script breaks on) and entries without name', () => {
    const fns = [1, 2, 3].map((i) => ({ name: `F${i}`, bindings: queueFn(`q${i}`).bindings }));
    expect(discoverFunctions(app({ 'host.json': HOST, 'functions.metadata': fns })).functions.map((f) => f.trigger.queueName)).toEqual(['q1', 'q2', 'q3']);
    expect(message(() => discoverFunctions(app({ 'host.json': HOST, 'functions.metadata': [{ bindings: [] }] })))).toContain(
      'functions.metadata: entry 0 has no "name"'
    );
  });
});

describe('declared triggers (Node v4, Python v2)', () => {
  test('Node v4 method names map to binding types', () => {
    const found = discoverFunctions(join(APPS, 'node-v4'));
    expect(found.model).toBe('declared');
    expect(found.functions.map((f) => [f.name, f.trigger.type, f.source])).toEqual([
      ['auditTrail', 'serviceBusTrigger', 'function-triggers.yaml'],
      ['ping', 'httpTrigger', 'function-triggers.yaml'],
      ['resizeRequests', 'queueTrigger', 'function-triggers.yaml']
    ]);
  });

  test('Python v2 decorator names and snake_case arguments', () => {
    const found = discoverFunctions(join(APPS, 'python-v2'), { settings: { WorkQueue: 'work-items' } });
    const work = found.functions.find((f) => f.name === 'work')!;
    expect(work.trigger).toEqual({ type: 'queueTrigger', queueName: 'work-items', connection: 'AzureWebJobsStorage' });
    expect(work.settingRefs).toEqual({ queueName: 'WorkQueue' });
    expect(found.functions.find((f) => f.name === 'readings')!.trigger).toEqual({
      type: 'eventHubTrigger',
      eventHubName: 'readings',
      connection: 'EventHubConnection',
      consumerGroup: '$Default'
    });
  });

  test('JSON file given explicitly, with disabled', () => {
    const root = app({
      'host.json': HOST,
      'deploy/triggers.json': { functions: { a: { type: 'queueTrigger', queueName: 'q' }, b: { type: 'timer', schedule: '0 0 * * * *', disabled: true } } }
    });
    const found = discoverFunctions(root, { triggersFile: 'deploy/triggers.json' });
    expect(found.functions).toEqual([
      { name: 'a', source: 'deploy/triggers.json', trigger: { type: 'queueTrigger', queueName: 'q' } },
      { name: 'b', source: 'deploy/triggers.json', trigger: { type: 'timerTrigger', schedule: '0 0 * * * *' }, disabled: true }
    ]);
    expect(message(() => discoverFunctions(root, { triggersFile: 'nope.yaml' }))).toMatch(/nope\.yaml does not exist/);
  });

  test('malformed declarations are errors naming the function', () => {
    const root = app({ 'host.json': HOST, 'function-triggers.yaml': 'functions:\n  a:\n    queueName: q\n  b: 3\n  c:\n    type: queue\n' });
    const msg = message(() => discoverFunctions(root));
    expect(msg).toContain(`function 'a' (function-triggers.yaml): "type" is missing`);
    expect(msg).toContain(`function 'b' (function-triggers.yaml): expected a mapping`);
    expect(msg).toContain(`function 'c' (function-triggers.yaml): type "queue" is not a trigger`);
    expect(message(() => discoverFunctions(app({ 'host.json': HOST, 'function-triggers.yaml': '- a\n' })))).toMatch(/top-level "functions" mapping/);
  });

  test('declared triggers next to function.json folders is ambiguous', () => {
    const root = app({ 'host.json': HOST, 'a/function.json': queueFn(), 'function-triggers.yaml': 'functions: {}\n' });
    expect(message(() => discoverFunctions(root))).toMatch(/more than one way \(\*\/function\.json, declared triggers\)/);
  });

  test.each([
    ['queueTrigger', 'queueTrigger'],
    ['QUEUETRIGGER', 'queueTrigger'],
    ['queue_trigger', 'queueTrigger'],
    ['storageQueue', 'queueTrigger'],
    ['storageBlob', 'blobTrigger'],
    ['blob_trigger', 'blobTrigger'],
    ['serviceBusQueue', 'serviceBusTrigger'],
    ['service_bus_topic_trigger', 'serviceBusTrigger'],
    ['eventHub', 'eventHubTrigger'],
    ['event_hub_message_trigger', 'eventHubTrigger'],
    ['http', 'httpTrigger'],
    ['route', 'httpTrigger'],
    ['timer', 'timerTrigger'],
    ['schedule', 'timerTrigger'],
    ['cosmosDB', 'cosmosDBTrigger'],
    ['kafka_trigger', 'kafkaTrigger'],
    ['sqlTrigger', 'sqlTrigger']
  ])('type %s → %s', (given, canonical) => expect(canonicalTriggerType(given)).toBe(canonical));
});

describe('no app, no function', () => {
  test('no function found is an error naming the folder', () => {
    const root = app({ 'host.json': HOST, 'lib/helper.js': '' });
    const msg = message(() => discoverFunctions(root));
    expect(msg).toContain(`No function found in ${root}`);
    expect(msg).toContain('no */function.json');
  });
  test('the allow-list excluding everything is "no function" too', () => {
    expect(message(() => discoverFunctions(app({ 'host.json': { ...HOST, functions: ['x'] }, 'a/function.json': queueFn() })))).toMatch(
      /No function found[\s\S]*excludes them all/
    );
  });
  test('no host.json / no folder', () => {
    expect(message(() => discoverFunctions(app({ 'a/function.json': queueFn() })))).toMatch(/No host.json in/);
    expect(message(() => discoverFunctions(join(scratch, 'missing')))).toMatch(/does not exist/);
  });
  test('settings are looked up ignoring case, exact name first', () => {
    expect(findSetting({ Abc: '1', abc: '2' }, 'abc')).toEqual({ name: 'abc', value: '2' });
    expect(findSetting({ Abc: '1' }, 'ABC')).toEqual({ name: 'Abc', value: '1' });
    expect(findSetting({}, 'x')).toBeUndefined();
  });
});
