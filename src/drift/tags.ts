/**
 * The deploy record split over resource tags within Azure Resource Manager's limits: a tag value
 * holds at most 256 characters and a resource at most 50 tags (Microsoft.Resources tags API,
 * azure-rest-api-specs specification/resources/…/2021-04-01/resources.json, Tags_UpdateAtScope).
 * Tags `<prefix>-0`, `<prefix>-1`, … hold consecutive parts of the record. Pure.
 */
export const TAG_VALUE_MAX = 256;
export const TAGS_PER_RESOURCE_MAX = 50;
/** The record's own tag prefix; names avoid the characters ARM refuses in tag names (< > % & \ ? /). */
export const RECORD_TAG_PREFIX = 'deploy-record';
/** At most this many tags for the record: 8 × 256 characters hold 253 entries. */
export const RECORD_TAGS_MAX = 8;

const partName = (prefix: string, n: number) => `${prefix}-${n}`;

export function isRecordTag(name: string, prefix = RECORD_TAG_PREFIX): boolean {
  return new RegExp(`^${prefix.replace(/[-.]/g, '\\$&')}-\\d+$`).test(name);
}

/** The record joined back from its tags; undefined when there is no part 0. */
export function recordFromTags(tags: Record<string, string> | undefined, prefix = RECORD_TAG_PREFIX): string | undefined {
  if (!tags?.[partName(prefix, 0)]) return undefined;
  const parts: string[] = [];
  for (let n = 0; tags[partName(prefix, n)] !== undefined; n++) parts.push(tags[partName(prefix, n)]);
  return parts.join('');
}

export type RecordTags = { ok: true; tags: Record<string, string>; stale: string[] } | { ok: false; why: string };

/**
 * The tags to merge for `record`, and the record tags of a longer previous record to delete. Refused
 * (with the reason) when the record needs more than RECORD_TAGS_MAX tags or the resource's other
 * tags leave too few of its 50.
 */
export function recordTags(record: string, existing: Record<string, string> | undefined, prefix = RECORD_TAG_PREFIX): RecordTags {
  const parts: string[] = [];
  for (let k = 0; k < record.length; k += TAG_VALUE_MAX) parts.push(record.slice(k, k + TAG_VALUE_MAX));
  if (parts.length > RECORD_TAGS_MAX)
    return { ok: false, why: `the record needs ${parts.length} tags of ${TAG_VALUE_MAX} characters, more than the ${RECORD_TAGS_MAX} it may use` };
  const others = Object.keys(existing ?? {}).filter((n) => !isRecordTag(n, prefix)).length;
  if (others + parts.length > TAGS_PER_RESOURCE_MAX)
    return { ok: false, why: `the resource has ${others} other tags, and ARM allows ${TAGS_PER_RESOURCE_MAX} in all (the record needs ${parts.length})` };
  const tags = Object.fromEntries(parts.map((p, n) => [partName(prefix, n), p]));
  const stale = Object.keys(existing ?? {}).filter((n) => isRecordTag(n, prefix) && !(n in tags));
  return { ok: true, tags, stale };
}
