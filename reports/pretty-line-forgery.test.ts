/**
 * A learner-controlled string with a line break must never start a line of its own in the terminal
 * report (issue 13, item 8): a snapshot could print `✔ 2.2.9/fake  FORGED LINE  99/99` at column 0, or,
 * under GITHUB_ACTIONS=true, a `::warning file=evil::…` / `::stop-commands::` line the runner obeys.
 * One field per case; line breaks in single-line fields show as ⏎, multi-line messages stay indented.
 */
import { sampleRun } from '../fixtures/report-fixtures.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { loadReporter } from './index.js';

const FORGED = '\n::warning file=evil::FORGED\n::stop-commands::x\r\n✔ 2.2.9/fake  FORGED LINE  99/99\u2028::error::also';

const FIELDS: Record<string, (run: RunResult) => void> = {
  'engine name': (run) => void (run.engine!.name = `eng${FORGED}`),
  'engine version': (run) => void (run.engine!.serverVersion = `24${FORGED}`),
  'source location': (run) => void (run.source.location = `unix:///x${FORGED}`),
  'exercise id': (run) => void (run.exercises[0].id = `2.2.1/x${FORGED}`),
  'exercise title': (run) => void (run.exercises[0].title = { ko: `t${FORGED}`, en: `t${FORGED}` }),
  'exercise error': (run) => void (run.exercises[0].error = `boom${FORGED}`),
  'check title': (run) => void (run.exercises[0].checks[0].title = { ko: `c${FORGED}`, en: `c${FORGED}` }),
  'check message': (run) => void (run.exercises[0].checks[0].message = { ko: `m${FORGED}`, en: `m${FORGED}` }),
  'check expected': (run) => Object.assign(run.exercises[0].checks[0], { status: 'fail', expected: `e${FORGED}` }),
  'check actual': (run) => Object.assign(run.exercises[0].checks[0], { status: 'fail', actual: `a${FORGED}` }),
  'check hint': (run) => Object.assign(run.exercises[0].checks[0], { status: 'fail', hint: { ko: `h${FORGED}`, en: `h${FORGED}` } }),
  'journal time': (run) => void (run.exercises[0].history = { firstPassedAt: `2026${FORGED}`, lastPassedAt: `2027${FORGED}`, bestPoints: 1, state: 'regressed' }),
};

describe('the terminal report keeps every learner string on its own line', () => {
  it.each(Object.keys(FIELDS))('%s', async (field) => {
    const run = await sampleRun();
    FIELDS[field](run);
    for (const lang of ['en', 'ko'] as const) {
      const out = (await loadReporter('pretty'))!(run, { lang, color: false });
      const lines = out.split(/\r\n|\n|\r|\u2028|\u2029/);
      expect(lines.filter((line) => /^\s*::/.test(line))).toEqual([]);
      expect(lines.filter((line) => line.startsWith('✔ 2.2.9/fake'))).toEqual([]);
      expect(out).toContain('FORGED');
    }
  });
});
