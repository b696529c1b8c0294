#!/usr/bin/env node
/**
 * The dockgrade command line. Each command's code is imported only when that command runs, so start-up
 * stays lean. One top-level catch: known errors print one line and set the exit code; anything else is
 * a bug and prints its stack.
 */
import { PREFIX_PATTERN } from '../check/names.js';
import { DockgradeError, ExitCode, UsageError } from '../core/errors.js';
import { detectLang, type Lang } from '../core/i18n.js';
import { TOOL } from '../core/tool.js';
import { importPackage } from '../core/import-package.js';

/** Prints a known error as one line on stderr and returns its exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof DockgradeError) {
    stderr.write(`dockgrade: ${error.message}${error.hint ? ` — ${error.hint}` : ''}\n`);
    return error.exitCode;
  }
  stderr.write(`dockgrade: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
  return 70;
}

/**
 * Fills `--lang` and `--prefix` when not given: the prefix from DOCKGRADE_PREFIX, then the config file;
 * the language from the config file, then the locale. The config file is read only when needed.
 */
export async function applyConfig(argv: { lang?: unknown; prefix?: unknown }): Promise<void> {
  const envPrefix = process.env.DOCKGRADE_PREFIX;
  if (argv.lang === undefined || (argv.prefix === undefined && envPrefix === undefined)) {
    const { loadConfig } = await import('../core/config.js');
    const { config } = await loadConfig();
    argv.lang ??= config.lang ?? detectLang();
    argv.prefix ??= envPrefix ?? config.prefix ?? '';
  }
  argv.prefix ??= envPrefix ?? '';
  if (!PREFIX_PATTERN.test(String(argv.prefix))) {
    throw new UsageError(`prefix '${String(argv.prefix)}' is not usable in Docker names`, 'use letters, digits, _ . - only, starting with a letter or digit');
  }
}

/**
 * yargs renders the whole help text after parsing every command, only to print it should the handler
 * fail later; our .fail() prints one line and never the help. That rendering (cliui, string-width) took
 * 60-400 ms of every yargs-path command in CPU profiles (`grade`, `list`, `report`, …): skip it.
 */
