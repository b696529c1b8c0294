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
import type { Lang } from '../core/i18n.js';

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

/** The line's options before `--lang` and `--prefix` defaults are filled (by main.ts's applyConfig). */
export type ParsedCheckLine = Omit<CheckOptions, 'lang' | 'prefix'> & { lang?: Lang; prefix?: string };

/** The options of a plain `check` command line as written, or null when the line needs the full parser. */
export function fastCheckOptions(argv: readonly string[]): ParsedCheckLine | null {
  if (argv[0] !== 'check') return null;
  const seen = new Map<string, string>();
  const selectors: string[] = [];
  const switches = new Map<'probes' | 'journal' | 'deterministic' | 'show-secrets', boolean>();
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    const switchName = /^--(no-)?(probes|journal|deterministic|show-secrets)$/.exec(token);
    if (switchName) {
      const name = switchName[2] as 'probes' | 'journal' | 'deterministic' | 'show-secrets';
      if (switches.has(name)) return null;
      switches.set(name, !switchName[1]);
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
  const lang = seen.get('lang') as Lang | undefined;
  if (lang !== undefined && !LANGS.has(lang)) return null;
  const timeoutText = seen.get('timeout') ?? '120';
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || Number(timeoutText) <= 0) return null;
  return {
    selectors,
    format,
    output: seen.get('output'),
    snapshot: seen.get('snapshot'),
    probes: switches.get('probes') ?? true,
    lang,
    host: seen.get('host'),
    prefix: seen.get('prefix'),
    timeoutMs: Number(timeoutText) * 1000,
    journal: switches.get('journal') ?? true,
    currentOnly: false,
    watch: false,
    debounceMs: 100,
    deterministic: switches.get('deterministic') ?? false,
    showSecrets: switches.get('show-secrets') ?? false,
  };
}

/**
 * The full options of a plain `check` line, defaults filled exactly as the yargs path fills them
 * (main.ts's applyConfig: DOCKGRADE_PREFIX, the config file, the locale), or null.
 */
export async function resolveFastCheck(argv: readonly string[]): Promise<CheckOptions | null> {
  const parsed = fastCheckOptions(argv);
  if (!parsed) return null;
  const { applyConfig } = await import('./main.js');
  await applyConfig(parsed);
  return parsed as CheckOptions;
}
