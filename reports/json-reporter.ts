import type { Reporter } from './types.js';

/** The versioned result as JSON (validates against RunResultSchema). */
export const jsonReporter: Reporter = (run) => `${JSON.stringify(run, null, 2)}\n`;
