/**
 * The name and digest patterns that config/, the aks renderer and the aks validator share:
 * one definition each, so an input accepted here is a name the cluster accepts. Pure.
 */

/** A Kubernetes DNS-1123 label (namespaces, object names): lower-case letters, digits and -. */
export const DNS1123_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** The longest DNS-1123 label. */
export const DNS1123_LABEL_MAX = 63;
/** An image digest: `sha256:<64 hex>`. */
export const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** `s` as a regular expression that matches exactly it (for building anchored patterns from names). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An image reference by digest: `registry/repository@sha256:<64 hex>`. */
export const DIGEST_REFERENCE_RE = /^[^\s@]+@sha256:[0-9a-f]{64}$/;
