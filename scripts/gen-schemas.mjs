#!/usr/bin/env node
// Generates src/targets/aks/schemas.generated.ts from the schema files in schemas/ (repo root).
//   node scripts/gen-schemas.mjs          write the module
//   node scripts/gen-schemas.mjs --check  exit 1 when the module differs from what would be written
//
// Why a generated module: the action is bundled by ncc into dist/index.js, where a path relative
// to the source file no longer exists. Embedding the schemas as a plain object keeps validation
// free of file-system lookups at run time, under Jest (src/) and in dist/ alike.
//
// What it does, per kind we render (nothing else is kept):
// - KEDA CRDs: takes spec.versions[v1alpha1].schema.openAPIV3Schema, replaces the bare
//   `metadata: {type: object}` with the Kubernetes ObjectMeta schema, and adds
//   `additionalProperties: false` to every object schema that lists properties and does not
//   preserve unknown fields (the API server would prune such fields silently; we reject them).
// - Kubernetes (standalone-strict JSON schemas): kept as they are.
// - Everywhere: drops `description`, `default`, `status`, `$schema` and the `x-kubernetes-*`
//   annotations (ajv ignores them; CEL rules are checked by hand in validate.ts), then shares
//   every repeated sub-schema of some size through `$defs` so the module stays small.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = join(root, 'schemas');
const OUT = join(root, 'src', 'targets', 'aks', 'schemas.generated.ts');
export const BUNDLE_ID = 'urn:azure-functions-container-deploy:schemas';

/** apiVersion/kind → source file and how to read it. Order is the order of the generated module. */
const KINDS = [
  { key: 'apps/v1/Deployment', file: 'kubernetes/deployment-apps-v1.json' },
  { key: 'v1/Secret', file: 'kubernetes/secret-v1.json' },
  { key: 'v1/Service', file: 'kubernetes/service-v1.json' },
  { key: 'v1/ServiceAccount', file: 'kubernetes/serviceaccount-v1.json' },
  { key: 'keda.sh/v1alpha1/ScaledObject', file: 'keda/keda.sh_scaledobjects.yaml', crd: true },
  { key: 'keda.sh/v1alpha1/TriggerAuthentication', file: 'keda/keda.sh_triggerauthentications.yaml', crd: true },
  { key: 'http.keda.sh/v1alpha1/HTTPScaledObject', file: 'keda/http.keda.sh_httpscaledobjects.yaml', crd: true }
];

/** Sub-schemas shorter than this (as compact JSON) are left inline. */
const MIN_SHARED = 120;
const DROP = new Set([
  'description',
  'default',
  '$schema',
  'x-kubernetes-group-version-kind',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-map-type',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-unions',
  'x-kubernetes-validations',
  'x-kubernetes-int-or-string',
  'x-kubernetes-embedded-resource'
]);

function crdSchema(text, file) {
  const crd = loadYaml(text);
  const version = crd?.spec?.versions?.find((v) => v.name === 'v1alpha1');
  const schema = version?.schema?.openAPIV3Schema;
  if (!schema) throw new Error(`${file}: no v1alpha1 openAPIV3Schema`);
  return schema;
}

/** Keys that hold a schema, a list of schemas or a map of schemas. */
function mapSchemas(node, fn) {
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'patternProperties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, fn(s)]));
    else if ((k === 'items' || k === 'additionalProperties' || k === 'not') && v && typeof v === 'object' && !Array.isArray(v)) out[k] = fn(v);
    else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) out[k] = v.map(fn);
    else out[k] = v;
  }
  return out;
}

function clean(schema, { strict }) {
  const walk = (node) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
    const kept = {};
    for (const [k, v] of Object.entries(node)) if (!DROP.has(k) && k !== 'x-kubernetes-preserve-unknown-fields') kept[k] = v;
    const out = mapSchemas(kept, walk);
    if (strict && out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
    return out;
  };
  return walk(schema);
}

