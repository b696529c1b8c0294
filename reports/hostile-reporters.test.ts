/**
 * Hostile learner data through every registered format, property-based: strings with markup, ANSI and
 * OSC escapes, C0/C1 controls, bidi overrides, lone surrogates, formula starts and huge text are put
 * into every text field of a run (as a tampered result file handed to `dockgrade report` could), and
 * each format must stay inert by its own rule. A format registered without a rule fails this test.
 */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { FUZZ_SEED, fuzzRuns, HOSTILE_STRINGS, hostileString } from '../fixtures/fuzz-input.js';
import { sampleClass, sampleRun } from '../fixtures/report-fixtures.js';
import { runJsonText, summaryParts } from '../grader/batch/class-output.js';
import { inertJsonText } from '../grader/core/inert-json.js';
import { RunResultSchema, type RunResult } from '../grader/model/result-schema.js';
import { loadReporter, REPORTER_NAMES } from './index.js';

const TERMINAL_ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Splits RFC 4180 CSV (quoted fields, `""` escapes, CRLF rows). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^,\r\n]*)/g;
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) {
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    let position = 0;
    while (position <= line.length && (match = re.exec(line))) {
      cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
      position = re.lastIndex + 1;
      re.lastIndex = position;
      if (position > line.length) break;
    }
  }
  return cells;
}

