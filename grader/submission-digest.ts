/**
 * The content digest of a submission: sha256 over the RFC 8785 canonical JSON (sorted keys, no
 * whitespace, ECMAScript number form) of the document without its `digest` field. Computed on the data
 * as parsed from the file, before any schema defaults, so the grader sees exactly what was written.
 */
import canonicalizeModule from 'canonicalize';
import { createHash } from 'node:crypto';

type Canonicalize = (value: unknown) => string | undefined;
// canonicalize 2 is CommonJS (`module.exports = fn`) while its typings declare a default export.
const canonicalize: Canonicalize =
  typeof canonicalizeModule === 'function' ? (canonicalizeModule as Canonicalize) : (canonicalizeModule as unknown as { default: Canonicalize }).default;

/** Hex sha256 of the canonical JSON of `document` minus its `digest` field. */
export function submissionDigest(document: Record<string, unknown>): string {
  const { digest: _ignored, ...rest } = document;
  return createHash('sha256').update(canonicalize(rest) ?? '').digest('hex');
}
