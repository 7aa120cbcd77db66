/**
 * Object validation as kube-apiserver does it, in the two stages a server-side apply goes through:
 *
 *  1. "typed" conversion of the applied configuration against the kind's schema (structured-merge-diff):
 *     a field the schema does not declare, or a value of the wrong JSON type, fails the whole request
 *     with 400 BadRequest "failed to create typed patch object (...): .spec.foo: field not declared in
 *     schema". For POST/PUT the same problems are strict-decoding errors (400) under
 *     fieldValidation=Strict, and are dropped (with a Warning header for Warn) otherwise.
 *  2. validation of the resulting object: the schema's `required`, `enum`, bounds and patterns
 *     (CRDs), the CEL rules of the KEDA CRDs, and the hand-written semantic checks the built-in kinds
 *     have in kube-apiserver (names, labels, selector/template match, immutable fields, ...), answered
 *     with 422 Invalid and one `details.causes[]` entry per problem.
 *
 * Schemas: built-in kinds use the component schemas of the real OpenAPI v3 documents (with `$ref`s to
 * `#/components/schemas/...` resolved by ajv inside each document); custom resources use the CRD's
 * `openAPIV3Schema`, with `metadata` validated as ObjectMeta. Objects with declared `properties` get
 * `additionalProperties: false` unless they preserve unknown fields, which is how "not declared in
 * schema" is detected.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { builtinDocs, type Json } from './openapi.js';
import type { ResourceType } from './resources.js';

export type CauseReason =
  'FieldValueInvalid' | 'FieldValueRequired' | 'FieldValueNotSupported' | 'FieldValueDuplicate' | 'FieldValueTooLong' | 'FieldValueForbidden';

export interface Problem {
  /** Path segments from the object root. */
  path: Array<string | number>;
  reason: CauseReason;
  /** Text after the field, e.g. `Required value`, `Invalid value: "x": ...`. */
  message: string;
}

/** `spec.template.spec.containers[0].image`, `metadata.labels[app.kubernetes.io/name]` (apimachinery's field.Path form). */
export function fieldPath(path: Array<string | number>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${seg}]`;
  }
  return out;
}

/** `.spec.template.spec.containers[0].image` (structured-merge-diff's form, used in the 400 messages). */
export const smdPath = (path: Array<string | number>) => path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

const BASE = 'https://kube-emulator.invalid/openapi/v3/';
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Adds `additionalProperties: false` where the schema declares properties and keeps no unknown fields. */
function strictify(node: unknown, objectsWithoutPropsAreClosed: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => strictify(n, objectsWithoutPropsAreClosed));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'nullable' || k === 'default' || k === 'example') continue;
    if (k === 'properties' && v && typeof v === 'object') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, strictify(s, objectsWithoutPropsAreClosed)]));
    } else if (k === 'x-kubernetes-validations') out[k] = v;
    else out[k] = strictify(v, objectsWithoutPropsAreClosed);
  }
  const open = out['x-kubernetes-preserve-unknown-fields'] === true || 'additionalProperties' in out;
  if (!open && (out.properties || (objectsWithoutPropsAreClosed && out.type === 'object'))) out.additionalProperties = false;
  return out;
}

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  for (const [gvPath, doc] of builtinDocs()) {
    const schemas: Json = {};
    for (const [name, s] of Object.entries(doc.doc.components.schemas)) schemas[name] = strictify(s, false);
    ajv.addSchema({ $id: BASE + gvPath, components: { schemas } });
  }
  return ajv;
}

const OBJECT_META_REF = `${BASE}api/v1#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`;

function validatorFor(t: ResourceType): ValidateFunction | undefined {
  const a = getAjv();
  if (t.schema.source === 'builtin') {
    if (!t.schema.component) return undefined;
    const key = `${t.schema.gvPath}#${t.schema.component}`;
    let v = compiled.get(key);
    if (!v) {
      v = a.compile({ $ref: `${BASE}${t.schema.gvPath}#/components/schemas/${t.schema.component}` });
      compiled.set(key, v);
    }
    return v;
  }
  const text = JSON.stringify(t.schema.openAPIV3Schema);
  const key = `crd:${createHash('sha256').update(text).digest('hex')}`;
  let v = compiled.get(key);
  if (!v) {
    const schema = strictify(t.schema.openAPIV3Schema, true) as Json;
    const props = { ...((schema.properties as Json | undefined) ?? {}) };
    props.metadata = { $ref: OBJECT_META_REF };
    props.apiVersion = { type: 'string' };
    props.kind = { type: 'string' };
    v = a.compile({ ...schema, properties: props });
    compiled.set(key, v);
  }
  return v;
}

