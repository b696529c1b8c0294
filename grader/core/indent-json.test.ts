import fc from 'fast-check';
import { HOSTILE, sampleRun, wholeBookRun } from '../../fixtures/report-fixtures.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { runJsonText } from '../batch/class-output.js';
import { indentJsonBytes } from './indent-json.js';
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
});