/** JSON with sorted keys: the identity of a sub-schema. */
function canonical(node) {
  if (Array.isArray(node)) return `[${node.map(canonical).join(',')}]`;
  if (node && typeof node === 'object')
    return `{${Object.keys(node)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(node[k])}`)
      .join(',')}}`;
  return JSON.stringify(node);
}

function sorted(node) {
  if (Array.isArray(node)) return node.map(sorted);
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.keys(node)
        .sort()
        .map((k) => [k, sorted(node[k])])
    );
  return node;
}

export function buildBundle(dir = SCHEMA_DIR) {
  const roots = [];
  let objectMeta;
  for (const kind of KINDS) {
    const text = readFileSync(join(dir, kind.file), 'utf8');
    let schema = kind.crd ? crdSchema(text, kind.file) : JSON.parse(text);
    schema = clean(schema, { strict: Boolean(kind.crd) });
    const props = { ...schema.properties };
    delete props.status;
    if (!kind.crd) objectMeta ??= props.metadata;
    roots.push({ kind, schema: { ...schema, properties: props } });
  }
  for (const r of roots) if (r.kind.crd) r.schema.properties.metadata = objectMeta;

  // Count every sub-schema (schema positions only), then rebuild bottom-up, sharing the repeated ones.
  const counts = new Map();
  const count = (node) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    mapSchemas(node, (s) => (count(s), s));
    const c = canonical(node);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const r of roots) mapSchemas(r.schema, (s) => (count(s), s));

  const defs = new Map(); // canonical → { name, schema }
  const used = new Set(roots.map((r) => r.kind.key.split('/').pop()));
  const share = (node, hint) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const c = canonical(node);
    const rebuilt = mapSchemasNamed(node, share, hint);
    if ((counts.get(c) ?? 0) < 2 || c.length < MIN_SHARED) return rebuilt;
    let def = defs.get(c);
    if (!def) {
      let name = hint.replace(/[^A-Za-z0-9]/g, '') || 'schema';
      for (let i = 2; used.has(name); i++) name = `${hint.replace(/[^A-Za-z0-9]/g, '') || 'schema'}${i}`;
      used.add(name);
      def = { name, schema: rebuilt };
      defs.set(c, def);
    }
    return { $ref: `#/$defs/${def.name}` };
  };
  const bundleDefs = {};
  const kinds = {};
  for (const r of roots) {
    const name = r.kind.key.split('/').pop();
    bundleDefs[name] = mapSchemasNamed(r.schema, share, name);
    kinds[r.kind.key] = name;
  }
  for (const def of defs.values()) bundleDefs[def.name] = def.schema;
  const ordered = {};
  for (const name of [...Object.values(kinds), ...[...defs.values()].map((d) => d.name).sort()]) ordered[name] = sorted(bundleDefs[name]);
  return { kinds, defs: ordered };
}

/** Like mapSchemas, with a naming hint for shared parts: the property name, `<parent>Item` for array items. */
function mapSchemasNamed(node, fn, hint) {
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'patternProperties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, fn(s, p)]));
    else if ((k === 'items' || k === 'additionalProperties' || k === 'not') && v && typeof v === 'object' && !Array.isArray(v))
      out[k] = fn(v, `${hint}${k === 'items' ? 'Item' : k === 'not' ? 'Not' : 'Value'}`);
    else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) out[k] = v.map((s, i) => fn(s, `${hint}${k}${i}`));
    else out[k] = v;
  }
  return out;
}

export function renderModule(bundle) {
  const lines = [
    '// GENERATED by scripts/gen-schemas.mjs from schemas/ (see schemas/README.md). Do not edit by hand:',
    '// change the files in schemas/ and run `node scripts/gen-schemas.mjs`.',
    '',
    '/** $id of the bundle; shared sub-schemas are referenced as `#/$defs/<name>` inside it. */',
    `export const SCHEMA_BUNDLE_ID = ${JSON.stringify(BUNDLE_ID)};`,
    '',
    '/** `apiVersion/kind` → name of its schema in SCHEMA_BUNDLE.$defs. */',
    `export const KIND_SCHEMAS: Readonly<Record<string, string>> = ${JSON.stringify(bundle.kinds, null, 2)};`,
    '',
    '/** One JSON Schema document (draft 2019-09 style `$defs`) holding the kinds and their shared parts. */',
    'export const SCHEMA_BUNDLE: { $id: string; $defs: Record<string, object> } = {',
    '  $id: SCHEMA_BUNDLE_ID,',
    '  $defs: {'
  ];
  const names = Object.keys(bundle.defs);
  names.forEach((name, i) => lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(bundle.defs[name])}${i < names.length - 1 ? ',' : ''}`));
  lines.push('  }', '};', '');
  return lines.join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = renderModule(buildBundle());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`${OUT} is stale: run node scripts/gen-schemas.mjs`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date (${text.length} bytes).`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${text.length} bytes, ${Object.keys(buildBundle().defs).length} schemas)`);
  }
}
