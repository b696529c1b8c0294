/**
 * `dockgrade serve`: the live class board (issue 24). Reads the roster and the prefixes, starts the
 * board (grader/serve/board.ts: one live session per student, one event stream per engine) and its
 * web server (grader/serve/board-server.ts), says where it is, and runs until Ctrl+C (SIGINT) or
 * SIGTERM: exit 0. Bad options, a bad roster or an address that cannot be bound: one line, exit 2.
 */
import { UsageError } from '../core/errors.js';
import { josa } from '../core/korean-particles.js';
import { TOOL } from '../core/tool.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { RosterRow } from '../batch/roster.js';
import type { ServeArgs } from './commands/serve-declaration.js';
import { secondsToMs } from './command-declaration.js';

/** Students named by `--prefixes a,b,c`: each prefix is a student on the shared engine. */
export function prefixStudents(value: string): RosterRow[] {
  const prefixes = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (prefixes.length === 0) throw new UsageError(`--prefixes: expected prefixes separated by commas, got '${value}'`, 'e.g. --prefixes alice,bob').inKorean(`--prefixes: 쉼표로 구분한 접두사를 적으세요 (받은 값: '${value}')`, '예: --prefixes alice,bob');
  const seen = new Set<string>();
  for (const prefix of prefixes) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/.test(prefix)) {
      throw new UsageError(`--prefixes: '${prefix}' is not a name prefix (letters, digits, '_', '.', '-')`).inKorean(`--prefixes: ${josa(`'${prefix}'`, '은/는')} 이름 접두사로 쓸 수 없습니다 (영문자, 숫자, '_', '.', '-')`);
    }
    if (seen.has(prefix)) throw new UsageError(`--prefixes: '${prefix}' is given twice`).inKorean(`--prefixes: ${josa(`'${prefix}'`, '을/를')} 두 번 적었습니다`);
    seen.add(prefix);
  }
  return prefixes.map((prefix) => ({ studentId: prefix, name: '', email: '', file: '', engine: '', tls: '', prefix, lms: '' }));
}