function skipHelpCache(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  // loaded here, not at the top: bin.ts imports this module for reportError on its yargs-free path
  const { default: yargs } = await importPackage<typeof import('yargs')>('yargs');
  const parser = yargs(argv)
    .scriptName('dockgrade')
    .version(TOOL.version)
    .usage('$0 <command> [options]\n\nGrades the Docker exercises of "시작하세요! 도커/쿠버네티스" by inspecting your real Docker state.')
    .option('lang', { choices: ['ko', 'en'] as const, describe: 'language of messages (default: config file, then LC_ALL/LANG)' })
    .option('host', { alias: 'H', type: 'string', describe: 'Docker engine (unix://, tcp://, ssh://); default DOCKER_HOST, the current context, then the local socket' })
    .option('prefix', { type: 'string', describe: 'name prefix of your containers, networks and volumes on a shared host (env DOCKGRADE_PREFIX, or the config file)' })
    .middleware(applyConfig)
    .command(
      'list',
      'list sections and exercises with ids, titles and points',
      (y) => y.option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const }),
      async (args) => {
        const { runList } = await import('./list-command.js');
        exitCode = await runList({ format: args.format, lang: args.lang as Lang });
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
          .option('timeout', { type: 'number', default: 120, describe: 'seconds the whole run may take (exit 3 beyond)' })
          .option('show-secrets', { type: 'boolean', default: false, describe: 'print secret-looking values (passwords, tokens) in clear' })
          .option('journal', { type: 'boolean', default: true, describe: 'record progress in your journal and show what passed earlier; --no-journal leaves it alone' })
          .option('current-only', { type: 'boolean', default: false, describe: 'grade the current state only: an exercise that passed earlier (journal) does not count' })
          .option('watch', { alias: 'w', type: 'boolean', default: false, describe: 're-grade whenever the engine changes, until Ctrl+C' })
          .option('debounce', { type: 'number', default: 100, hidden: true, describe: 'watch: milliseconds of quiet before a re-grade' })
          .option('wait', { type: 'string', describe: 're-grade until everything passes or DURATION (60s, 2m) runs out' })
          .option('interval', { type: 'string', describe: 'pause between attempts with --wait (default 1s)' })
          .option('deterministic', { type: 'boolean', default: false, describe: 'sorted output without timestamps or machine details, for diffs' }),
      async (args) => {
        const { runCheck } = await import('./check-command.js');
        const { parseDuration } = await import('../core/duration.js');
        if (args.interval !== undefined && args.wait === undefined) throw new UsageError('--interval needs --wait', 'add --wait 60s (or drop --interval)');
        exitCode = await runCheck({
          selectors: (args.selectors ?? []).map(String),
          format: args.format as string | string[],
          output: args.output,
          snapshot: args.snapshot,
          probes: args.probes,
          lang: args.lang as Lang,
          host: args.host,
          prefix: String(args.prefix),
          timeoutMs: args.timeout * 1000,
          showSecrets: args.showSecrets,
          journal: args.journal,
          currentOnly: args.currentOnly,
          watch: args.watch,
          debounceMs: args.debounce,
          waitMs: args.wait === undefined ? undefined : parseDuration(args.wait, '--wait'),
          intervalMs: args.interval === undefined ? undefined : parseDuration(args.interval, '--interval'),
          deterministic: args.deterministic,
        });
      },
    )
    .command(
      'explain <id>',
      "an exercise's goal, the book's commands, and each check with its points and hint",
      (y) =>
        y
          .positional('id', { type: 'string', demandOption: true, describe: 'exercise id (or a section, e.g. 2.2.1)' })
          .option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const }),
      async (args) => {
        const { runExplain } = await import('./explain-command.js');
        exitCode = await runExplain({ id: String(args.id), format: args.format, lang: args.lang as Lang, prefix: String(args.prefix) });
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
        exitCode = await runReport({ file: String(args.file), format: (args.format ?? []) as string | string[], output: args.output, lang: args.lang as Lang, showSecrets: args.showSecrets });
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
          .option('timeout', { type: 'number', default: 120, describe: 'seconds the whole snapshot may take (exit 3 beyond)' })
          .option('show-secrets', { type: 'boolean', default: false, describe: 'keep secret-looking env values in clear in the file' })
          .option('journal', { type: 'boolean', default: true, describe: 'include your progress journal; --no-journal leaves it out' }),
      async (args) => {
        const { runSnapshot } = await import('./snapshot-command.js');
        exitCode = await runSnapshot({ output: args.output, probes: args.probes, host: args.host, prefix: String(args.prefix), student: args.student, timeoutMs: args.timeout * 1000, journal: args.journal, showSecrets: args.showSecrets });
      },
    )
    .command(
      'solve <selectors..>',
      "apply exercises' reference solutions to the engine (prints the docker commands, asks unless --yes)",
      (y) =>
        y
          .positional('selectors', { type: 'string', array: true, describe: 'exercise ids or sections' })
          .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'do not ask before running the commands' }),
      async (args) => {
        const { runSolve } = await import('./solve-command.js');
        exitCode = await runSolve({ selectors: (args.selectors ?? []).map(String), prefix: String(args.prefix), host: args.host, yes: args.yes });
      },
    )
    .command(
      'reset <selectors..>',
      'remove exactly what solve made for those exercises (by name under --prefix, and by our label)',
      (y) =>
        y
          .positional('selectors', { type: 'string', array: true, describe: 'exercise ids or sections' })
          .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'do not ask before removing' }),
      async (args) => {
        const { runReset } = await import('./reset-command.js');
        exitCode = await runReset({ selectors: (args.selectors ?? []).map(String), prefix: String(args.prefix), host: args.host, yes: args.yes });
      },
    )
    .command(
      'doctor',
      "check that this machine can do the chapter's exercises (engine, version, images, host ports, disk)",
      (y) =>
        y
          .option('deep', { type: 'boolean', default: false, describe: 'also start labelled throwaway containers to prove links and network aliases (removed after)' })
          .option('online', { type: 'boolean', default: false, describe: 'also ask the registry whether missing images can be pulled' })
          .option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const })
          .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for each engine request' }),
      async (args) => {
        const { runDoctor } = await import('./doctor-command.js');
        exitCode = await runDoctor({ host: args.host, deep: args.deep, online: args.online, format: args.format, timeoutMs: args.timeout * 1000 });
      },
    )
    .command(
      'selftest [selectors..]',
      "prove the rubric on this engine: each reference solution passes, each mutation fails exactly its check",
      (y) =>
        y
          .positional('selectors', { type: 'string', array: true, default: [] as string[], describe: 'exercise ids, section prefixes, or all' })
          .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'do not ask before creating (and removing) the dgself-… containers' })
          .option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const })
          .option('probes', { type: 'boolean', default: true, describe: 'live evidence (HTTP, exec)' })
          .option('wait', { type: 'string', default: '10s', describe: 'per case, re-grade until it holds or DURATION runs out (slow containers)' })
          .option('interval', { type: 'string', describe: 'pause between re-grades (default 500ms)' })
          .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for each engine request' }),
      async (args) => {
        const { runSelftest } = await import('./selftest-command.js');
        const { parseDuration } = await import('../core/duration.js');
        exitCode = await runSelftest({
          selectors: (args.selectors ?? []).map(String),
          yes: args.yes,
          host: args.host,
          format: args.format,
          lang: args.lang as Lang,
          probes: args.probes,
          waitMs: parseDuration(args.wait, '--wait'),
          intervalMs: args.interval === undefined ? undefined : parseDuration(args.interval, '--interval'),
          timeoutMs: args.timeout * 1000,
        });
      },
    )
    .command(
      'submit',
      'save your state, evidence and journal into one sealed file to upload to your course (LMS)',
      (y) =>
        y
          .option('student', { type: 'string', demandOption: true, describe: 'your student id' })
          .option('output', { alias: 'o', type: 'string', describe: 'file to write (default submission-<ID>.json)' })
          .option('probes', { type: 'boolean', default: true, describe: 'record live evidence for every exercise' })
          .option('timeout', { type: 'number', default: 30, describe: 'seconds to wait for each engine request' }),
      async (args) => {
        const { runSubmit } = await import('./submit-command.js');
        exitCode = await runSubmit({ student: String(args.student), output: args.output, probes: args.probes, host: args.host, prefix: String(args.prefix), timeoutMs: args.timeout * 1000 });
      },
    )
    .command(
      'grade [paths..]',
      'teachers: grade a class (submission files, folders, live engines on a roster) into a gradebook and class report',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'submission files or folders' })
          .option('roster', { type: 'string', describe: 'roster CSV: student_id, name, email, and file or engine (tls)' })
          .option('output-dir', { alias: 'o', type: 'string', default: 'grades', describe: 'folder for grades.csv, class.html, students/, summary.json' })
          .option('deadline', { type: 'string', describe: 'ISO time; containers created later are reported' })
          .option('concurrency', { type: 'number', default: 8, describe: 'live engines graded at once' })
          .option('engine-timeout', { type: 'number', default: 60, describe: 'seconds allowed for each live engine' })
          .option('tls-dir', { type: 'string', describe: 'folder with ca.pem, cert.pem, key.pem for tcp engines without their own' })
          .option('shard', { type: 'string', describe: 'grade only slice K of N of the class (K/N), for CI matrices and indexed Jobs' })
          .option('title', { type: 'string', describe: 'class or course name shown in the report' })
          .option('probes', { type: 'boolean', default: true, describe: 'probe live engines (submissions replay their recorded evidence)' })
          .option('current-only', { type: 'boolean', default: false, describe: "grade each submission's current state only: exercises that passed earlier (the student's journal) do not count" }),
      async (args) => {
        const { runGrade } = await import('./grade-command.js');
        exitCode = await runGrade({
          paths: (args.paths ?? []).map(String),
          roster: args.roster,
          outputDir: args.outputDir,
          deadline: args.deadline,
          concurrency: args.concurrency,
          engineTimeoutSeconds: args.engineTimeout,
          shard: args.shard,
          tlsDir: args.tlsDir,
          probes: args.probes,
          currentOnly: args.currentOnly,
          title: args.title,
          lang: args.lang as Lang,
        });
      },
    )
    .command(
      'merge <outputs..>',
      'join the outputs of `grade --shard K/N` runs into one gradebook and class report',
      (y) =>
        y
          .positional('outputs', { type: 'string', array: true, demandOption: true, describe: 'shard output folders (or their summary.json)' })
          .option('output-dir', { alias: 'o', type: 'string', default: 'grades', describe: 'folder for the merged outputs' }),
      async (args) => {
        const { runMerge } = await import('./merge-command.js');
        exitCode = await runMerge({ inputs: (args.outputs ?? []).map(String), outputDir: args.outputDir, lang: args.lang as Lang });
      },
    )
    .demandCommand(1, 'name a command: list, check, explain, report, snapshot, submit, grade, merge, solve, reset, selftest, doctor')
    .strict()
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new DockgradeError(message, ExitCode.Usage, '`dockgrade --help` lists the commands and options');
    });
  try {
    skipHelpCache(parser);
    await parser.parseAsync();
  } catch (error) {
    return reportError(error);
  }
  return exitCode;
}

/** Set to true by the bundler (scripts/bundle.mjs) in dist/dockgrade.cjs, where every module shares the bundle's URL. */
declare const __DOCKGRADE_BUNDLE__: boolean | undefined;
const bundled = typeof __DOCKGRADE_BUNDLE__ !== 'undefined' && __DOCKGRADE_BUNDLE__;
// `node dist/grader/cli/main.js …` runs the full parser; the `dockgrade` executable is bin.ts, bundled.
const invokedDirectly = !bundled && process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  // Errors are one line: a dependency's deprecation notice (ssh2's url.parse) must not add two more.
  process.noDeprecation = true;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // An engine that stalled may still hold sockets open: the one line is out, leave now.
      if (code === ExitCode.EngineUnavailable) process.exit(code);
    },
    (error) => {
      process.exitCode = reportError(error);
    },
  );
}
