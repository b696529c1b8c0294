/** Format versions and kinds, free of zod so hot paths can use them without loading schemas. */
export const SNAPSHOT_VERSION = 2;
export const SNAPSHOT_KIND = 'dockgrade.snapshot';
export const RESULT_VERSION = 1;
export const RESULT_KIND = 'dockgrade.result';
export const SUBMISSION_VERSION = 1;
export const SUBMISSION_KIND = 'dockgrade.submission';
export const JOURNAL_VERSION = 1;
export const JOURNAL_KIND = 'dockgrade.journal';

/** A prefix Docker accepts at the start of a name (or none): letters, digits, `_ . -`, not starting with `_ . -`. */
export const PREFIX_PATTERN = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*)?$/;

/**
 * The label that says whose an image is on a shared engine: `solve` puts it on everything it creates, and a
 * Dockerfile line `LABEL dockgrade.prefix=…` carries the learner's prefix (the prefix rewriter writes it
 * there), so a dangling image, which has no tag to carry the prefix, is still known as the learner's.
 */
export const PREFIX_LABEL = 'dockgrade.prefix';
