import { describe, expect, test } from '@jest/globals';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { toYaml } from '../../../src/targets/aks/render.js';

// kubectl reads manifests as YAML 1.1, where a bare yes/no/on/off/y/n is a boolean: a string such as
// a queue named "on" must be quoted, or the API server gets a boolean and refuses the object.
const VALUES = ['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'True', 'FALSE', '0777', '1_000', '12:30'];
const asYaml11 = (text: string) => load(text.replace(/^---\n/, ''), { schema: YAML11_SCHEMA });

describe("manifests survive kubectl's YAML 1.1 reading", () => {
  test.each(VALUES)('%j stays a string', (value) => {
    const doc = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', labels: { v: value } }, data: { v: value } };
    expect(asYaml11(toYaml([doc]))).toEqual(doc);
  });

  test.each(VALUES)('%j unquoted is not a string to a YAML 1.1 reader (the check above can fail)', (value) => {
    expect(typeof (asYaml11(`v: ${value}\n`) as { v: unknown }).v).not.toBe('string');
  });
});
