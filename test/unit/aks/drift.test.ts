/** AKS drift from managedFields: paths by name (never a set's value), other managers only, the dry run decides what is overwritten. */
import { describe, expect, test } from '@jest/globals';
import { aksDrift, fieldPaths } from '../../../src/targets/aks/drift.js';

const ours = 'azure-functions-container-deploy';
const patchFields = {
  'f:spec': {
    'f:replicas': {},
    'f:template': {
      'f:spec': { 'f:containers': { 'k:{"name":"fn"}': { '.': {}, 'f:env': { 'k:{"name":"FOO"}': { '.': {}, 'f:name': {}, 'f:value': {} } } } } }
    }
  }
};
const obj = (managed: Array<Record<string, unknown>>) => ({ kind: 'Deployment', metadata: { name: 'app-http', managedFields: managed } });

describe('fieldPaths', () => {
  test.each([
    [{ 'f:spec': { 'f:replicas': {} } }, ['spec.replicas']],
    [patchFields, ['spec.replicas', 'spec.template.spec.containers[name=fn].env[name=FOO]']],
    [{ 'f:metadata': { 'f:finalizers': { 'v:"secret-looking-value"': {} } } }, ['metadata.finalizers[a value]']]
  ])('%j → %j', (fields, paths) => expect(fieldPaths(fields)).toEqual(paths));
});

describe('aksDrift', () => {
  const live = obj([
    { manager: ours, operation: 'Apply', fieldsV1: { 'f:spec': { 'f:revisionHistoryLimit': {} } } },
    { manager: 'kube-controller-manager', operation: 'Update', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:deployment.kubernetes.io/revision': {} } } } },
    { manager: 'kube-controller-manager', operation: 'Update', subresource: 'status', fieldsV1: { 'f:status': { 'f:replicas': {} } } },
    { manager: 'kubectl-patch', operation: 'Update', fieldsV1: patchFields }
  ]);
  test('other managers’ fields, by name; the dry run says which this apply takes over', () => {
    const dry = obj([
      { manager: ours, operation: 'Apply', fieldsV1: { 'f:spec': { 'f:replicas': {} } } },
      { manager: 'kubectl-patch', operation: 'Update', fieldsV1: { 'f:spec': { 'f:template': patchFields['f:spec']['f:template'] } } }
    ]);
    expect(aksDrift([live], [dry], ours)).toEqual([
      { object: 'Deployment/app-http', field: 'spec.replicas', manager: 'kubectl-patch', overwritten: true },
      { object: 'Deployment/app-http', field: 'spec.template.spec.containers[name=fn].env[name=FOO]', manager: 'kubectl-patch', overwritten: false }
    ]);
  });
  test('an object the action never applied is not compared', () => {
    expect(aksDrift([obj([{ manager: 'kubectl-patch', operation: 'Update', fieldsV1: patchFields }])], [], ours)).toEqual([]);
  });
});
