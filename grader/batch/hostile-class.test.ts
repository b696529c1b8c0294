/**
 * A teacher grading a hostile class (issue 26, "done when"): the honest students of a Moodle export and
 * a roster get exactly the grade each gets when graded alone, in the gradebook `grade` writes, while in
 * the same run a student hands in a hand-edited journal with no container (26.1), another uploads
 * `s0001.json` dated 2099 into her own LMS folder (26.2), one honest student's state holds a password
 * in a `docker exec` event (26.4), ids are an 80-syllable Hangul one and `S1`/`s1` (26.6), and the
 * roster's live rows are an engine sending endless answers (26.7), one that answers nothing (bounded
 * by `--class-timeout`, 26.7) and an `ssh` that ignores TERM with a grandchild that does too (26.8).
 * A roster row whose ssh URL carries a remote command (26.3) refuses the roster before anything runs.
 * No Docker engine is used: the live rows are fakes on 127.0.0.1 and a fake `ssh` (DOCKGRADE_SSH).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
// loaded here, before runGrade imports them (jest's ESM loader fails on two dynamic imports of one module at once)
import '../../reports/class-html-reporter.js';
import '../../reports/html-reporter.js';
import '../../reports/json-reporter.js';
import '../../reports/gradebook-csv-reporter.js';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { forgedJournal } from '../../fixtures/forged-journal.js';
import { hostileMemoryEngine, type HostileMemoryEngine } from '../../fixtures/hostile-memory-engine.js';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { running, stubbornSsh, waitFor, type StubbornSsh } from '../../fixtures/stubborn-ssh.js';
import { textSink } from '../../fixtures/text-sink.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { runGrade } from '../cli/grade-command.js';
import { sealSubmission } from '../cli/submit-command.js';
import { InputError } from '../core/errors.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { ClassResultSchema, type ClassResult, type StudentRow } from '../model/class-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { OUTPUT_FILES } from './class-output.js';

const SUBMITTED = new Date('2026-02-20T10:00:00.000Z');
const TAKEN = SUBMITTED.toISOString();
const LONG = '가나다라마바사아자차'.repeat(8); // 80 Hangul syllables, 240 bytes
const SECRET = 'S3cretRoot99';
/** The honest students: generated s0001–s0004 (s0004 partial, s0003 a journey whose mycentos 2.2.3 removed), the long and case-only ids, one whose events hold a password. */
const HONEST = ['s0001', 's0002', 's0003', 's0004', LONG, 'S1', 's1', 'x01'];
const FORGER = 'f01';
const MALLORY = 'm01';

let dir: string;
let generated: GeneratedClass;
let subs: string;
let memory: HostileMemoryEngine;
let silent: Server;
const silentSockets = new Set<Socket>();
let fake: StubbornSsh;
let savedSsh: string | undefined;

const contentOf = (id: string): Snapshot => (JSON.parse(readFileSync(generated.students.find((s) => s.id === id)!.file, 'utf8')) as Submission).content;
const seal = (snapshot: Snapshot, id: string, at = SUBMITTED) => `${JSON.stringify(sealSubmission({ ...snapshot, student: id }, id, '', at))}\n`;
const folderOf = (i: number) => `Student ${i}_${101 + i}_assignsubmission_file_`;

/** s0003 as the book goes: its journal recorded the 2.2.1 passes, then 2.2.3 removed mycentos. */
async function journey(snapshot: Snapshot): Promise<Snapshot> {
  const at = '2026-02-10T09:10:00.000Z'; // after its containers were made (09:00, 09:05)
  const { journal } = recordRun(emptyJournal(at), await grade(EXERCISES, snapshot, { now: () => new Date(at) }), at);
  return { ...snapshot, containers: snapshot.containers.filter((c) => c.name !== 'mycentos'), journal };
}

