/**
 * Reporters by name, loaded lazily so a command pays only for the format it prints (handlebars is
 * loaded only for html). Add a format here and it is available to `check --format` and `report`.
 */
import type { ClassReporter, Reporter } from './types.js';

/** Formats of one run (`check --format`, `report RESULT.json`). */
export const REPORTERS: Record<string, () => Promise<Reporter>> = {
  pretty: async () => (await import('./pretty-reporter.js')).prettyReporter,
  json: async () => (await import('./json-reporter.js')).jsonReporter,
  junit: async () => (await import('./junit-reporter.js')).junitReporter,
  html: async () => (await import('./html-reporter.js')).htmlReporter,
  // The gradebook of a class of one.
  csv: async () => {
    const [{ gradebookCsvReporter }, { classOfRun }] = await Promise.all([import('./gradebook-csv-reporter.js'), import('./class-of-run.js')]);
    return (run, options) => gradebookCsvReporter(classOfRun(run), options);
  },
};

export const REPORTER_NAMES = Object.keys(REPORTERS);

/** Formats of a class result (`grade`, `report CLASS.json`). */
export const CLASS_REPORTERS: Record<string, () => Promise<ClassReporter>> = {
  json: async () => {
    const { inertJson } = await import('./json-reporter.js');
    return (result) => `${inertJson(result)}\n`;
  },
  csv: async () => (await import('./gradebook-csv-reporter.js')).gradebookCsvReporter,
  html: async () => (await import('./class-html-reporter.js')).classHtmlReporter,
};

export const CLASS_REPORTER_NAMES = Object.keys(CLASS_REPORTERS);

/** The reporter for a format name, fed inert data (reports/inert-data.ts); undefined when unknown. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  const load = Object.hasOwn(REPORTERS, name) ? REPORTERS[name] : undefined;
  if (!load) return undefined;
  const [reporter, { inertData }] = await Promise.all([load(), import('./inert-data.js')]);
  // JSON stays lossless data: JSON itself escapes every C0 control, the reporter escapes C1 and bidi.
  if (name === 'json') return reporter;
  return (run, options) => reporter(inertData(run), options);
}

/** The class reporter for a format name, fed inert data; undefined when unknown. */
export async function loadClassReporter(name: string): Promise<ClassReporter | undefined> {
  const load = Object.hasOwn(CLASS_REPORTERS, name) ? CLASS_REPORTERS[name] : undefined;
  if (!load) return undefined;
  const [reporter, { inertData }] = await Promise.all([load(), import('./inert-data.js')]);
  if (name === 'json') return reporter;
  return (result, options) => reporter(inertData(result), options);
}
