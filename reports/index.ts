/**
 * Reporters by name, loaded lazily so a command pays only for the format it prints.
 * Add a format here and it is available to `check --format` and `report`.
 */
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, () => Promise<Reporter>> = {
  pretty: async () => (await import('./pretty-reporter.js')).prettyReporter,
  json: async () => (await import('./json-reporter.js')).jsonReporter,
};

export const REPORTER_NAMES = Object.keys(REPORTERS);

/** The reporter for a format name; undefined when unknown. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  const load = REPORTERS[name];
  return load ? load() : undefined;
}