/** Serves the board until SIGINT/SIGTERM; returns 0. */
export async function runServe(args: ServeArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, stopSignal?: Promise<void>): Promise<number> {
  const ko = args.lang === 'ko';
  if (!args.roster && args.prefixes === undefined) {
    throw new UsageError('name the students: --roster FILE (live engines) or --prefixes a,b,… (one shared engine), or both', 'e.g. dockgrade serve --prefixes alice,bob').inKorean('학생을 알려 주세요: --roster FILE (실제 엔진) 또는 --prefixes a,b,… (엔진 하나를 나눠 씀), 또는 둘 다', '예: dockgrade serve --prefixes alice,bob');
  }
  const { parseListen, isLoopback, newToken, startBoardServer } = await import('../serve/board-server.js');
  const listen = parseListen(args.listen);
  if (!listen) throw new UsageError(`--listen: expected HOST:PORT, got '${args.listen}'`, 'e.g. --listen 127.0.0.1:8765').inKorean(`--listen: HOST:PORT 꼴로 적으세요 (받은 값: '${args.listen}')`, '예: --listen 127.0.0.1:8765');
  const timeoutMs = secondsToMs(args.engineTimeout, '--engine-timeout');
  const fromPrefixes = args.prefixes !== undefined ? prefixStudents(args.prefixes) : [];
  const { readRoster } = await import('../batch/roster.js');
  const fromRoster = args.roster ? (await readRoster(args.roster)).rows : [];
  const onRoster = new Set(fromRoster.map((r) => r.studentId));
  const twice = fromPrefixes.find((s) => onRoster.has(s.studentId));
  if (twice) throw new UsageError(`--prefixes: '${twice.studentId}' is a student of the roster too`).inKorean(`--prefixes: ${josa(`'${twice.studentId}'`, '은/는')} 명단에도 있는 학생입니다`);
  const students = [...fromRoster, ...fromPrefixes];

  const { Board, boardTitle } = await import('../serve/board.js');
  const board = new Board({
    catalog,
    students,
    host: args.host,
    tlsDir: args.tlsDir,
    title: args.title,
    lang: args.lang,
    probes: args.probes,
    timeoutMs,
    debounceMs: args.debounce,
  });
  const [{ loadReporter, loadClassReporter }, { boardPage }] = await Promise.all([import('../../reports/index.js'), import('../../reports/board-reporter.js')]);
  const [studentHtml, classHtml, gradebookCsv] = await Promise.all([loadReporter('html'), loadClassReporter('html'), loadClassReporter('csv')]);
  const reportOptions = { lang: args.lang, color: false, publicWords: catalog.publicWords };
  const title = boardTitle({ title: args.title, catalog, lang: args.lang });
  const oneRow = (index: number) => {
    const whole = board.classResult();
    const id = board.student(index).studentId;
    return { ...whole, students: whole.students.filter((s) => s.studentId === id) };
  };

  const token = isLoopback(listen.host) ? null : newToken();
  let server: Awaited<ReturnType<typeof startBoardServer>>;
  try {
    server = await startBoardServer({
      listen,
      token,
      lang: args.lang,
      source: {
        page: (nonce) => boardPage(board.views(), { lang: args.lang, title, tool: `${TOOL.name} ${TOOL.version}`, engines: board.engineCount, nonce, exercises: board.exercises, publicWords: catalog.publicWords }),
        views: () => board.views(),
        subscribe: (listener) => board.subscribe(listener),
        studentHtml: async (index) => {
          if (index >= board.size) return null;
          const run = board.studentRun(index);
          // Before the first grade (or with the engine away since the start): the row itself, as the class report shows it.
          return run ? studentHtml!(run, reportOptions) : classHtml!({ ...oneRow(index), title }, reportOptions);
        },
        gradebookCsv: async () => gradebookCsv!(board.classResult(), reportOptions),
        classHtml: async () => classHtml!({ ...board.classResult(), title }, reportOptions),
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = code === 'EADDRINUSE' ? (ko ? '이미 쓰는 주소입니다' : 'the address is in use') : code === 'EADDRNOTAVAIL' ? (ko ? '이 컴퓨터의 주소가 아닙니다' : 'not an address of this machine') : code === 'EACCES' ? (ko ? '이 포트를 열 권한이 없습니다' : 'no permission for this port') : (error as Error).message;
    throw new UsageError(`--listen: cannot listen on ${args.listen}: ${why}`, 'choose another port, e.g. --listen 127.0.0.1:8766').inKorean(`--listen: ${args.listen}에서 기다릴 수 없습니다: ${why}`, '다른 포트를 고르세요. 예: --listen 127.0.0.1:8766');
  }

  const engines = board.engineCount;
  if (token === null) {
    out.write(ko ? `dockgrade serve: 학생 ${students.length}명, 엔진 ${engines}개의 보드: ${server.url} (멈추려면 Ctrl+C)\n` : `dockgrade serve: board of ${students.length} student${students.length === 1 ? '' : 's'} on ${engines} engine${engines === 1 ? '' : 's'} at ${server.url} (Ctrl+C to stop)\n`);
  } else {
    out.write(
      ko
        ? `dockgrade serve: 학생 ${students.length}명, 엔진 ${engines}개의 보드가 ${args.listen}에서 이 컴퓨터 밖으로 열려 있으므로 토큰이 있어야 열립니다.\n이 주소로 여세요 (토큰은 지금 한 번만 보여 줍니다): ${server.url}\n멈추려면 Ctrl+C\n`
        : `dockgrade serve: the board of ${students.length} student${students.length === 1 ? '' : 's'} on ${engines} engine${engines === 1 ? '' : 's'} listens on ${args.listen}, beyond this machine, so it asks for a token.\nOpen this address (the token is shown this once): ${server.url}\nCtrl+C to stop\n`,
    );
  }

  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  process.once('SIGINT', finish);
  process.once('SIGTERM', finish);
  try {
    // Engines are followed in the background: the page answers at once, rows fill in as engines answer.
    void board.start();
    await Promise.race([done, ...(stopSignal ? [stopSignal] : [])]);
  } finally {
    process.removeListener('SIGINT', finish);
    process.removeListener('SIGTERM', finish);
    await server.close();
    await board.stop();
  }
  err.write(ko ? 'dockgrade serve: 멈췄습니다\n' : 'dockgrade serve: stopped\n');
  return 0;
}