function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(obj: unknown, path: Array<string | number>): unknown {
  let cur: unknown = obj;
  for (const seg of path) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

const jsType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'map' : typeof v === 'number' ? 'numeric' : typeof v);
const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? `"${jsType(v)}"` : String(v));

export interface SchemaResult {
  /** Unknown fields and wrong JSON types: the "typed" stage (400, or pruned/warned for POST/PUT). */
  typed: Array<{ path: Array<string | number>; message: string; unknownField?: boolean }>;
  /** Everything else the schema says (422). */
  invalid: Problem[];
}

/** Checks `obj` against its kind's schema. `status` is not checked (it is owned by controllers). */
export function checkSchema(t: ResourceType, obj: Json): SchemaResult {
  const result: SchemaResult = { typed: [], invalid: [] };
  const validate = validatorFor(t);
  if (!validate) return result;
  const rest = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== 'status'));
  if (validate(rest)) {
    if (t.schema.source === 'crd') celRules(t.schema.openAPIV3Schema, rest, [], result.invalid);
    return result;
  }
  const errors = (validate.errors ?? []) as ErrorObject[];
  const alternativesAt = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const value = valueAt(rest, path);
    const key = `${e.keyword}:${e.instancePath}:${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.keyword === 'additionalProperties') {
      result.typed.push({ path: [...path, String(e.params.additionalProperty)], message: 'field not declared in schema', unknownField: true });
    } else if (e.keyword === 'type') {
      if (alternativesAt.has(e.instancePath)) continue;
      const want = String(e.params.type);
      result.typed.push({
        path,
        message: `expected ${want === 'number' || want === 'integer' ? 'numeric (int or float)' : want === 'object' ? 'map' : want === 'array' ? 'list' : want}, got ${jsType(value)}`
      });
    } else if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      const branchTypes = errors.filter((b) => b.instancePath === e.instancePath && b.keyword === 'type').map((b) => String(b.params.type));
      const other = errors.some((b) => b.instancePath === e.instancePath && !['type', 'oneOf', 'anyOf'].includes(b.keyword));
      if (!other) result.typed.push({ path, message: `expected ${[...new Set(branchTypes)].join(' or ')}, got ${jsType(value)}` });
    } else if (e.keyword === 'required') {
      result.invalid.push({ path: [...path, String(e.params.missingProperty)], reason: 'FieldValueRequired', message: 'Required value' });
    } else if (e.keyword === 'enum') {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      result.invalid.push({ path, reason: 'FieldValueNotSupported', message: `Unsupported value: ${shown(value)}: supported values: ${allowed}` });
    } else {
      const f = fieldPath(path);
      const limit = (e.params as Json).limit;
      const text: Record<string, string> = {
        minimum: `should be greater than or equal to ${String(limit)}`,
        maximum: `should be less than or equal to ${String(limit)}`,
        exclusiveMinimum: `should be greater than ${String(limit)}`,
        exclusiveMaximum: `should be less than ${String(limit)}`,
        minLength: `should be at least ${String(limit)} chars long`,
        maxLength: `may not be more than ${String(limit)} bytes`,
        minItems: `should have at least ${String(limit)} items`,
        maxItems: `must have at most ${String(limit)} items`,
        minProperties: `should have at least ${String(limit)} properties`,
        maxProperties: `should have at most ${String(limit)} properties`,
        pattern: `should match '${String((e.params as Json).pattern)}'`
      };
      const what = text[e.keyword] ?? e.message ?? e.keyword;
      const shownValue = e.keyword === 'minItems' || e.keyword === 'maxItems' ? (Array.isArray(value) ? value.length : 0) : value;
      result.invalid.push({ path, reason: 'FieldValueInvalid', message: `Invalid value: ${shown(shownValue)}: ${f} in body ${what}` });
    }
  }
  if (t.schema.source === 'crd' && result.typed.length === 0) celRules(t.schema.openAPIV3Schema, rest, [], result.invalid);
  return result;
}

/**
 * `x-kubernetes-validations` (CEL). kube-apiserver compiles arbitrary CEL; the emulator knows the
 * rules the KEDA 2.20 / HTTP add-on 0.15 CRDs declare (matched by their text) and skips any other.
 */
const CEL_RULES: Record<string, (self: Json) => boolean> = {
  'has(self.portName) != has(self.port)': (s) => 'portName' in s !== 'port' in s,
  '!has(self.minReplicaCount) || self.minReplicaCount <= (has(self.maxReplicaCount) ? self.maxReplicaCount : 100)': (s) =>
    !('minReplicaCount' in s) || Number(s.minReplicaCount) <= ('maxReplicaCount' in s ? Number(s.maxReplicaCount) : 100)
};

function celRules(schema: Json, value: unknown, path: Array<string | number>, out: Problem[]): void {
  if (value === undefined || value === null || typeof schema !== 'object') return;
  for (const rule of (schema['x-kubernetes-validations'] as Json[] | undefined) ?? []) {
    const fn = CEL_RULES[String(rule.rule).replace(/\s+/g, ' ').trim()];
    if (fn && value && typeof value === 'object' && !fn(value as Json)) {
      out.push({ path, reason: 'FieldValueInvalid', message: `Invalid value: "object": ${String(rule.message ?? `failed rule: ${String(rule.rule)}`)}` });
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => celRules(schema.items as Json, v, [...path, i], out));
  else if (value && typeof value === 'object') {
    const props = (schema.properties as Record<string, Json> | undefined) ?? {};
    for (const [k, v] of Object.entries(value as Json)) {
      const sub = props[k] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as Json) : undefined);
      if (sub) celRules(sub, v, [...path, k], out);
    }
  }
}

// ------------------------------------------------------------------ semantic checks of built-in kinds

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

const MSG_SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const MSG_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const MSG_1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

type Path = Array<string | number>;
/** `raw`: the value is printed as Go would print a non-string value (e.g. a map), without quotes. */
const invalid = (path: Path, value: unknown, why: string, raw = false): Problem => ({
  path,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${raw ? String(value) : shown(value)}: ${why}`
});
const required = (path: Path): Problem => ({ path, reason: 'FieldValueRequired', message: 'Required value' });
const unsupported = (path: Path, value: unknown, allowed: string[]): Problem => ({
  path,
  reason: 'FieldValueNotSupported',
  message: `Unsupported value: ${shown(value)}: supported values: ${allowed.map((a) => `"${a}"`).join(', ')}`
});

