import type { Reporter } from './types.js';
import { inertJsonText } from '../grader/core/inert-json.js';

/**
 * JSON text with every character a terminal could act on escaped: JSON.stringify already escapes C0
 * controls (ESC included); DEL, C1 controls, line/paragraph separators and bidi overrides are escaped
 * here. The data is unchanged (`JSON.parse` gives it back exactly), so `cat result.json` stays inert.
 */
export function inertJson(data: unknown): string {
  return inertJsonText(data, 2);
}

/** The versioned result as JSON (validates against RunResultSchema). */
export const jsonReporter: Reporter = (run) => `${inertJson(run)}\n`;
