/**
 * A pre-dispatch for the command a learner runs dozens of times an hour: a plain `dockgrade check …`.
 * Loading and configuring yargs costs about 100 ms on this machine, as much as the whole `docker`
 * CLI call we measure ourselves against, so a command line made only of the `check` options below,
 * in their plain forms, is read here and handed to `runCheck` directly. Anything else — another
 * command, `--help`, an unknown or repeated option, a doubtful value — returns null and goes to the
 * yargs parser in main.ts, which stays the one authority for usage, help and errors. A test proves
 * that for every line this accepts, yargs would hand `runCheck` the same options.
 */
import type { CheckOptions } from './check-command.js';
import { detectLang, type Lang } from '../i18n.js';

/** The formats the pre-dispatch accepts; any other value goes to yargs (which knows every reporter). */
const FAST_FORMATS = new Set(['pretty', 'json']);
const LANGS = new Set<Lang>(['ko', 'en']);

/** Options taking a value, by every spelling yargs accepts for them here. */
const VALUE_OPTIONS: Record<string, 'format' | 'output' | 'snapshot' | 'timeout' | 'lang' | 'host' | 'prefix'> = {
  '--format': 'format',
  '-f': 'format',
  '--output': 'output',
  '-o': 'output',
  '--snapshot': 'snapshot',
  '--timeout': 'timeout',
  '--lang': 'lang',
  '--host': 'host',
  '-H': 'host',
  '--prefix': 'prefix',
};

/**
 * The options of a plain `check` command line, or null when the line needs the full parser.
 * `env` supplies the defaults yargs takes from the environment (language, DOCKGRADE_PREFIX).
 */
export function fastCheckOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CheckOptions | null {
  if (argv[0] !== 'check') return null;
  const seen = new Map<string, string>();
  const selectors: string[] = [];
  let probes: boolean | undefined;
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--probes' || token === '--no-probes') {
      if (probes !== undefined) return null;
      probes = token === '--probes';
      continue;
    }
    if (!token.startsWith('-')) {
      // a selector: exercise ids and section prefixes only (digits, dots, slashes, letters, dashes), or all
      if (!/^[0-9a-z][0-9a-z./_-]*$/i.test(token)) return null;
      selectors.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq > 0 && token.startsWith('--') ? token.slice(0, eq) : token;
    const name = VALUE_OPTIONS[flag];
    if (!name || seen.has(name)) return null;
    const value = eq > 0 && token.startsWith('--') ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('-'))) return null;
    seen.set(name, value);
  }
  const format = seen.get('format') ?? 'pretty';
  if (!FAST_FORMATS.has(format)) return null;
  const lang = (seen.get('lang') ?? detectLang(env)) as Lang;
  if (!LANGS.has(lang)) return null;
  const timeoutText = seen.get('timeout') ?? '30';
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || Number(timeoutText) <= 0) return null;
  return {
    selectors,
    format,
    output: seen.get('output'),
    snapshot: seen.get('snapshot'),
    probes: probes ?? true,
    lang,
    host: seen.get('host'),
    prefix: seen.get('prefix') ?? env.DOCKGRADE_PREFIX ?? '',
    timeoutMs: Number(timeoutText) * 1000,
  };
}
