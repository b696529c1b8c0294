/**
 * The words a learner reads, scanned: every check of every exercise, failing and passing, in Korean and
 * English, through every reporter (fixtures/every-check-rendering.ts). Each rule is a list of patterns
 * with why they must not reach a learner; a hit names exercise, case, reporter, language and field.
 * Each rule is also shown to fire on a sample, so a rule that can no longer match is noticed.
 */
import { EXERCISES } from '../exercises/index.js';
import { RENDERING_REPORTERS, renderEveryCheck, whereOf, type RenderedText } from '../fixtures/every-check-rendering.js';

let texts: RenderedText[];

beforeAll(async () => {
  texts = await renderEveryCheck();
}, 120_000);

/** A scan rule: patterns a learner must never see, in which languages. */
interface ScanRule {
  why: string;
  langs: ReadonlyArray<RenderedText['lang']>;
  patterns: readonly RegExp[];
  /** A text the rule must catch (proves the rule still fires). */
  sample: string;
}

/**
 * Project-internal words: how the project talks about itself (the blog post it was built from, test
 * machinery), and what a program leaks when it breaks (stack frames, JavaScript's placeholders).
 */
const JARGON: ScanRule = {
  why: 'project-internal word or a leaked program detail',
  langs: ['ko', 'en', 'any'],
  patterns: [
    /\bseed\b/i, // the blog post in shared/reference is "블로그 글" / "the blog post"
    /시드/,
    /\bmutations?\b/i, // the selftest's wrong variants: test machinery
    /뮤테이션/,
    /\bprobe-kind\b|\bcheck[- ]kinds?\b/i, // module names of the grader
    /\bfixtures?\b/i,
    /\brecording\b/i, // fixtures/exercise-snapshots: recorded test states
    /\bstub\b/i,
    /\b(?:dockerode|testcontainers|zod|ZodError|jest)\b/, // our libraries
    /\b(?:grader|exercises|reports)\/[\w-]+/, // our source paths
    /\bundefined\b|\[object \w+\]|\bNaN\b/, // JavaScript's placeholders for a missing value
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b/,
    /\bat \S+ \(.*:\d+:\d+\)|\.(?:ts|js|cjs|mjs):\d+/, // a stack frame
    /node_modules/,
  ],
  sample: '시드 글의 명령을 따라 하세요',
};

function hits(rule: ScanRule, all: readonly RenderedText[]): string[] {
  return all
    .filter((t) => rule.langs.includes(t.lang) && rule.patterns.some((p) => p.test(t.text)))
    .map((t) => `${whereOf(t)}: ${t.text.slice(0, 200)}`);
}

/** Unique failures, the first 30, so a message stays readable. */
function report(found: string[]): string[] {
  return [...new Set(found)].slice(0, 30);
}

describe('the rendering covers everything a learner reads', () => {
  it('every check of every exercise, failing and passing, in both languages, through every reporter', () => {
    const seen = new Set(texts.map((t) => `${t.exercise} ${t.reporter} ${t.lang === 'any' ? 'any' : t.lang}`));
    const missing: string[] = [];
    for (const exercise of EXERCISES) {
      for (const reporter of RENDERING_REPORTERS) {
        for (const lang of reporter === 'json' ? (['ko', 'en', 'any'] as const) : (['ko', 'en'] as const)) {
          if (!seen.has(`${exercise.id} ${reporter} ${lang}`)) missing.push(`${exercise.id} ${reporter} ${lang}`);
        }
      }
      for (const check of exercise.checks) {
        const states = new Set(texts.filter((t) => t.exercise === exercise.id && t.check === check.id && t.reporter === 'result' && t.field === 'message').map((t) => t.case));
        // The solution passes every check; the check's own mutation fails it.
        if (!states.has('solution')) missing.push(`${exercise.id} ${check.id} passing`);
        if (!states.has(`mutation:${check.id}`)) missing.push(`${exercise.id} ${check.id} failing`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('Korean scan', () => {
  it('every rule fires on its sample', () => {
    for (const rule of [JARGON]) {
      const sample: RenderedText = { exercise: 'sample', case: 'sample', reporter: 'result', lang: rule.langs[0]!, field: 'message', text: rule.sample };
      expect(hits(rule, [sample])).toHaveLength(1);
    }
  });

  it('no project-internal words or leaked program details', () => {
    expect(report(hits(JARGON, texts))).toEqual([]);
  });
});
