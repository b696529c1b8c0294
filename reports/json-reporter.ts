import type { Reporter } from './types.js';

/**
 * JSON text with every character a terminal could act on escaped: JSON.stringify already escapes C0
 * controls (ESC included); DEL, C1 controls, line/paragraph separators and bidi overrides are escaped
 * here. The data is unchanged (`JSON.parse` gives it back exactly), so `cat result.json` stays inert.
 * The `[` of `##[` is escaped too: a GitHub runner obeys the legacy `##[name]…` workflow command
 * anywhere in a line of a job's output, and `check --format json` prints to stdout.
 */
export function inertJson(data: unknown): string {
  return JSON.stringify(data, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b');
}

/** The versioned result as JSON (validates against RunResultSchema). */
export const jsonReporter: Reporter = (run) => `${inertJson(run)}\n`;
