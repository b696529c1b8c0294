/**
 * Every learner- or engine-controlled field through every human-facing output (issue 13, item 8), one
 * field per case: the terminal report, GitHub annotations (GITHUB_ACTIONS=true), the step summary, an
 * error on stderr (known and unexpected), a warning on stderr, a failed round of `check --watch`, and
 * doctor's lines and annotations. None may carry a raw escape, C0/C1 control or bidi override; under
 * GitHub Actions no line may start (after white space, as the runner trims it) with `::` but our own
 * annotations, and no line may hold the legacy `##[name]` form, which the runner obeys anywhere in a line.
 */
import { msg } from '../core/i18n.js';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EXERCISES } from '../../exercises/index.js';
import { generateClass } from '../../fixtures/class-generator.js';
import { sampleRun } from '../../fixtures/report-fixtures.js';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { grade } from '../check/run.js';
import { ReplayProbe } from '../probe/probe.js';
import { DockerUnavailableError, InputError } from '../core/errors.js';
import { RunResultSchema, type RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { emitCiOutputs } from './ci-output.js';
import { explainExercise, renderExplanation } from './explain-command.js';
import { runGrade } from './grade-command.js';
import { runMerge } from './merge-command.js';
import { doctorAnnotations, renderDoctor } from './doctor-command.js';
import { reportError, roundErrorLine } from './report-error.js';
import { warnTo } from './run-output.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

/** What a hostile engine or snapshot puts in a field: OSC 8 link, clear screen, CSI/DCS, C1, bidi, forged lines. */
const HOSTILE = [
  'x\u001b]8;;http://evil\u0007link\u001b]8;;\u0007\u001b[2J\u001bP1$r\u001b\\\u009b31m\u0085\u202eFORGED\u202c\u2066',
  '::warning file=evil,line=1::FORGED',
  '   ::stop-commands::TOKEN',
  '\t::add-mask::FORGED',
  'see ##[warning]FORGED and #\u0007#[error]FORGED',
  '\u2028::error::FORGED\r::notice::FORGED\r\n✔ 2.2.9/fake  FORGED LINE  99/99',
].join('\n');

type Output = 'pretty' | 'annotations' | 'summary';

interface Field {
  /** A run carrying `text` in this field (graded from a snapshot where the field is the snapshot's). */
  run(text: string): Promise<RunResult>;
  /** The run outputs that show this field (the others may leave it out). */
  shownIn: Output[];
}

const NOW = () => new Date('2026-01-01T00:00:00Z');
const fromSnapshot = (make: (text: string) => Snapshot) => (text: string) => grade(EXERCISES, make(text), { now: NOW });
const fromSample = (edit: (run: RunResult, text: string) => void) => async (text: string) => {
  const run = await sampleRun();
  edit(run, text);
  return run;
};
const failing = (run: RunResult) => run.exercises.find((e) => e.checks.some((c) => c.status === 'fail'))!;
/** The first failing check, showing its raw expected/found (a described value, such as -i's, would stand in for them). */
const failingCheck = (run: RunResult) => {
  const check = failing(run).checks.find((c) => c.status === 'fail')!;
  delete check.expectedText;
  delete check.actualText;
  return check;
};
const stopped = { status: 'exited', running: false, exitCode: 1 } as const;
const ALL: Output[] = ['pretty', 'annotations', 'summary'];

const FIELDS: Record<string, Field> = {
  'container name': {
    run: fromSample((run, text) => {
      const exercise = failing(run);
      exercise.command = { learner: `docker run --name ${text} ubuntu:14.04`, book: 'docker run --name mycentos centos:7', missing: ['--name mycentos'], extra: [`--name ${text}`] };
      Object.assign(failingCheck(run), { actual: text });
    }),
    shownIn: ALL,
  },
  image: { run: fromSnapshot((text) => makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: `centos:7${text}` })] })), shownIn: ALL },
  'image tag': {
    run: fromSample((run, text) => void Object.assign(failingCheck(run), { expected: 'centos:7', actual: `centos:7${text}` })),
    shownIn: ALL,
  },
  'engine name': { run: fromSnapshot((text) => ({ ...makeSnapshot(), engine: { ...makeSnapshot().engine, name: text } })), shownIn: ['pretty'] },
  'engine version': { run: fromSnapshot((text) => ({ ...makeSnapshot(), engine: { ...makeSnapshot().engine, serverVersion: text } })), shownIn: ['pretty'] },
  'engine error message': { run: fromSample((run, text) => void (run.exercises[0].error = `engine: ${text}`)), shownIn: ALL },
  'journal time': {
    run: fromSample((run, text) => void (run.exercises[0].history = { firstPassedAt: text, lastPassedAt: text, bestPoints: 1, state: 'regressed' })),
    shownIn: ['pretty'],
  },
  'probe output': {
    // replayed from the snapshot's records, as a submitted file is graded
    run: async (text) => {
      const probes = [{ key: 'exec:network_test:["ifconfig"]', kind: 'exec' as const, takenAt: '2026-01-01T00:00:00Z', outcome: 'ok' as const, code: 0, output: text, detail: '' }];
      const snapshot = makeSnapshot({ containers: [makeContainer({ name: 'network_test', image: 'ubuntu:14.04', tty: true, openStdin: true })] });
      return grade(EXERCISES, { ...snapshot, probes }, { now: NOW, probe: new ReplayProbe(probes) });
    },
    shownIn: ALL,
  },
  'log tail': { run: fromSnapshot((text) => makeSnapshot({ containers: [makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', state: stopped, logTail: [text, text] })] })), shownIn: ALL },
  'state error': { run: fromSnapshot((text) => makeSnapshot({ containers: [makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', state: { ...stopped, error: text } })] })), shownIn: ALL },
  'env key': { run: fromSnapshot((text) => makeSnapshot({ containers: [makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', env: { [`MYSQL${text}`]: 'x' } })] })), shownIn: ['pretty'] },
  label: { run: fromSample((run, text) => void Object.assign(failingCheck(run), { actual: `${text}=${text}` })), shownIn: ALL },
  'network name': {
    run: fromSample((run, text) => void Object.assign(failingCheck(run), { expected: 'bridge', actual: text, message: { ko: `네트워크 ${text}`, en: `network ${text}` } })),
    shownIn: ALL,
  },
  'mount path': {
    run: fromSample((run, text) => void Object.assign(failingCheck(run), { expected: '/var/lib/mysql', actual: `${text}:/var/lib/mysql` })),
    shownIn: ALL,
  },
  'student id': { run: fromSample((run, text) => void (run.exercises[0].error = `student ${text}`)), shownIn: ALL },
  'exercise title (tampered result file)': { run: fromSample((run, text) => void (run.exercises[0].title = { ko: text, en: text })), shownIn: ['pretty', 'summary'] },
  'image list (snapshot)': { run: fromSnapshot((text) => makeSnapshot({ images: [makeImage([`centos:7${text}`]), makeImage(['ubuntu:14.04'], { id: 'sha256:ubuntu1404' })] })), shownIn: [] },
};

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Our own workflow commands: the only lines that may start with `::`. */
const OURS = /^::(error|warning|notice) title=dockgrade[^:]*::/;

/** What is not inert in `out` (empty when all is well); `ci`: it is read by a GitHub runner. */
function problemsOf(where: string, out: string, ci: boolean): string[] {
  const problems: string[] = [];
  const raw = RAW.exec(out);
  if (raw) problems.push(`${where} carries U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} raw: ${JSON.stringify(out.slice(Math.max(0, raw.index - 40), raw.index + 20))}`);
  if (!ci) return problems;
  // The runner reads lines split at CR and LF and trims white space before looking for `::`.
  const forged = out.split(/\r\n|[\r\n\u0085\u2028\u2029]/).filter((line) => /^\s*::/.test(line) && !OURS.test(line));
  if (forged.length) problems.push(`${where} has a line starting with '::': ${JSON.stringify(forged[0].slice(0, 80))}`);
  const legacy = out.indexOf('##[');
  if (legacy >= 0) problems.push(`${where} holds a legacy '##[' workflow command: ${JSON.stringify(out.slice(Math.max(0, legacy - 20), legacy + 40))}`);
  return problems;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** The run outputs of `run` in `lang`: the terminal report, the annotations and the step summary. */
async function runOutputs(run: RunResult, lang: 'ko' | 'en'): Promise<Record<Output, string>> {
  const pretty = (await loadReporter('pretty'))!(run, { lang, color: false });
  const stdout = capture();
  const stderr = capture();
  const summary = join(mkdtempSync(join(tmpdir(), 'dockgrade-in-')), 'summary.md');
  await emitCiOutputs(run, { lang, stdoutIsReport: false, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }, stdout: stdout.stream, stderr: stderr.stream });
  expect(stderr.text()).toBe('');
  return { pretty, annotations: stdout.text(), summary: readFileSync(summary, 'utf8') };
}

describe('every learner- or engine-controlled field is inert in every human-facing output', () => {
  it.each(Object.keys(FIELDS))('%s', async (name) => {
    const field = FIELDS[name];
    const run = await field.run(HOSTILE);
    const problems: string[] = [];
    for (const lang of ['en', 'ko'] as const) {
      const outputs = await runOutputs(run, lang);
      for (const output of Object.keys(outputs) as Output[]) {
        // The step summary is a file GitHub renders as Markdown, not a log the runner reads.
        problems.push(...problemsOf(`${output} (${lang})`, outputs[output], output !== 'summary'));
        // Not vacuous: the field reaches the outputs that show it.
        if (field.shownIn.includes(output)) expect(outputs[output]).toContain('FORGED');
      }
      const err = capture();
      reportError(new InputError(`cannot read ${HOSTILE} (${name})`, `check ${HOSTILE}`).inKorean(`${HOSTILE}을 읽을 수 없습니다`, HOSTILE), err.stream, lang);
      reportError(new DockerUnavailableError(`the engine answered: ${HOSTILE}`, 'is it running?'), err.stream, lang);
      reportError(new Error(HOSTILE), err.stream, lang);
      reportError(HOSTILE, err.stream, lang);
      err.stream.write(`${roundErrorLine(new InputError(HOSTILE), lang)}\n${roundErrorLine(new TypeError(HOSTILE), lang)}\n`);
      warnTo(err.stream)(`journal ${HOSTILE} cannot be read`);
      problems.push(...problemsOf(`stderr (${lang})`, err.text(), true));
      expect(err.text().match(/FORGED/g)?.length).toBeGreaterThanOrEqual(6);
      // Every line of stderr is ours: `dockgrade: …`, or a stack frame of the unexpected error.
      const strays = err.text().split('\n').filter((line) => line && !line.startsWith('dockgrade: ') && !/^ {4}at /.test(line));
      if (strays.length) problems.push(`stderr (${lang}) has a line that is not ours: ${JSON.stringify(strays[0].slice(0, 80))}`);
    }
    const lines = [
      { id: 'engine', status: 'fail' as const, message: msg(`엔진: ${HOSTILE}`, `the engine answered: ${HOSTILE}`), fix: msg(`docker info ${HOSTILE}`, `docker info ${HOSTILE}`) },
      { id: 'image:centos:7', status: 'warn' as const, message: msg(`대체 ${HOSTILE}`, `present as ${HOSTILE}`), fix: msg(HOSTILE, HOSTILE) },
    ];
    const doctor = (['en', 'ko'] as const).map(async (lang) => `${renderDoctor(lines, lang)}${(await doctorAnnotations(lines, lang)).join('\n')}\n`);
    const doctorText = (await Promise.all(doctor)).join('');
    problems.push(...problemsOf('doctor', doctorText, true));
    expect(doctorText.match(/FORGED/g)?.length).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });
});

/** Paths of every string in `node`. */
function stringPaths(node: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) return node.flatMap((child, i) => stringPaths(child, [...path, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

describe('every format `check --format` prints to stdout under GITHUB_ACTIONS', () => {
  // One string of a (tampered) result at a time; JSON keeps it exactly, escaped (`##\u005b`).
  const COMMANDS = 'x\n ::warning file=evil::FORGED\u2028::error::E\r\n##[error]FORGED';
  it.each(REPORTER_NAMES.map((name) => [name]))('%s: no line starts with a workflow command and none holds ##[', async (name) => {
    const base = await sampleRun();
    const reporter = (await loadReporter(name))!;
    const problems: string[] = [];
    let fields = 0;
    for (const path of stringPaths(base)) {
      const run = structuredClone(base) as unknown as Record<string | number, unknown>;
      let node = run;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path.at(-1)!] = COMMANDS;
      // only where a result file may hold a string (zod guards statuses, kinds and the like)
      if (!RunResultSchema.safeParse(run).success) continue;
      fields++;
      const out = reporter(run as unknown as RunResult, { lang: 'en', color: false });
      problems.push(...problemsOf(`${name} with ${path.join('.')}`, out, true).filter((p) => !/ carries /.test(p)));
      if (name === 'json') expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(run)));
    }
    expect(problems).toEqual([]);
    expect(fields).toBeGreaterThan(40);
  });
});

describe('warnings of grade and merge name paths that carry learner text', () => {
  it('merge: a planted link whose name holds escapes and forged lines is one inert warning line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-in-'));
    try {
      const generated = generateClass({ dir, count: 2, fillerContainers: 1, specials: false });
      const shard = join(dir, 'shard');
      expect(await runGrade({ paths: [generated.submissionsDir], outputDir: shard, concurrency: 1, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), capture().stream, capture().stream)).toBe(0);
      const victim = join(dir, 'victim');
      writeFileSync(victim, 'keep');
      symlinkSync(victim, join(shard, 'students', `x\u001b]8;;http:evil\u0007\u009b31m\u202eFORGED\n::warning file=evil::FORGED\n##[error]FORGED.json`));
      const err = capture();
      await runMerge({ outputs: [shard], outputDir: join(dir, 'merged'), lang: 'en', prefix: '' }, bookCatalog(), capture().stream, err.stream);
      expect(err.text()).toContain('FORGED');
      expect(problemsOf('merge stderr', err.text(), true)).toEqual([]);
      expect(err.text().trimEnd().split('\n').filter((line) => !line.startsWith('dockgrade: '))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('the prefix a user passes to explain', () => {
  it('is inert in every line of the explanation', () => {
    const exercise = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;
    for (const lang of ['en', 'ko'] as const) {
      const text = renderExplanation(explainExercise(exercise, `p${HOSTILE}-`), lang, bookCatalog());
      expect(problemsOf(`explain (${lang})`, text, true)).toEqual([]);
      expect(text).toContain('FORGED');
    }
  });
});

describe('the inert text keeps what is not a command', () => {
  it('IPv6 addresses, one `::` on a line, and a single `#[` stay as they are', async () => {
    const { sanitizeTerminal } = await import('../../reports/terminal-text.js');
    expect(sanitizeTerminal('::1\n  ::ffff:10.0.0.1\n:: and #[x] ## [y]')).toBe('::1\n  ::ffff:10.0.0.1\n:: and #[x] ## [y]');
    expect(sanitizeTerminal('a\n  ::warning::b\n##[error]c')).toBe('a\n  \uff1a:warning::b\n#\uff03[error]c');
  });

  it('drops 8-bit CSI/OSC and terminated DCS strings whole, leaving no parameters behind', async () => {
    const { sanitizeTerminal } = await import('../../reports/terminal-text.js');
    expect(sanitizeTerminal('\u009b31mred\u009d0;title\u009c \u001bP1$r\u001b\\ok \u0090q\u009c!')).toBe('red ok !');
    // an unterminated string loses its introducer only
    expect(sanitizeTerminal('a\u0090b')).toBe('ab');
  });
});
