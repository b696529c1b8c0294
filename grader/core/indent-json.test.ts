import fc from 'fast-check';
import { HOSTILE, sampleRun, wholeBookRun } from '../../fixtures/report-fixtures.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { runJsonText } from '../batch/class-output.js';
import { indentJsonBytes, indentSplicedBytes } from './indent-json.js';
import { EXERCISES_TOKEN } from './run-marker.js';
import { runHead } from '../pipeline/exercise-memo.js';
import { inertJsonText } from './inert-json.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const indented = (value: unknown) => decoder.decode(indentJsonBytes(encoder.encode(inertJsonText(value))));

describe('indentJsonBytes', () => {
  it('writes what JSON.stringify(value, null, 2) writes, escapes and all, for any JSON value', () => {
    // strings full of what escapeActiveJson escapes, quotes, backslashes, brackets, colons and commas
    const text = fc.string({ unit: fc.constantFrom('a', '한', '"', '\\', '{', '}', '[', ']', ':', ',', '\u202e', '\u009b', '\u2028', '#', '##[', '\u0000', '\n', '😀', ' ') });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.dictionary(text, fc.oneof(text, fc.array(text), fc.constant({}), fc.constant([]))), (value, strings) => {
        expect(indented(value)).toBe(inertJsonText(value, 2));
        expect(indented(strings)).toBe(inertJsonText(strings, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('turns a run into the bytes of its JSON report (the student-files worker writes these)', async () => {
    for (const run of [await sampleRun(), await wholeBookRun()]) {
      expect(decoder.decode(indentJsonBytes(runJsonText(run), [0x0a]))).toBe(jsonReporter(run, { lang: 'en', color: false }));
    }
  });

  it('keeps hostile text escaped as the reporter does', () => {
    const value = { ...HOSTILE, bidi: 'a\u202eb', empty: {}, list: [], nested: [[{}], { '': '' }] };
    expect(indented(value)).toBe(inertJsonText(value, 2));
  });

  it('splices elements indented apart into the indented head, as indenting the whole text does', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', '한', '"', '\\', '{', '}', '[', ']', ':', ',', '\u202e', '\u0000', '\n', ' ') });
    const spliced = (head: Record<string, unknown>, elements: unknown[]) =>
      decoder.decode(
        indentSplicedBytes(
          encoder.encode(inertJsonText({ ...head, exercises: JSON.parse(EXERCISES_TOKEN) as string })),
          'exercises',
          EXERCISES_TOKEN,
          elements.map((e) => indentJsonBytes(encoder.encode(inertJsonText(e)), [], 2)),
          [0x0a],
        ),
      );
    fc.assert(
      fc.property(fc.dictionary(text, fc.jsonValue({ maxDepth: 3 })), fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 5 }), fc.dictionary(text, text), (before, elements, after) => {
        const head = { ...before, exercises: [], ...after };
        expect(spliced(head, elements)).toBe(`${inertJsonText({ ...head, exercises: elements }, 2)}\n`);
      }),
      { numRuns: 300 },
    );
    // a run as grade keeps it (runHead: the head before its keys a learner gave)
    for (const run of [await sampleRun(), await wholeBookRun()]) {
      const bytes = indentSplicedBytes(encoder.encode(runHead(run)), 'exercises', EXERCISES_TOKEN, run.exercises.map((e) => indentJsonBytes(encoder.encode(inertJsonText(e)), [], 2)), [0x0a]);
      expect(decoder.decode(bytes)).toBe(jsonReporter(run, { lang: 'en', color: false }));
    }
  });
});