function checkName(out: Problem[], path: Path, name: unknown, rule: 'subdomain' | 'label' | '1035'): void {
  if (typeof name !== 'string' || name === '') {
    out.push(required(path));
    return;
  }
  const [re, msg, max] =
    rule === 'subdomain' ? [DNS1123_SUBDOMAIN, MSG_SUBDOMAIN, 253] : rule === 'label' ? [DNS1123_LABEL, MSG_LABEL, 63] : [DNS1035_LABEL, MSG_1035, 63];
  if (name.length > max) out.push(invalid(path, name, `must be no more than ${max} characters`));
  if (!re.test(name)) out.push(invalid(path, name, msg));
}

function checkQualifiedKey(out: Problem[], path: Path, key: string): void {
  const parts = key.split('/');
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length > 2 || (parts.length === 2 && (!parts[0] || parts[0].length > 253 || !DNS1123_SUBDOMAIN.test(parts[0])))) {
    out.push(invalid(path, key, 'prefix part ' + MSG_SUBDOMAIN));
  }
  if (!name || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    out.push(
      invalid(
        path,
        key,
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
      )
    );
  }
}

function checkLabels(out: Problem[], path: Path, labels: unknown): void {
  if (!labels || typeof labels !== 'object') return;
  for (const [k, v] of Object.entries(labels as Json)) {
    checkQualifiedKey(out, path, k);
    const s = String(v);
    if (s.length > 63) out.push(invalid(path, s, 'must be no more than 63 characters'));
    if (!LABEL_VALUE.test(s)) {
      out.push(
        invalid(
          path,
          s,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        )
      );
    }
  }
}

function checkMeta(out: Problem[], meta: Json, nameRule: 'subdomain' | 'label' | '1035', namespaced: boolean): void {
  checkName(out, ['metadata', 'name'], meta.name, nameRule);
  if (namespaced && meta.namespace !== undefined) checkName(out, ['metadata', 'namespace'], meta.namespace, 'label');
  checkLabels(out, ['metadata', 'labels'], meta.labels);
  const annotations = (meta.annotations as Json | undefined) ?? {};
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    checkQualifiedKey(out, ['metadata', 'annotations'], k);
    size += k.length + String(v).length;
  }
  if (size > 256 * 1024) out.push({ path: ['metadata', 'annotations'], reason: 'FieldValueTooLong', message: 'Too long: must have at most 262144 bytes' });
}

