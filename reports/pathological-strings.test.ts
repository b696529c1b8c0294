/**
 * Strings built to make a regular expression backtrack (`a.a.a.…`, `A="A="…`, `a: a: …`), put in every
 * learner-controlled field of a snapshot one at a time: grading it and rendering every format must stay
 * linear. Before the masking was a scanner, one stopped container named `'a.' * 60000` took ~18 s.
 * The bound is relative, so that a loaded machine does not fail it: each case may cost at most 20 times
 * what the same field holding plain text of the same length costs (and 1 s in any case), measured in
 * the same run. Quadratic work on 120,000 characters is hundreds of times slower, linear work is not.
 * It is a guard against pathological slowness, not a benchmark.
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

/** Milliseconds to grade `snapshot` and render it in every format. */
async function gradeAndRender(snapshot: Snapshot): Promise<number> {
  const started = performance.now();
  const run = await grade(EXERCISES, snapshot, { now: () => new Date('2026-01-01T00:00:00Z') });
  for (const name of REPORTER_NAMES) (await loadReporter(name))!(run, { lang: 'en', color: false });
  return performance.now() - started;
}

describe('pathological strings in every learner-controlled field', () => {
  const cases = Object.keys(FIELDS).flatMap((field) => Object.keys(PATTERNS).map((pattern) => [field, pattern] as const));
  const plain = new Map<string, number>();
  it.each(cases)('%s holding %s: graded and rendered in every format in linear time', async (field, pattern) => {
    const length = PATTERNS[pattern].length;
    const key = `${field}/${length}`;
    // the same field holding plain text of the same length, timed now (warm), under the machine's load now
    if (!plain.has(key)) {
      await gradeAndRender(FIELDS[field]('x'.repeat(length)));
      plain.set(key, await gradeAndRender(FIELDS[field]('x'.repeat(length))));
    }
    const ms = await gradeAndRender(FIELDS[field](PATTERNS[pattern]));
    expect({ field, pattern, ms: Math.round(ms), within: ms <= Math.max(20 * plain.get(key)!, 1_000) }).toEqual({ field, pattern, ms: Math.round(ms), within: true });
  });
});

describe('cleanText', () => {
  it('clips before scanning: a 4 MB field costs what its shown part costs', () => {
    const huge = 'PASSWORD=x '.repeat(400_000);
    const small = 'PASSWORD=x '.repeat(1_000);
    cleanText(small);
    let started = performance.now();
    cleanText(small);
    const smallMs = performance.now() - started;
    started = performance.now();
    const shown = cleanText(huge);
    // 400 times the text: a clip first costs about the same as the small one, a full scan 400 times more
    expect(performance.now() - started).toBeLessThan(Math.max(50 * smallMs, 200));
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
