/**
 * Every JUnit report validates against Jenkins xunit-plugin's junit-10.xsd (fixtures/junit/, see its
 * README), checked by libxml2's `xmllint --schema` as Jenkins would: each JUnit golden, a hostile report
 * generated from random learner text, and a report with only skipped checks. xmllint comes from
 * Debian's libxml2-utils (`bash scripts/xmllint.sh`, which `pretest` and `.ci/run` call); without it
 * these tests fail with that hint rather than skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { GOLDEN_DIR } from '../fixtures/golden-file.js';
import { sampleRun } from '../fixtures/report-fixtures.js';
import type { CheckResult, RunResult } from '../grader/model/result-schema.js';
import { loadReporter } from './index.js';

const SCHEMA = join(process.cwd(), 'fixtures/junit/junit-10.xsd');
let dir: string;

beforeAll(() => {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error('xmllint is missing: run `bash scripts/xmllint.sh` (as root) to install Debian libxml2-utils');
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-junit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Validates files with xmllint against junit-10.xsd; returns xmllint's verdict lines and exit status. */
function validate(files: string[]): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, ...files], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

function validateText(name: string, xml: string) {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return validate([file]);
}

describe('JUnit against Jenkins junit-10.xsd', () => {
  it('the schema rejects what it should: a skipped count on <testsuites> (the bug this guards)', () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="x" tests="0" failures="0" errors="0" skipped="0" time="0"></testsuites>\n';
    const verdict = validateText('bad.xml', bad);
    expect(verdict.status).not.toBe(0);
    expect(verdict.output).toContain("attribute 'skipped' is not allowed");
  });

  it('every JUnit golden validates', () => {
    const goldens = readdirSync(GOLDEN_DIR).filter((f) => /junit.*\.xml$/.test(f));
    expect(goldens.length).toBeGreaterThanOrEqual(2);
    const verdict = validate(goldens.map((f) => join(GOLDEN_DIR, f)));
    expect(verdict.output.split('\n').filter((line) => !line.endsWith(' validates'))).toEqual([]);
    expect(verdict.status).toBe(0);
  });

  it('a report of only skipped checks and one of a broken exercise validate, in both languages', async () => {
    const junit = (await loadReporter('junit'))!;
    const run = await sampleRun();
    const skipAll = run.exercises.map((e) => ({ ...e, status: 'skip' as const, checks: e.checks.map((c) => ({ ...c, status: 'skip' as const })) }));
    const broken = [{ ...run.exercises[run.exercises.length - 1], checks: [] }];
    for (const lang of ['ko', 'en'] as const) {
      expect(validateText(`skip.${lang}.xml`, junit({ ...run, exercises: skipAll }, { lang, color: false })).status).toBe(0);
      expect(validateText(`broken.${lang}.xml`, junit({ ...run, exercises: broken }, { lang, color: false })).status).toBe(0);
    }
  });

  it('hostile learner text (any Unicode, controls, markup, lone surrogates) still validates', async () => {
    const junit = (await loadReporter('junit'))!;
    const base = await sampleRun();
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('<![CDATA[', ']]>', '&#0;', '\u0000\u001b[31m', '\ud800', '"\'<>&', '--><!--'));
    const samples = fc.sample(fc.record({ name: text, message: text, expected: text, actual: text, hint: text, student: text, error: text, id: text }), { numRuns: 25, seed: 1505 });
    samples.forEach((s, i) => {
      const check: CheckResult = { id: s.id, title: { ko: s.name, en: s.name }, status: 'fail', points: 0, maxPoints: 1, message: { ko: s.message, en: s.message }, expected: s.expected, actual: s.actual, hint: { ko: s.hint, en: s.hint } };
      const run: RunResult = {
        ...base,
        student: s.student,
        engine: { ...(base.engine ?? { name: '', serverVersion: '', apiVersion: '', osType: '', arch: '' }), name: s.name } as RunResult['engine'],
        exercises: [{ ...base.exercises[0], id: `2.2.1/${s.id}`, title: { ko: s.name, en: s.name }, error: s.error, checks: [check, { ...check, status: 'error' }, { ...check, status: 'skip' }] }],
      };
      const verdict = validateText(`hostile-${i}.xml`, junit(run, { lang: i % 2 ? 'ko' : 'en', color: false }));
      expect({ i, ...verdict }).toEqual({ i, status: 0, output: expect.stringContaining('validates') });
    });
  });
});
