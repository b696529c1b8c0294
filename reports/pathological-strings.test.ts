/**
 * Strings built to make a regular expression backtrack (`a.a.a.…`, `A="A="…`, `a: a: …`), put in every
 * learner-controlled field of a snapshot one at a time: grading it and rendering every format must stay
 * linear. Before the masking was a scanner, one stopped container named `'a.' * 60000` took ~18 s.
 * The bound (2 s per field, all formats) is generous against pathological slowness, not a benchmark.
 */
import { EXERCISES } from '../exercises/index.js';
import { makeContainer, makeImage, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { grade } from '../grader/check/run.js';
import type { Container, Snapshot } from '../grader/model/snapshot-schema.js';
import { loadReporter, REPORTER_NAMES } from './index.js';
import { cleanText } from './report-text.js';

const PATTERNS: Record<string, string> = {
  dotted: 'a.'.repeat(60_000),
  equals: 'a='.repeat(60_000),
  quotes: 'A="'.repeat(40_000),
  singles: "KEY='".repeat(30_000),
  colons: 'a: '.repeat(40_000),
  escapes: '\u001b]'.repeat(40_000),
};

/** Each learner-controlled field, as a way to put `text` into a snapshot. */
const FIELDS: Record<string, (text: string) => Snapshot> = {
  'container name': (t) => makeSnapshot({ containers: [makeContainer({ name: t, state: { status: 'exited', running: false, exitCode: 1 } })] }),
  image: (t) => makeSnapshot({ containers: [makeContainer({ image: t })] }),
  command: (t) => makeSnapshot({ containers: [makeContainer({ cmd: [t, t] })] }),
  'env value': (t) => makeSnapshot({ containers: [makeContainer({ env: { MYSQL_ROOT_PASSWORD: t, NOTE: t } })] }),
  'env name': (t) => makeSnapshot({ containers: [makeContainer({ env: { [t]: 'x' } })] }),
  label: (t) => makeSnapshot({ containers: [makeContainer({ labels: { [t]: t } })] }),
  'log tail': (t) => makeSnapshot({ containers: [makeContainer({ state: { status: 'exited', running: false, exitCode: 1 }, logTail: [t, t] } as Partial<Container>)] }),
  'state error': (t) => makeSnapshot({ containers: [makeContainer({ state: { status: 'exited', running: false, exitCode: 1, error: t } })] }),
  'image tag': (t) => makeSnapshot({ images: [makeImage([t]), makeImage(['ubuntu:14.04'], { id: 'sha256:ubuntu1404' })] }),
  'engine name': (t) => ({ ...makeSnapshot(), engine: { ...makeSnapshot().engine, name: t, serverVersion: t } }),
};

describe('pathological strings in every learner-controlled field', () => {
  const cases = Object.keys(FIELDS).flatMap((field) => Object.keys(PATTERNS).map((pattern) => [field, pattern] as const));
  it.each(cases)('%s holding %s: graded and rendered in every format within 2 s', async (field, pattern) => {
    const snapshot = FIELDS[field](PATTERNS[pattern]);
    const started = performance.now();
    const run = await grade(EXERCISES, snapshot, { now: () => new Date('2026-01-01T00:00:00Z') });
    for (const name of REPORTER_NAMES) (await loadReporter(name))!(run, { lang: 'en', color: false });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('cleanText', () => {
  it('clips before scanning: a 4 MB field costs what its shown part costs', () => {
    const huge = 'PASSWORD=x '.repeat(400_000);
    const started = performance.now();
    const shown = cleanText(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(shown).toMatch(/… \(\d+ more characters\)$/);
    // what is left out, counted in cleaned characters for the scanned part: about all of it
    expect(Number(/\((\d+) more/.exec(shown)![1])).toBeGreaterThan(huge.length - 8000);
    expect(shown).not.toContain('PASSWORD=x');
  });

  it('masks a secret value the clip cuts through', () => {
    const text = `${'x'.repeat(3990)} TOKEN=abcdefghijklmnop and more`;
    const shown = cleanText(text);
    expect(shown).not.toContain('abcd');
    expect(shown).toContain('TOKEN=(hi');
  });
});
