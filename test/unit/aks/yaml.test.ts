import { describe, expect, test } from '@jest/globals';
import YAML from 'yaml';
import { toYaml } from '../../../src/targets/aks/render.js';

// kubectl reads manifests as YAML 1.1, where a bare yes/no/on/off/y/n is a boolean: a string such as
// a queue named "on" must be quoted, or the API server gets a boolean and refuses the object.
describe('manifests survive kubectl\'s YAML 1.1 reading', () => {
  test.each(['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'True', 'FALSE', '0777', '1_000', '12:30'])('%j stays a string', (value) => {
    const doc = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', labels: { v: value } }, data: { v: value } };
    const parsed = YAML.parse(toYaml([doc]).replace(/^---\n/, ''), { version: '1.1' });
    expect(parsed).toEqual(doc);
  });
});
