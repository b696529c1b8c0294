import type { Reporter } from './types.js';

/**
 * JSON text with every character a terminal could act on escaped: JSON.stringify already escapes C0
 * controls (ESC included); DEL, C1 controls, line/paragraph separators and bidi overrides are escaped
 * here. The data is unchanged (`JSON.parse` gives it back exactly), so `cat result.json` stays inert.
 */
export function inertJson(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The versioned result as JSON (validates against RunResultSchema). */
export const jsonReporter: Reporter = (run) => `${inertJson(run)}\n`;