/** s0002's work with its own engine, plus wordpressdb where the student typed a client command with a password. */
function withSecretExec(snapshot: Snapshot): Snapshot {
  const id = 'd'.repeat(64);
  const db = makeContainer({ id, name: 'wordpressdb', image: 'mysql:5.7', imageId: 'sha256:mysql57', created: '2026-02-12T09:00:00Z', env: { MYSQL_ROOT_PASSWORD: 'password', MYSQL_DATABASE: 'wordpress' } });
  const event = (action: string, time: string, command?: string) => ({ time, type: 'container' as const, action, id, containerId: id, name: 'wordpressdb', ...(command ? { command } : {}) });
  return {
    ...snapshot,
    engine: { ...snapshot.engine, id: 'AAAA:BBBB:CCCC:DDDD' },
    containers: [...snapshot.containers.map((c, i) => ({ ...c, id: `${i + 1}`.padStart(64, 'e') })), db],
    images: [...snapshot.images, makeImage(['mysql:5.7'], { id: 'sha256:mysql57' })],
    events: { readAt: TAKEN, total: 3, items: [event('create', '2026-02-12T09:00:00Z'), event('start', '2026-02-12T09:00:01Z'), event('exec_start', '2026-02-12T09:05:00Z', `mysql -uroot -p${SECRET} -e show databases`)] },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-hclass-'));
  generated = generateClass({ dir, count: 7, specials: false, fillerContainers: 0 });
  const files: Record<string, string> = {
    s0001: seal(contentOf('s0001'), 's0001'),
    s0002: seal(contentOf('s0002'), 's0002'),
    s0003: seal(await journey(contentOf('s0003')), 's0003'),
    s0004: seal(contentOf('s0004'), 's0004'),
    [LONG]: seal(contentOf('s0005'), LONG),
    S1: seal(contentOf('s0006'), 'S1'),
    s1: seal(contentOf('s0007'), 's1'),
    x01: seal(withSecretExec(contentOf('s0002')), 'x01'),
  };
  // what each honest student hands in, graded alone below
  mkdirSync(join(dir, 'alone'));
  for (const [id, text] of Object.entries(files)) writeFileSync(join(dir, 'alone', `${id}.json`), text);
  // The Moodle export: each student's file as hw.json in the folder Moodle names.
  subs = join(dir, 'moodle');
  HONEST.forEach((id, i) => {
    mkdirSync(join(subs, folderOf(i)), { recursive: true });
    writeFileSync(join(subs, folderOf(i), 'hw.json'), files[id]);
  });
  // 26.1: no container at all, a journal where every exercise passed ten minutes apart, resealed.
  const empty = { ...makeSnapshot({ containers: [], engine: { id: 'FFFF:0000:FFFF:0000' } }), takenAt: TAKEN };
  mkdirSync(join(subs, folderOf(HONEST.length)));
  writeFileSync(join(subs, folderOf(HONEST.length), 'hw.json'), seal({ ...empty, journal: forgedJournal(empty.engine.id, EXERCISES, { start: '2026-02-15T09:00:00.000Z', stepMs: 600_000, updatedAt: TAKEN }) }, FORGER));
  // 26.2: Mallory's own partial work sealed as s0001's, dated 2099, named s0001.json, in her folder.
  mkdirSync(join(subs, folderOf(HONEST.length + 1)));
  writeFileSync(join(subs, folderOf(HONEST.length + 1), 's0001.json'), seal({ ...contentOf('s0004'), engine: { ...contentOf('s0004').engine, id: '1111:2222:3333:4444' }, containers: contentOf('s0004').containers.map((c, i) => ({ ...c, id: `${i + 1}`.padStart(64, 'f') })) }, 's0001', new Date('2099-01-01T00:00:00.000Z')));

  // 26.7: an engine whose container inspections never end; one that never answers.
  memory = await hostileMemoryEngine({ inspects: 8, inspectMB: 40, eventsMB: 0, framing: 'close' });
  silent = createServer((socket) => {
    silentSockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => silentSockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  // 26.8: the ssh this run starts ignores TERM and has a grandchild that ignores it too.
  fake = stubbornSsh();
  savedSsh = process.env.DOCKGRADE_SSH;
  process.env.DOCKGRADE_SSH = fake.program;
}, 60_000);

afterAll(async () => {
  if (savedSsh === undefined) delete process.env.DOCKGRADE_SSH;
  else process.env.DOCKGRADE_SSH = savedSsh;
  const pids = fake?.pids();
  for (const pid of pids ? Object.values(pids) : []) if (running(pid)) process.kill(pid, 'SIGKILL');
  await memory?.close();
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function roster(extra = ''): string {
  const file = join(dir, `roster${extra ? '-ssh' : ''}.csv`);
  const lms = [...HONEST, FORGER, MALLORY].map((id, i) => `"${id}",Participant ${101 + i},`);
  const port = (silent.address() as { port: number }).port;
  const engines = [`e01,,${memory.url}`, `e02,,tcp://127.0.0.1:${port}`, 'e03,,ssh://alice@lab-07', ...(extra ? [`e04,,${extra}`] : [])];
  writeFileSync(file, `student_id,lms,engine\n${[...lms, ...engines].join('\n')}\n`);
  return file;
}

async function gradeInto(out: string, paths: string[], rosterFile?: string): Promise<{ code: number; result: ClassResult; gradebook: Record<string, string>[]; ms: number }> {
  const started = Date.now();
  const code = await runGrade({ paths, roster: rosterFile, outputDir: out, concurrency: 3, engineTimeout: 60, classTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), textSink().stream, textSink().stream);
  const ms = Date.now() - started;
  const result = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, OUTPUT_FILES.summary), 'utf8')));
  const gradebook = parse(readFileSync(join(out, OUTPUT_FILES.gradebook), 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  return { code, result, gradebook, ms };
}

/** What a gradebook line says about a student's work (name and email come from the roster). */
const marks = (line: Record<string, string>) => [...EXERCISES.map((e) => line[e.id]), line.total, line.max, line.status, line.reason, line.from_journal];
const rowOf = (result: ClassResult, id: string): StudentRow => result.students.find((r) => r.studentId === id)!;
const codes = (row: StudentRow) => row.integrity.map((f) => f.code).sort();

describe('a hostile class', () => {
  it('gives every honest student the gradebook line they get alone; the hostile rows are named, bounded and cost nothing else', async () => {
    const alone = new Map<string, { line: Record<string, string>; row: StudentRow }>();
    for (const id of HONEST) {
      const { result, gradebook } = await gradeInto(join(dir, 'out-alone', String(HONEST.indexOf(id))), [join(dir, 'alone', `${id}.json`)]);
      expect(gradebook).toHaveLength(1);
      alone.set(id, { line: gradebook[0], row: rowOf(result, id) });
    }
    // the honest students are not all alike: full, partial, and full only through the journal
    expect(new Set(HONEST.map((id) => alone.get(id)!.row.points)).size).toBeGreaterThan(1);
    expect(alone.get('s0003')!.line.from_journal).toContain('2.2.1/create-mycentos');

    const out = join(dir, 'out');
    const { code, result, gradebook, ms } = await gradeInto(out, [subs], roster());
    expect(code).toBe(1); // the live rows are unreachable
    const lines = new Map(gradebook.map((line) => [line.student_id, line]));
    for (const id of HONEST) {
      expect([id, marks(lines.get(id)!)]).toEqual([id, marks(alone.get(id)!.line)]);
      const row = rowOf(result, id);
      expect([id, row.status, row.points, row.result!.exercises.map((e) => [e.id, e.status, e.points])]).toEqual([id, 'graded', alone.get(id)!.row.points, alone.get(id)!.row.result!.exercises.map((e) => [e.id, e.status, e.points])]);
      // only the student whose id Mallory claimed is told so
      expect([id, codes(row)]).toEqual([id, id === 's0001' ? ['claimed-by-other'] : []]);
    }
    expect(rowOf(result, 's0001').source).toBe(join(subs, folderOf(0), 'hw.json'));

    // 26.1: the forged journal counts for nothing, and the teacher sees it
    const forger = rowOf(result, FORGER);
    expect(forger.result!.exercises.some((e) => e.credit)).toBe(false);
    expect(forger.points).toBeLessThan(10);
    expect(codes(forger)).toEqual(['journal-unconfirmed']);
    // 26.2: Mallory's upload is hers, flagged, never s0001's
    expect(codes(rowOf(result, MALLORY))).toEqual(['future-submission', 'other-student']);
    // 26.4: the password in the exec event is nowhere in what grade wrote; the exec itself is graded
    const exec = rowOf(result, 'x01').result!.exercises.find((e) => e.id === '2.2.5/exec-env')!;
    expect(exec.status).toBe('pass');
    expect(exec.checks[0].actual).toContain('mysql -uroot -p');
    for (const file of readdirSync(out, { recursive: true }).map(String)) {
      const path = join(out, file);
      if (!existsSync(path) || !/\.(csv|html|json)$/.test(file)) continue;
      expect([file, readFileSync(path, 'utf8').includes(SECRET)]).toEqual([file, false]);
    }
    // 26.6: every graded student has its own two reports, distinct even where case is folded
    const reports = readdirSync(join(out, OUTPUT_FILES.students));
    expect(new Set(reports.map((n) => n.toLowerCase())).size).toBe(reports.length);
    expect(reports).toHaveLength(2 * result.students.filter((r) => r.status === 'graded').length);
    // 26.7: the endless engine is cut off by the budget, the silent one and ssh by the class timeout
    expect(rowOf(result, 'e01')).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/\d+ MB/) });
    // the row's engine came from the roster's engine column, not from a --host the teacher never typed
    expect(rowOf(result, 'e01').reason).toContain('(roster engine)');
    expect(rowOf(result, 'e01').reason).not.toContain('--host');
    expect(rowOf(result, 'e02')).toMatchObject({ status: 'unreachable', reason: expect.stringContaining('class timeout (5 s)') });
    expect(rowOf(result, 'e03').status).toBe('unreachable');
    expect(ms).toBeLessThan(30_000);
    console.log(`[reliability] hostile class: ${HONEST.length} honest rows equal to their lines alone (points ${HONEST.map((id) => rowOf(result, id).points).join('/')}), forger ${forger.points} points, 3 live rows unreachable (${rowOf(result, 'e01').reason}), class of ${result.students.length} rows in ${ms} ms`);
    // 26.8: nothing of the ssh process group runs on
    const pids = fake.pids();
    expect(pids).not.toBeNull();
    expect(await waitFor(() => !running(pids!.ssh) && !running(pids!.grandchild), 3_000)).toBe(true);
    expect(fake.terms()).toEqual(expect.arrayContaining(['term-ssh', 'term-grandchild']));
  }, 180_000);

  it('refuses a roster whose ssh URL carries a remote command before grading anyone (26.3)', async () => {
    const out = join(dir, 'out-ssh');
    const error = await runGrade({ paths: [subs], roster: roster('ssh://alice@lab-07/run/user/1000/docker.sock;touch%20PWNED;echo'), outputDir: out, concurrency: 3, engineTimeout: 60, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), textSink().stream, textSink().stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/roster-ssh\.csv: line 15: engine: /);
    expect(existsSync(join(out, OUTPUT_FILES.gradebook))).toBe(false);
  });
});
