#!/usr/bin/env node
/**
 * The dockgrade command line. Each command's code is imported only when that command runs, so start-up
 * stays lean. One top-level catch: known errors print one line and set the exit code; anything else is
 * a bug and prints its stack.
 */
import { DockgradeError, ExitCode } from '../errors.js';
import { detectLang } from '../i18n.js';
import { TOOL } from '../tool.js';

/** Prints a known error as one line on stderr and returns its exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof DockgradeError) {
    stderr.write(`dockgrade: ${error.message}${error.hint ? ` — ${error.hint}` : ''}\n`);
    return error.exitCode;
  }
  stderr.write(`dockgrade: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
  return 70;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  // loaded here, not at the top: bin.ts imports this module for reportError on its yargs-free path
  const { default: yargs } = await import('yargs');
  const parser = yargs(argv)
    .scriptName('dockgrade')
    .version(TOOL.version)
    .usage('$0 <command> [options]\n\nGrades the Docker exercises of "시작하세요! 도커/쿠버네티스" by inspecting your real Docker state.')
    .option('lang', { choices: ['ko', 'en'] as const, default: detectLang(), describe: 'language of messages (default from LC_ALL/LANG)' })
    .option('host', { alias: 'H', type: 'string', describe: 'Docker engine (unix://, tcp://, ssh://); default DOCKER_HOST, the current context, then the local socket' })
    .option('prefix', { type: 'string', default: process.env.DOCKGRADE_PREFIX ?? '', describe: 'name prefix of your containers on a shared host (env DOCKGRADE_PREFIX)' })
    .command(
      'list',
      'list sections and exercises with ids, titles and points',
      (y) => y.option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const }),
      async (args) => {
        const { runList } = await import('./list-command.js');
        exitCode = await runList({ format: args.format, lang: args.lang });
      },
    )
    .command(
      'check [selectors..]',
      'grade exercises (ids, sections like 2.2.5, or all)',
      (y) =>
        y
          .positional('selectors', { type: 'string', array: true, default: [] as string[], describe: 'exercise ids, section prefixes, or all' })
          .option('format', { alias: 'f', type: 'string', default: 'pretty', describe: 'pretty|json|junit|html|csv; repeat as FORMAT=FILE for several reports (one may go to stdout)' })
          .option('output', { alias: 'o', type: 'string', describe: 'write the (single) report to FILE instead of stdout' })
          .option('snapshot', { type: 'string', describe: 'grade a snapshot file instead of a live engine' })
          .option('probes', { type: 'boolean', default: true, describe: 'live evidence (HTTP, exec); --no-probes grades the snapshot alone' })
          .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for each engine request' }),
      async (args) => {
        const { runCheck } = await import('./check-command.js');
        exitCode = await runCheck({
          selectors: (args.selectors ?? []).map(String),
          format: args.format as string | string[],
          output: args.output,
          snapshot: args.snapshot,
          probes: args.probes,
          lang: args.lang,
          host: args.host,
          prefix: args.prefix,
          timeoutMs: args.timeout * 1000,
        });
      },
    )
    .command(
      'report <file>',
      're-render a saved result (check --format json) or class result in other formats',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'a result or class result JSON file' })
          .option('format', { alias: 'f', type: 'string', describe: 'pretty|json|junit|html|csv (class: json|csv|html); repeat as FORMAT=FILE' })
          .option('output', { alias: 'o', type: 'string', describe: 'write the (single) report to FILE instead of stdout' })
          .option('show-secrets', { type: 'boolean', default: false, describe: 'print secret-looking values in clear' }),
      async (args) => {
        const { runReport } = await import('./report-command.js');
        exitCode = await runReport({ file: String(args.file), format: (args.format ?? []) as string | string[], output: args.output, lang: args.lang, showSecrets: args.showSecrets });
      },
    )
    .command(
      'snapshot',
      'save the engine state (and probe evidence) to a JSON file',
      (y) =>
        y
          .option('output', { alias: 'o', type: 'string', describe: 'file to write (default stdout)' })
          .option('probes', { type: 'boolean', default: true, describe: 'record live evidence for every exercise' })
          .option('student', { type: 'string', describe: 'student id recorded in the file' })
          .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for each engine request' }),
      async (args) => {
        const { runSnapshot } = await import('./snapshot-command.js');
        exitCode = await runSnapshot({ output: args.output, probes: args.probes, host: args.host, prefix: args.prefix, student: args.student, timeoutMs: args.timeout * 1000 });
      },
    )
    .demandCommand(1, 'name a command: list, check, report, snapshot')
    .strict()
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new DockgradeError(message, ExitCode.Usage, '`dockgrade --help` lists the commands and options');
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    return reportError(error);
  }
  return exitCode;
}

// `node dist/grader/cli/main.js …` runs the full parser; the `dockgrade` executable is bin.ts.
const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.exitCode = reportError(error);
    },
  );
}
