/**
 * The book's own published values (`password`, `wordpress`) are not secrets, a learner's own are (issue
 * #14), and every command `explain` and the hints print can be pasted into a shell.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'shell-quote';
import { makeContainer, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { readRecording, recordingFile } from '../fixtures/exercise-snapshots.js';
import { gradeExercise } from '../grader/check/run.js';
import { explainExercise } from '../grader/cli/explain-command.js';
import { hideSecrets } from '../grader/pipeline/pipeline.js';
import { ReplayProbe } from '../grader/probe/probe.js';
import { cleanText } from '../reports/report-text.js';
import { EXERCISES } from './index.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;

describe("the book's values are shown, a learner's own stay hidden", () => {
  it("cleanText keeps -e MYSQL_ROOT_PASSWORD=password and hides the learner's own value", () => {
    expect(cleanText('docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7', { publicWords: bookCatalog().publicWords })).toBe('docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7');
    expect(cleanText('found MYSQL_ROOT_PASSWORD=hunter2-own', { publicWords: bookCatalog().publicWords })).toBe('found MYSQL_ROOT_PASSWORD=(hidden)');
  });

  it("mysql's own log line reads as mysql wrote it; a learner's value in it stays hidden", async () => {
    const line = 'Database is uninitialized and password option is not specified';
    const db = (env: Record<string, string>) =>
      makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', env, state: { status: 'exited', running: false, exitCode: 1 }, logTail: [`[ERROR] ${line}`, `own value: hunter2-own`] });
    // MYSQL_PASSWORD instead of MYSQL_ROOT_PASSWORD: mysql refuses to start, and says so
    const snapshot = makeSnapshot({ containers: [db({ MYSQL_PASSWORD: 'password', MYSQL_USER: 'hunter2-own' })] });
    const run = hideSecrets(await gradeOne('2.2.5/wordpressdb', snapshot), snapshot, bookCatalog());
    const running = run.exercises[0].checks.find((c) => c.id === 'running')!;
    expect(running.message.en).toContain(line);
    expect(running.message.ko).toContain(line);
    const mine = makeSnapshot({ containers: [db({ MYSQL_PASSWORD: 'hunter2-own' })] });
    const hidden = hideSecrets(await gradeOne('2.2.5/wordpressdb', mine), mine, bookCatalog()).exercises[0].checks.find((c) => c.id === 'running')!;
    expect(hidden.message.en).toContain('own value: (hidden)');
    expect(hidden.message.en).not.toContain('hunter2-own');
  });

  it("explain prints the book's mysql login, not -p(hidden)", () => {
    const hint = explainExercise(byId('2.2.5/wordpressdb'), '', bookCatalog().publicWords).checks.find((c) => c.id === 'mysql-wordpress')!.hint!;
    expect(hint.en).toContain("docker exec -it wordpressdb mysql -uroot -ppassword -e 'show databases'");
    expect(hint.ko).toContain("docker exec -it wordpressdb mysql -uroot -ppassword -e 'show databases'");
  });
});

type Run = Parameters<typeof hideSecrets>[0];
/** One exercise's result as the run hideSecrets walks (it reads only the strings). */
const asRun = (result: Run['exercises'][number]) => ({ exercises: [result] }) as unknown as Run;
const gradeOne = async (id: string, snapshot: ReturnType<typeof makeSnapshot>) => asRun(await gradeExercise(byId(id), snapshot, { publicWords: bookCatalog().publicWords }));

/**
 * The shell commands in a text: from each `docker ` to the end of its line, to a ` (` that opens a remark after it,
 * or to a `)` that closes nothing opened after it (a command in parentheses), outside quotes.
 */
function commandsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\w-])docker (?=[a-z])/g)) {
    let depth = 0;
    let quote = '';
    let end = text.length;
    for (let i = match.index!; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '\n') {
        // a numbered step is one line (grader/check/hint-steps.ts)
        end = i;
        break;
      } else if (ch === '(' && depth === 0 && text[i - 1] === ' ') {
        // ` (` after a command opens a remark in prose, not a subshell
        end = i;
        break;
      } else if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    found.push(text.slice(match.index!, end).trim());
  }
  return found;
}

