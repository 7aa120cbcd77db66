/**
 * `labelSelector` and `fieldSelector` query parameters, parsed and matched the way the API server
 * does: label selectors support `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`
 * (comma = AND); field selectors support `=`, `==`, `!=` on the fields each kind declares (any
 * other field is refused with 400 "field label not supported", as on a real server).
 */
import type { Json } from './openapi.js';

export class SelectorError extends Error {}

type LabelReq = { key: string; op: 'in' | 'notin' | 'exists' | '!exists' | '=' | '!='; values: string[] };

/** Splits on commas outside parentheses. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const KEY = String.raw`([A-Za-z0-9][-A-Za-z0-9_./]*)?[A-Za-z0-9]`;
const VALUE = String.raw`(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?`;

export function parseLabelSelector(s: string | null): LabelReq[] {
  if (!s) return [];
  return splitTop(s).map((part) => {
    let m = new RegExp(`^(${KEY})\\s+(in|notin)\\s*\\(([^)]*)\\)$`).exec(part);
    if (m) return { key: m[1], op: m[3] as 'in' | 'notin', values: m[4].split(',').map((v) => v.trim()) };
    m = new RegExp(`^(${KEY})\\s*(==|=|!=)\\s*(${VALUE})$`).exec(part);
    if (m) return { key: m[1], op: m[3] === '!=' ? '!=' : '=', values: [m[4]] };
    m = new RegExp(`^(!?)\\s*(${KEY})$`).exec(part);
    if (m) return { key: m[2], op: m[1] ? '!exists' : 'exists', values: [] };
    throw new SelectorError(`unable to parse requirement: ${JSON.stringify(part)}`);
  });
}

export function labelsMatch(reqs: LabelReq[], labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case '!exists':
        return !has;
      case '=':
        return has && l[r.key] === r.values[0];
      case '!=':
        return !has || l[r.key] !== r.values[0];
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
    }
    return false;
  });
}

type FieldReq = { field: string; neg: boolean; value: string };

/** Fields each kind can be selected by (besides metadata.name / metadata.namespace). */
const FIELD_LABELS: Record<string, string[]> = {
  '/events': [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type'
  ],
  '/pods': [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName'
  ],
  '/secrets': ['type'],
  '/namespaces': ['status.phase'],
  'apps/replicasets': ['status.replicas']
};

export function parseFieldSelector(s: string | null, typeKeyStr: string): FieldReq[] {
  if (!s) return [];
  const allowed = new Set(['metadata.name', 'metadata.namespace', ...(FIELD_LABELS[typeKeyStr] ?? [])]);
  return splitTop(s).map((part) => {
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw new SelectorError(`invalid selector: '${s}'; can't understand '${part}'`);
    if (!allowed.has(m[1])) throw new SelectorError(`field label not supported: ${m[1]}`);
    return { field: m[1], neg: m[2] === '!=', value: m[3] };
  });
}

function fieldValue(obj: Json, field: string): string {
  if (field === 'source') return String(((obj.source as Json | undefined) ?? {}).component ?? '');
  let cur: unknown = obj;
  for (const seg of field.split('.')) cur = cur && typeof cur === 'object' ? (cur as Json)[seg] : undefined;
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

export function fieldsMatch(reqs: FieldReq[], obj: Json): boolean {
  return reqs.every((r) => (fieldValue(obj, r.field) === r.value) !== r.neg);
}
