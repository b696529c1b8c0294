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