/** Everything `explain` and the checks' hints print (hints of every recorded state, passing and failing). */
async function printedTexts(): Promise<Array<{ where: string; text: string }>> {
  const texts: Array<{ where: string; text: string }> = [];
  for (const exercise of EXERCISES) {
    for (const prefix of ['', 'alice']) {
      for (const check of explainExercise(exercise, prefix).checks) {
        for (const lang of ['ko', 'en'] as const) if (check.hint) texts.push({ where: `explain ${exercise.id} ${check.id} ${lang}`, text: check.hint[lang] });
      }
    }
    const recording = readRecording(recordingFile(exercise.id));
    for (const c of recording.cases) {
      const result = await gradeExercise(exercise, c.snapshot, { prefix: recording.prefix, probe: new ReplayProbe(c.snapshot.probes) });
      const run = hideSecrets(asRun(result), c.snapshot, bookCatalog());
      for (const check of run.exercises[0].checks) {
        for (const lang of ['ko', 'en'] as const) if (check.hint) texts.push({ where: `hint ${exercise.id} ${c.check ?? 'solution'} ${check.id} ${lang}`, text: check.hint[lang] });
      }
    }
  }
  return texts;
}

/** Words, quotes, `&&` and `$(…)` only: no parentheses of their own, redirections, pipes or globs. */
function plainCommand(command: string): boolean {
  const tokens = parse(command);
  let substitutions = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (typeof token === 'string') {
      const next = tokens[i + 1];
      if (token.endsWith('$') && next && typeof next !== 'string' && 'op' in next && next.op === '(') {
        substitutions++;
        i++;
      }
      continue;
    }
    if ('op' in token && token.op === '&&') continue;
    if ('op' in token && token.op === ')' && substitutions > 0) {
      substitutions--;
      continue;
    }
    return false;
  }
  return substitutions === 0;
}

describe('every command explain and the hints print parses as shell', () => {
  it('finds the commands in a text', () => {
    expect(commandsIn('the web server does not answer (docker logs wordpress); then: docker start wordpress')).toEqual(['docker logs wordpress', 'docker start wordpress']);
    expect(commandsIn('docker start db (exit stops it)')).toEqual(['docker start db']);
    expect(commandsIn('recreate it:\n1. docker rm -f db\n2. docker run -d --name db mysql:5.7\n(look: docker ps)')).toEqual(['docker rm -f db', 'docker run -d --name db mysql:5.7', 'docker ps']);
    expect(commandsIn("try: docker exec -it db mysql -uroot -p(hidden) -e 'show databases'")).toEqual(["docker exec -it db mysql -uroot -p(hidden) -e 'show databases'"]);
  });

  it('is a plain command line: words, quotes and && only (no parentheses, redirections, globs), and bash -n accepts it', async () => {
    const commands = (await printedTexts()).flatMap(({ where, text }) => commandsIn(text).map((command) => ({ where, command })));
    expect(commands.length).toBeGreaterThan(50);
    const bad = commands.filter(({ command }) => !plainCommand(command));
    expect(bad).toEqual([]);
    // bash itself, once over all of them (one line each)
    const dir = mkdtempSync(join(tmpdir(), 'dgt-ev-shell-'));
    const file = join(dir, 'commands.sh');
    writeFileSync(file, commands.map((c) => c.command).join('\n') + '\n');
    expect(() => execFileSync('bash', ['-n', file], { stdio: 'pipe' })).not.toThrow();
  });

  it('the check fails on -p(hidden) and on a <name> placeholder, and passes $(…)', () => {
    expect(plainCommand("docker exec -it db mysql -uroot -p(hidden) -e 'show databases'")).toBe(false);
    expect(plainCommand('docker exec <name> env')).toBe(false);
    expect(plainCommand('docker rm $(docker ps -aq --filter name=^alice-)')).toBe(true);
    expect(plainCommand('docker rm -f wordpress && docker run -d --name wordpress wordpress')).toBe(true);
    expect(() => execFileSync('bash', ['-n', '-c', "docker exec -it db mysql -uroot -p(hidden) -e 'show databases'"], { stdio: 'pipe' })).toThrow();
  });
});
