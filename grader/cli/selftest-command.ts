/**
 * `dockgrade selftest`: proves every selected exercise's rubric on this engine (grader/docker/selftest.ts)
 * under a fresh `dgself-<random>-` prefix, prints one line per case and exits 0 only when every line
 * holds. Ctrl+C (or SIGTERM) removes what it made before exiting.
 */
import { randomBytes } from 'node:crypto';
import { selectExercises } from '../check/select.js';
import { ExitCode } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import type { CaseProof } from '../docker/selftest.js';
import { inertLine } from '../../reports/terminal-text.js';
import { confirm } from './confirm.js';
import { inertJsonText } from '../core/inert-json.js';
import type { Catalog } from '../pipeline/catalog.js';
import { secondsToMs } from './command-declaration.js';
import type { SelftestArgs } from './commands/selftest-declaration.js';

/** One line of the selftest table. */
export interface SelftestLine {
  exercise: string;
  case: string;
  expected: string;
  got: string;
  holds: boolean;
  /** Time the case spent waiting for its expectation (ms) and grades taken. */
  waited: { ms: number; attempts: number };
}

function describeFailing(ids: readonly string[]): string {
  return ids.length ? `fails ${ids.join(', ')}` : 'passes';
}

/** Turns a case into its table line. */
export function lineOf(exercise: string, proof: CaseProof, lang: Lang, holds: boolean, failing: (r: NonNullable<CaseProof['result']>) => string[]): SelftestLine {
  const label = proof.kind === 'solution' ? t(proof.description, lang) : `${lang === 'ko' ? '틀린 상태' : 'mutation'} ${proof.check}: ${t(proof.description, lang)}`;
  const got = proof.result ? `${describeFailing(failing(proof.result))}${proof.result.status === 'pass' || proof.expected.length ? '' : ` (${proof.result.status})`}` : `steps failed: ${proof.error}`;
  return { exercise, case: label, expected: proof.expected.length ? `fails only ${proof.expected.join(', ')}` : 'passes', got, holds, waited: proof.waited };
}

/** The table, one line per case, ✔ where it holds. */
export function renderTable(lines: readonly SelftestLine[]): string {
  const width = (key: 'exercise' | 'case' | 'expected') => Math.min(60, Math.max(key.length, ...lines.map((l) => l[key].length)));
  const [we, wc, wx] = [width('exercise'), width('case'), width('expected')];
  const cut = (text: string, w: number) => (text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w));
  const rows = [`  ${'exercise'.padEnd(we)}  ${'case'.padEnd(wc)}  ${'expected'.padEnd(wx)}  got`];
  for (const l of lines) rows.push(`${l.holds ? '✔' : '✘'} ${cut(l.exercise, we)}  ${cut(l.case, wc)}  ${cut(l.expected, wx)}  ${l.got.replace(/\s+/g, ' ')}`);
  return `${rows.join('\n')}\n`;
}

export async function runSelftest(options: SelftestArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { parseDuration } = await import('../core/duration.js');
  const waitMs = parseDuration(options.wait, '--wait');
  const intervalMs = options.interval === undefined ? undefined : parseDuration(options.interval, '--interval');
  const timeoutMs = secondsToMs(options.timeout, '--timeout');
  const exercises = selectExercises(catalog.exercises, options.selectors);
  const prefix = `dgself-${randomBytes(3).toString('hex')}-`;
  const { connect } = await import('../engine/engine-client.js');
  const client = await connect({ host: options.host, timeoutMs });
  const cases = exercises.reduce((n, e) => n + 1 + e.mutations.length, 0);
  err.write(`selftest: ${exercises.length} exercise(s), ${cases} case(s) on ${client.location}; creates containers named ${prefix}… and removes them after\n`);
  if (!(await confirm('Go ahead?', { yes: options.yes, command: 'selftest', stdout: err }))) {
    err.write('selftest: nothing was changed\n');
    return ExitCode.Findings;
  }
  const { dockerCli, removeByPrefix } = await import('../docker/docker-cli.js');
  const { failing, holds, proveExercise } = await import('../docker/selftest.js');
  const cli = dockerCli({ host: options.host });
  const cleanUp = () => removeByPrefix(cli, prefix).catch((error: Error) => err.write(`selftest: clean-up of ${prefix}… failed: ${inertLine(error.message)}\n`));
  const onSignal = (signal: NodeJS.Signals) => {
    err.write(`\nselftest: ${signal}: removing ${prefix}…\n`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = Date.now();
  const lines: SelftestLine[] = [];
  try {
    for (const exercise of exercises) {
      const proof = await proveExercise(exercise, { catalog: catalog, prefix, client, cli, probes: options.probes, waitMs, intervalMs });
      for (const c of proof.cases) {
        const line = lineOf(exercise.id, c, options.lang, holds(c), failing);
        lines.push(line);
        if (options.format === 'pretty') err.write(`${line.holds ? '✔' : '✘'} ${line.exercise} ${line.case}\n`);
      }
    }
  } finally {
    await cleanUp();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  const ok = lines.every((l) => l.holds);
  const ms = Date.now() - started;
  if (options.format === 'json') {
    out.write(`${inertJsonText({ kind: 'dockgrade.selftest', prefix, endpoint: client.location, ok, ms, lines }, 2)}\n`);
  } else {
    const { formatDuration } = await import('../core/duration.js');
    out.write(renderTable(lines));
    out.write(`${lines.filter((l) => l.holds).length}/${lines.length} hold · ${exercises.length} exercise(s) · ${formatDuration(ms)}${ok ? '' : ' · FAILED'}\n`);
  }
  return ok ? ExitCode.Ok : ExitCode.Findings;
}
