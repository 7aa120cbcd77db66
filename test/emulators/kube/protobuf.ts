/**
 * Request bodies in Kubernetes' protobuf encoding (`Content-Type: application/vnd.kubernetes.protobuf`).
 *
 * kubectl's typed clients send built-in objects as protobuf: `kubectl create namespace` POSTs a
 * Namespace that way (and a real server accepts it). The envelope is the 4-byte magic `k8s\0`
 * followed by a runtime.Unknown message {typeMeta{apiVersion, kind}, raw, contentEncoding,
 * contentType}, `raw` holding the object's own message. This decoder knows the wire format and the
 * field numbers of the few messages kubectl's create subcommands send for the kinds this project
 * uses (Namespace, Secret, ConfigMap, ServiceAccount: field numbers from k8s.io/api/core/v1 and
 * k8s.io/apimachinery/pkg/apis/meta/v1 generated.proto); anything else is answered 415 by the caller.
 * Responses are always JSON (kubectl's Accept header allows it).
 */
import type { Json } from './openapi.js';

type Field = { no: number; wire: number; value: bigint | Buffer };

function readVarint(buf: Buffer, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if (!(b & 0x80)) return [result, pos];
    shift += 7n;
  }
}

function fields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [tag, p1] = readVarint(buf, pos);
    pos = p1;
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (wire === 0) {
      const [v, p2] = readVarint(buf, pos);
      out.push({ no, wire, value: v });
      pos = p2;
    } else if (wire === 2) {
      const [len, p2] = readVarint(buf, pos);
      const end = p2 + Number(len);
      if (end > buf.length) throw new Error('truncated field');
      out.push({ no, wire, value: buf.subarray(p2, end) });
      pos = end;
    } else if (wire === 1) {
      out.push({ no, wire, value: buf.subarray(pos, pos + 8) });
      pos += 8;
    } else if (wire === 5) {
      out.push({ no, wire, value: buf.subarray(pos, pos + 4) });
      pos += 4;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

/** A message description: field number → [json name, kind]. */
type Kind = 'string' | 'bytes' | 'bool' | 'int' | 'time' | 'strings' | 'map' | 'bytesmap' | Msg | { repeated: Msg };
interface Msg {
  [no: number]: [string, Kind];
}

const TIME: Msg = { 1: ['seconds', 'int'], 2: ['nanos', 'int'] };
const OWNER_REF: Msg = {
  1: ['kind', 'string'],
  3: ['name', 'string'],
  4: ['uid', 'string'],
  5: ['apiVersion', 'string'],
  6: ['controller', 'bool'],
  7: ['blockOwnerDeletion', 'bool']
};
const OBJECT_META: Msg = {
  1: ['name', 'string'],
  2: ['generateName', 'string'],
  3: ['namespace', 'string'],
  5: ['uid', 'string'],
  6: ['resourceVersion', 'string'],
  7: ['generation', 'int'],
  8: ['creationTimestamp', 'time'],
  11: ['labels', 'map'],
  12: ['annotations', 'map'],
  13: ['ownerReferences', { repeated: OWNER_REF }],
  14: ['finalizers', 'strings']
};
const LOCAL_REF: Msg = { 1: ['name', 'string'] };
const MESSAGES: Record<string, Msg> = {
  'v1/Namespace': { 1: ['metadata', OBJECT_META], 2: ['spec', { 1: ['finalizers', 'strings'] }], 3: ['status', { 1: ['phase', 'string'] }] },
  'v1/Secret': { 1: ['metadata', OBJECT_META], 2: ['data', 'bytesmap'], 3: ['type', 'string'], 4: ['stringData', 'map'], 5: ['immutable', 'bool'] },
  'v1/ConfigMap': { 1: ['metadata', OBJECT_META], 2: ['data', 'map'], 3: ['binaryData', 'bytesmap'], 4: ['immutable', 'bool'] },
  'v1/ServiceAccount': {
    1: ['metadata', OBJECT_META],
    2: ['secrets', { repeated: { 1: ['kind', 'string'], 2: ['namespace', 'string'], 3: ['name', 'string'] } }],
    3: ['imagePullSecrets', { repeated: LOCAL_REF }],
    4: ['automountServiceAccountToken', 'bool']
  }
};

function decodeMessage(buf: Buffer, msg: Msg): Json {
  const out: Json = {};
  for (const f of fields(buf)) {
    const spec = msg[f.no];
    if (!spec) continue;
    const [name, kind] = spec;
    const bytes = f.value as Buffer;
    // gogo-protobuf writes zero values of non-pointer fields; JSON (omitempty) would not have them.
    if (kind === 'string') {
      if (bytes.length) out[name] = bytes.toString('utf8');
    } else if (kind === 'bytes') out[name] = bytes.toString('base64');
    else if (kind === 'bool') {
      if ((f.value as bigint) !== 0n) out[name] = true;
    } else if (kind === 'int') {
      if ((f.value as bigint) !== 0n) out[name] = Number(f.value as bigint);
    } else if (kind === 'time') {
      const t = decodeMessage(bytes, TIME);
      if (t.seconds) out[name] = new Date(Number(t.seconds ?? 0) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    } else if (kind === 'strings') out[name] = [...((out[name] as string[] | undefined) ?? []), bytes.toString('utf8')];
    else if (kind === 'map' || kind === 'bytesmap') {
      const entry = fields(bytes);
      const k = (entry.find((e) => e.no === 1)?.value as Buffer | undefined)?.toString('utf8') ?? '';
      const v = (entry.find((e) => e.no === 2)?.value as Buffer | undefined) ?? Buffer.alloc(0);
      out[name] = { ...((out[name] as Json | undefined) ?? {}), [k]: kind === 'map' ? v.toString('utf8') : v.toString('base64') };
    } else if ('repeated' in kind) out[name] = [...((out[name] as Json[] | undefined) ?? []), decodeMessage(bytes, kind.repeated as Msg)];
    else out[name] = decodeMessage(bytes, kind as Msg);
  }
  return out;
}

export class ProtobufUnsupported extends Error {}

/** Decodes a `k8s\0` + runtime.Unknown body into the JSON object it stands for. */
export function decodeKubernetesProtobuf(body: Buffer): Json {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\0') throw new ProtobufUnsupported('missing the k8s protobuf magic');
  const unknown = fields(body.subarray(4));
  const typeMeta = fields((unknown.find((f) => f.no === 1)?.value as Buffer | undefined) ?? Buffer.alloc(0));
  const apiVersion = (typeMeta.find((f) => f.no === 1)?.value as Buffer | undefined)?.toString('utf8') ?? '';
  const kind = (typeMeta.find((f) => f.no === 2)?.value as Buffer | undefined)?.toString('utf8') ?? '';
  const raw = (unknown.find((f) => f.no === 2)?.value as Buffer | undefined) ?? Buffer.alloc(0);
  const msg = MESSAGES[`${apiVersion}/${kind}`];
  if (!msg) throw new ProtobufUnsupported(`the emulator does not decode ${apiVersion} ${kind} from protobuf; send JSON`);
  return { apiVersion, kind, ...decodeMessage(raw, msg) };
}