/** A label selector matches a label set (matchLabels + matchExpressions). */
export function selectorMatches(selector: Json | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  for (const [k, v] of Object.entries((selector.matchLabels as Json | undefined) ?? {})) if (labels[k] !== v) return false;
  for (const e of (selector.matchExpressions as Json[] | undefined) ?? []) {
    const key = String(e.key);
    const values = (e.values as string[] | undefined) ?? [];
    const has = key in labels;
    if (e.operator === 'In' && !(has && values.includes(labels[key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

function goMap(m: Json | undefined): string {
  return `map[string]string{${Object.entries(m ?? {})
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(', ')}}`;
}

function checkPodTemplate(out: Problem[], tpl: Json | undefined, base: Path): void {
  const spec = (tpl?.spec as Json | undefined) ?? {};
  const sp = [...base, 'spec'];
  checkLabels(out, [...base, 'metadata', 'labels'], (tpl?.metadata as Json | undefined)?.labels);
  const restart = spec.restartPolicy;
  if (restart !== undefined && restart !== 'Always') out.push(unsupported([...sp, 'restartPolicy'], restart, ['Always']));
  if (spec.serviceAccountName !== undefined) checkName(out, [...sp, 'serviceAccountName'], spec.serviceAccountName, 'subdomain');
  const containers = (spec.containers as Json[] | undefined) ?? [];
  if (containers.length === 0) out.push(required([...sp, 'containers']));
  const names = new Set<string>();
  for (const [list, kind] of [
    [containers, 'containers'],
    [(spec.initContainers as Json[] | undefined) ?? [], 'initContainers']
  ] as Array<[Json[], string]>) {
    list.forEach((c, i) => {
      const cp = [...sp, kind, i];
      checkName(out, [...cp, 'name'], c.name, 'label');
      if (typeof c.name === 'string') {
        if (names.has(c.name)) out.push({ path: [...cp, 'name'], reason: 'FieldValueDuplicate', message: `Duplicate value: "${c.name}"` });
        names.add(c.name);
      }
      if (!c.image || String(c.image).trim() === '') out.push(required([...cp, 'image']));
      if (c.imagePullPolicy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(String(c.imagePullPolicy))) {
        out.push(unsupported([...cp, 'imagePullPolicy'], c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
      }
      ((c.env as Json[] | undefined) ?? []).forEach((e, j) => {
        const n = e.name;
        if (typeof n !== 'string' || n === '') out.push(required([...cp, 'env', j, 'name']));
        else if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(n))
          out.push(invalid([...cp, 'env', j, 'name'], n, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
      });
      ((c.ports as Json[] | undefined) ?? []).forEach((p, j) => {
        const port = Number(p.containerPort);
        if (!(port >= 1 && port <= 65535)) out.push(invalid([...cp, 'ports', j, 'containerPort'], p.containerPort, 'must be between 1 and 65535, inclusive'));
        if (p.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(String(p.protocol)))
          out.push(unsupported([...cp, 'ports', j, 'protocol'], p.protocol, ['SCTP', 'TCP', 'UDP']));
      });
    });
  }
}

/**
 * The kube-apiserver validation a kind has beyond its schema (pkg/apis/<group>/validation), for
 * the kinds this project renders. `old` is the stored object on updates (immutable fields).
 */
export function semanticChecks(t: ResourceType, obj: Json, old: Json | undefined): Problem[] {
  const out: Problem[] = [];
  const meta = (obj.metadata as Json | undefined) ?? {};
  const spec = (obj.spec as Json | undefined) ?? {};
  const key = t.group ? `${t.kind}.${t.group}` : t.kind;
  checkMeta(out, meta, key === 'Namespace' ? 'label' : key === 'Service' ? '1035' : 'subdomain', t.namespaced);
  switch (key) {
    case 'Deployment.apps':
    case 'ReplicaSet.apps': {
      const replicas = spec.replicas;
      if (typeof replicas === 'number' && replicas < 0) out.push(invalid(['spec', 'replicas'], replicas, 'must be greater than or equal to 0'));
      const selector = spec.selector as Json | undefined;
      const hasSelector =
        selector &&
        (Object.keys((selector.matchLabels as Json | undefined) ?? {}).length > 0 || ((selector.matchExpressions as Json[] | undefined) ?? []).length > 0);
      if (selector && !hasSelector) out.push(invalid(['spec', 'selector'], selector, `empty selector is invalid for ${t.kind.toLowerCase()}`));
      const tpl = spec.template as Json | undefined;
      const tplLabels = ((tpl?.metadata as Json | undefined)?.labels as Record<string, string> | undefined) ?? {};
      if (hasSelector && !selectorMatches(selector, tplLabels)) {
        out.push(invalid(['spec', 'template', 'metadata', 'labels'], goMap(tplLabels), '`selector` does not match template `labels`', true));
      }
      checkLabels(out, ['spec', 'selector', 'matchLabels'], selector?.matchLabels);
      if (tpl) checkPodTemplate(out, tpl, ['spec', 'template']);
      const oldSel = (old?.spec as Json | undefined)?.selector;
      if (old && JSON.stringify(oldSel) !== JSON.stringify(selector)) {
        out.push(
          invalid(
            ['spec', 'selector'],
            `v1.LabelSelector{MatchLabels:${goMap((selector?.matchLabels as Json | undefined) ?? {})}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`,
            'field is immutable',
            true
          )
        );
      }
      const strategy = spec.strategy as Json | undefined;
      if (strategy?.type !== undefined && !['Recreate', 'RollingUpdate'].includes(String(strategy.type)))
        out.push(unsupported(['spec', 'strategy', 'type'], strategy.type, ['Recreate', 'RollingUpdate']));
      break;
    }
    case 'Service': {
      const type = spec.type ?? 'ClusterIP';
      const types = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
      if (!types.includes(String(type))) out.push(unsupported(['spec', 'type'], type, types));
      const ports = (spec.ports as Json[] | undefined) ?? [];
      if (ports.length === 0 && type !== 'ExternalName' && spec.clusterIP !== 'None') out.push(required(['spec', 'ports']));
      const names = new Set<string>();
      ports.forEach((p, i) => {
        const pp: Path = ['spec', 'ports', i];
        if (ports.length > 1 && !p.name) out.push(required([...pp, 'name']));
        if (p.name !== undefined) {
          const n = String(p.name);
          if (names.has(n)) out.push({ path: [...pp, 'name'], reason: 'FieldValueDuplicate', message: `Duplicate value: "${n}"` });
          names.add(n);
          if (n.length > 15 || !IANA_SVC_NAME.test(n)) checkName(out, [...pp, 'name'], n, 'label');
        }
        const port = Number(p.port);
        if (!(port >= 1 && port <= 65535)) out.push(invalid([...pp, 'port'], p.port, 'must be between 1 and 65535, inclusive'));
        const tp = p.targetPort;
        if (typeof tp === 'number' && !(tp >= 1 && tp <= 65535)) out.push(invalid([...pp, 'targetPort'], tp, 'must be between 1 and 65535, inclusive'));
        if (typeof tp === 'string' && (tp.length > 15 || !IANA_SVC_NAME.test(tp) || !/[a-z]/.test(tp))) {
          out.push(invalid([...pp, 'targetPort'], tp, 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'));
        }
        if (p.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(String(p.protocol)))
          out.push(unsupported([...pp, 'protocol'], p.protocol, ['SCTP', 'TCP', 'UDP']));
      });
      checkLabels(out, ['spec', 'selector'], spec.selector);
      const oldIP = (old?.spec as Json | undefined)?.clusterIP;
      if (old && oldIP && spec.clusterIP !== undefined && spec.clusterIP !== oldIP)
        out.push(invalid(['spec', 'clusterIP'], spec.clusterIP, 'field is immutable'));
      break;
    }
    case 'Secret':
    case 'ConfigMap': {
      let size = 0;
      for (const field of ['data', 'stringData', 'binaryData']) {
        for (const [k, v] of Object.entries((obj[field] as Json | undefined) ?? {})) {
          if (!CONFIG_KEY.test(k)) {
            out.push(
              invalid(
                [field, k],
                k,
                "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
              )
            );
          }
          size += String(v).length;
        }
      }
      if (size > 1024 * 1024) out.push({ path: ['data'], reason: 'FieldValueTooLong', message: 'Too long: must have at most 1048576 bytes' });
      if (key === 'Secret' && old && (old.type ?? 'Opaque') !== (obj.type ?? 'Opaque')) out.push(invalid(['type'], obj.type, 'field is immutable'));
      if (old?.immutable === true && JSON.stringify(old.data ?? {}) !== JSON.stringify(obj.data ?? {})) {
        out.push({ path: ['data'], reason: 'FieldValueForbidden', message: 'Forbidden: field is immutable when `immutable` is set' });
      }
      break;
    }
    default:
      break;
  }
  return out;
}