/** Each format's inertness rule: throws with what broke. */
const RULES: Record<string, (output: string, run: RunResult, injected: readonly string[]) => void> = {
  pretty: (out) => {
    const bad = TERMINAL_ACTIVE.exec(out);
    if (bad) throw new Error(`pretty prints U+${bad[0].charCodeAt(0).toString(16)} raw`);
  },
  json: (out, run) => {
    const bad = TERMINAL_ACTIVE.exec(out.replace(/\n/g, ''));
    if (bad) throw new Error(`json carries U+${bad[0].charCodeAt(0).toString(16)} raw`);
    // lossless: the same data comes back
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(run)));
  },
  junit: (out) => {
    const valid = XMLValidator.validate(out);
    if (valid !== true) throw new Error(`junit is not well-formed XML: ${JSON.stringify(valid)}`);
    if (XML_ILLEGAL.test(out)) throw new Error('junit carries a character XML 1.0 forbids');
    if (/\u001b/.test(out)) throw new Error('junit carries an escape');
  },
  html: (out, _run, injected) => {
    if (/<script/i.test(out)) throw new Error('html has a <script>');
    for (const text of injected) if (text.includes('<') && out.includes(text)) throw new Error(`html carries raw markup ${JSON.stringify(text.slice(0, 40))}`);
    if (/\son[a-z]+\s*=/i.test(out.replace(/&[a-z#0-9]+;/gi, ''))) throw new Error('html has an event-handler attribute');
    if (/\u001b/.test(out)) throw new Error('html carries an escape');
  },
  csv: (out) => {
    for (const cell of csvCells(out)) if (/^\s*[=+\-@]|^[\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`csv cell could run as a formula: ${JSON.stringify(cell.slice(0, 40))}`);
    if (/\u001b/.test(out)) throw new Error('csv carries an escape');
  },
};

/** Paths of the text fields a hostile result file could fill (enums and timestamps excluded: zod guards those). */
function textPaths(node: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof node === 'string') return ['kind', 'status', 'startedAt', 'finishedAt', 'type'].includes(String(path.at(-1))) ? [] : [path];
  if (Array.isArray(node)) return node.flatMap((child, i) => textPaths(child, [...path, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => textPaths(v, [...path, k]));
  return [];
}

function setAt(target: any, path: ReadonlyArray<string | number>, value: string): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
}

let cases = 0;
afterAll(() => console.log(`[reliability] hostile strings: ${cases} tampered runs rendered in ${REPORTER_NAMES.length} formats (${REPORTER_NAMES.join(', ')}), all inert`));

describe('every format renders hostile learner text inert', () => {
  it('every registered format has an inertness rule', () => {
    expect(REPORTER_NAMES.filter((name) => !RULES[name])).toEqual([]);
  });

  it.each(REPORTER_NAMES.map((name) => [name]))('%s', async (name) => {
    const base = await sampleRun();
    // Only the fields a string may fill (zod guards enums, ids of statuses, timestamps and the like).
    const paths = textPaths(base).filter((path) => {
      const probe = structuredClone(base);
      setAt(probe, path, 'x<y');
      return RunResultSchema.safeParse(probe).success;
    });
    const reporter = (await loadReporter(name))!;
    const sample = fc.sample(
      fc.array(fc.tuple(fc.constantFrom(...paths), hostileString()), { minLength: 1, maxLength: 12 }),
      { numRuns: fuzzRuns(150), seed: FUZZ_SEED },
    );
    for (const edits of sample) {
      const run = structuredClone(base);
      for (const [path, text] of edits) setAt(run, path, text);
      RunResultSchema.parse(run);
      for (const lang of ['ko', 'en'] as const) {
        const out = reporter(run, { lang, color: false });
        try {
          RULES[name](out, run, edits.map(([, text]) => text));
        } catch (error) {
          throw new Error(`${name} (${lang}) with ${JSON.stringify(edits.map(([p, t]) => [p.join('.'), t.slice(0, 60)]))}: ${(error as Error).message}`, { cause: error });
        }
      }
      cases++;
    }
  });
});

/** What no JSON file we write may carry raw (issue 13, item 11a): DEL, C1 controls, line/paragraph separators, bidi controls. */
const JSON_ACTIVE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('every JSON file `grade` writes escapes C1 and bidi controls and stays lossless', () => {
  it('summary.json (the ClassResult with each run spliced in) for hostile text in every row and run field', async () => {
    const base = await sampleClass();
    const rowPaths = textPaths(base.students).map((path) => ['students', ...path]);
    const sample = fc.sample(fc.array(fc.tuple(fc.constantFrom(...rowPaths), hostileString()), { minLength: 1, maxLength: 12 }), { numRuns: fuzzRuns(100), seed: FUZZ_SEED });
    // every one of the controls, once, in a row name and in a run's check message
    sample.push([
      [['students', 0, 'name'], '\u0085nel \u009b31m \u202e rlo \u2066 lri \u2069 pdi \u2028 ls \u2029 ps \u007f del'],
      [['students', 0, 'result', 'exercises', 0, 'checks', 0, 'message', 'ko'], '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0080\u009f'],
    ]);
    for (const edits of sample) {
      const result = structuredClone(base);
      for (const [path, text] of edits) setAt(result, path, text);
      // as ClassOutputWriter keeps it: each run's JSON text beside a small view
      const texts = new Map<RunResult, Uint8Array>();
      for (const row of result.students) if (row.result) texts.set(row.result, runJsonText(row.result));
      const out = Buffer.concat([...summaryParts(result, texts)].map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))).toString('utf8');
      const bad = JSON_ACTIVE.exec(out);
      if (bad) throw new Error(`summary.json carries U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} raw with ${JSON.stringify(edits.map(([p, t]) => [p.join('.'), t.slice(0, 40)]))}`);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(result)));
      cases++;
    }
  });

  it.each([
    ['snapshot', (data: unknown) => `${inertJsonText(data, 2)}\n`],
    ['submission', (data: unknown) => `${inertJsonText(data)}\n`],
  ])('%s files: the same rule through the one writer', (_, write) => {
    for (const text of HOSTILE_STRINGS) {
      const data = { name: text, nested: [{ value: `${text}\u2067\u0085` }] };
      const out = write(data);
      expect(JSON_ACTIVE.test(out)).toBe(false);
      expect(JSON.parse(out)).toEqual(data);
    }
  });
});
