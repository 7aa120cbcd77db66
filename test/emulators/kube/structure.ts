/**
 * The structural schema of a kind as server-side apply sees it: for each node, whether it is a
 * map, an associative list (`x-kubernetes-list-type: map` + `x-kubernetes-list-map-keys`, e.g.
 * containers by `name`, container ports by `containerPort`+`protocol`), a set
 * (`x-kubernetes-list-type: set`), or atomic (`x-kubernetes-list-type: atomic`,
 * `x-kubernetes-map-type: atomic`, or lists with no annotation). Built-in kinds read this from the
 * OpenAPI v3 component schemas (following `$ref` / single-`allOf` wrappers); custom resources from
 * the CRD's openAPIV3Schema (their `metadata` is ObjectMeta).
 */
import { createHash } from 'node:crypto';
import { builtinDocs, type Json } from './openapi.js';
import type { ResourceType } from './resources.js';

export interface Structure {
  root: Json | undefined;
  /** The schema of field `name` inside `node` (map properties or additionalProperties). */
  child(node: Json | undefined, name: string): Json | undefined;
  /** The schema of the elements of list `node`. */
  items(node: Json | undefined): Json | undefined;
}

export type ListKind = { type: 'map'; keys: string[] } | { type: 'set' } | { type: 'atomic' };

const cache = new Map<string, Structure>();

function makeStructure(schemas: Record<string, Json> | undefined, root: Json | undefined, metadataNode?: Json): Structure {
  const resolve = (node: Json | undefined): Json | undefined => {
    let cur = node;
    for (let i = 0; i < 10 && cur; i++) {
      if (typeof cur.$ref === 'string' && schemas) {
        const target = schemas[cur.$ref.replace('#/components/schemas/', '')];
        cur = { ...target, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) };
        continue;
      }
      const allOf = cur.allOf as Json[] | undefined;
      if (allOf?.length === 1) {
        const rest = Object.fromEntries(Object.entries(cur).filter(([k]) => k !== 'allOf'));
        const inner = resolve(allOf[0]) ?? {};
        cur = { ...inner, ...rest };
        continue;
      }
      break;
    }
    return cur;
  };
  const r = resolve(root);
  return {
    root: r,
    child(node, name) {
      const n = resolve(node);
      if (!n) return undefined;
      if (n === r && name === 'metadata' && metadataNode) return resolve(metadataNode);
      const props = n.properties as Record<string, Json> | undefined;
      if (props?.[name]) return resolve(props[name]);
      if (n.additionalProperties && typeof n.additionalProperties === 'object') return resolve(n.additionalProperties as Json);
      return undefined;
    },
    items(node) {
      const n = resolve(node);
      return n?.items ? resolve(n.items as Json) : undefined;
    }
  };
}

export function structureOf(t: ResourceType): Structure {
  const key =
    t.schema.source === 'builtin'
      ? `${t.schema.gvPath}#${t.schema.component}`
      : `crd:${createHash('sha256').update(JSON.stringify(t.schema.openAPIV3Schema)).digest('hex')}`;
  let s = cache.get(key);
  if (s) return s;
  const core = builtinDocs().get('api/v1')?.doc.components.schemas;
  if (t.schema.source === 'builtin') {
    const schemas = t.schema.component ? builtinDocs().get(t.schema.gvPath)?.doc.components.schemas : undefined;
    s = makeStructure(schemas, schemas?.[t.schema.component]);
  } else {
    // CRD schemas have no $refs; the core document resolves metadata (ObjectMeta) and below.
    s = makeStructure(core, t.schema.openAPIV3Schema, { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' });
  }
  cache.set(key, s);
  return s;
}

export function listKind(node: Json | undefined): ListKind {
  if (!node) return { type: 'atomic' };
  const lt = node['x-kubernetes-list-type'];
  if (lt === 'map') return { type: 'map', keys: (node['x-kubernetes-list-map-keys'] as string[] | undefined) ?? [] };
  if (lt === 'set') return { type: 'set' };
  return { type: 'atomic' };
}

export const isAtomicMap = (node: Json | undefined) => node?.['x-kubernetes-map-type'] === 'atomic';
