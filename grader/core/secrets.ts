/**
 * Secrets stay out of every output: a report never prints the value of a secret-looking env var
 * (`MYSQL_ROOT_PASSWORD`, `API_TOKEN`, …) unless `--show-secrets` is given, whatever format it is in and
 * wherever the value turns up (a check message, a log line, a probe's output). The book's own example
 * values (`-e MYSQL_ROOT_PASSWORD=password`) are public: they are printed in every copy of the book, and
 * hiding them would hide the exercise. Values shorter than MIN_HUNTED_LENGTH are masked where they are
 * an env value but not hunted through free text (that would mangle ordinary words).
 *
 * Hunted values: the values of secret-looking env vars (MYSQL_ROOT_PASSWORD, MYSQL_PWD, API_TOKEN…),
 * the passwords inside credential URLs (`DATABASE_URL=mysql://root:pw@db/x`) and the values a command
 * line names itself (`mysqld --password=…`): found anywhere in an output, under any other name
 * (`-e NOTE=…`), they are hidden. Text that names its secret (`NAME=value`, `scheme://user:pw@`) is
 * masked by pattern as well, whatever state it came from.
 */
import { memoizedText } from './text-memo.js';

/**
 * The parts of an engine state (the Snapshot of grader/model/snapshot-schema.ts) that secrets are
 * hunted in and masked in, read by shape: grader/core sits below the model and imports nothing above it.
 */
export interface SecretBearingState {
  containers: ReadonlyArray<{ env: Readonly<Record<string, string>>; entrypoint?: readonly string[] | null; cmd?: readonly string[] | null }>;
  images: ReadonlyArray<{ config: { env: readonly string[] } }>;
}

/** Env var names whose values are never printed. */
export const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|_PASS$|^PASS|_PWD$/i;

/** What a hidden value is replaced with, in every output (reports, snapshot files, check messages). */
export const MASK = '(hidden)';

/** Shorter secret values are not searched for in free text. */
export const MIN_HUNTED_LENGTH = 4;

/** The words of the book's commands: a value among them is an example, not a secret. */
export function publicText(exercises: ReadonlyArray<{ commands: readonly string[] }>): ReadonlySet<string> {
  const words = new Set<string>();
  for (const exercise of exercises) {
    for (const command of exercise.commands) for (const word of command.split(/[\s='"`:,;()]+/)) if (word) words.add(word);
  }
  return words;
}

function envPairs(snapshot: SecretBearingState): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const container of snapshot.containers) pairs.push(...Object.entries(container.env));
  for (const image of snapshot.images) {
    for (const entry of image.config.env) {
      const at = entry.indexOf('=');
      if (at > 0) pairs.push([entry.slice(0, at), entry.slice(at + 1)]);
    }
  }
  return pairs;
}

/**
 * `scheme://user:password@`: the password of a credential URL (bounded, so a long string without `@`
 * costs linear time).
 */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@'"]{0,256}:)([^\s/@'"]{1,256})@/gi;

/** The passwords of the credential URLs in `text`. */
function urlPasswords(text: string): string[] {
  if (!text.includes('://')) return [];
  return [...text.matchAll(URL_CREDENTIALS)].map((match) => match[2]);
}

/** `--password=value`, `--api-token value`… on a command line: the values a command names as secret. */
function argumentSecrets(args: readonly string[]): string[] {
  const found: string[] = [];
  args.forEach((arg, i) => {
    const eq = /^--?([A-Za-z][\w.-]*)=(.+)$/.exec(arg);
    if (eq && SECRET_NAME.test(eq[1])) found.push(eq[2]);
    else if (/^--?[A-Za-z][\w.-]*$/.test(arg) && SECRET_NAME.test(arg) && i + 1 < args.length && !args[i + 1].startsWith('-')) found.push(args[i + 1]);
  });
  return found;
}

/**
 * Values to hide wherever they appear, longest first: the values of secret-looking env vars (containers
 * and images), credential-URL passwords in any env value, and secret-named command-line arguments of
 * the containers; the book's examples and values shorter than MIN_HUNTED_LENGTH are left out.
 */
export function secretValues(snapshot: SecretBearingState, publicWords: ReadonlySet<string> = new Set()): string[] {
  const values = new Set<string>();
  const add = (value: string) => {
    if (value.length >= MIN_HUNTED_LENGTH && !publicWords.has(value) && value !== MASK) values.add(value);
  };
  for (const [name, value] of envPairs(snapshot)) {
    if (SECRET_NAME.test(name)) add(value);
    for (const password of urlPasswords(value)) add(password);
  }
  for (const container of snapshot.containers) for (const value of argumentSecrets([...(container.entrypoint ?? []), ...(container.cmd ?? [])])) add(value);
  return [...values].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of `values` in `text`. */
export function redactText(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) if (out.includes(value)) out = out.split(value).join(MASK);
  return out;
}

/**
 * `data` with `change` applied to every string (and object key); parts where nothing changed are the
 * same objects as before (a class of 500 runs is walked without copying what has no secret).
 */
export function mapStrings<T>(data: T, change: (text: string) => string): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return change(node);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < node.length; i++) {
        const next = walk(node[i]);
        if (next !== node[i]) (copy ??= node.slice())[i] = next;
      }
      return copy ?? node;
    }
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    const newKeys = new Array<string>(keys.length);
    const values = new Array<unknown>(keys.length);
    let changed = false;
    for (let i = 0; i < keys.length; i++) {
      newKeys[i] = change(keys[i]);
      values[i] = walk(record[keys[i]]);
      if (newKeys[i] !== keys[i] || values[i] !== record[keys[i]]) changed = true;
    }
    if (!changed) return node;
    const copy: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) copy[newKeys[i]] = values[i];
    return copy;
  };
  return walk(data) as T;
}

/** A copy of `data` with every string (and object key) redacted. */
export function redactDeep<T>(data: T, values: readonly string[]): T {
  if (values.length === 0) return data;
  return mapStrings(data, (text) => redactText(text, values));
}

/**
 * Texts already pattern-masked, per set of public words: a class's runs repeat the same titles, hints
 * and messages for every student, so `grade` masks each once. Bounded: emptied when full.
 */
const patternMasked = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const NO_WORDS: ReadonlySet<string> = new Set();

/** Hunted values and self-describing secrets (`NAME=value`, credential URLs) hidden in one string. */
export function hideInText(text: string, values: readonly string[], publicWords: ReadonlySet<string> = NO_WORDS): string {
  let memo = patternMasked.get(publicWords);
  if (!memo) patternMasked.set(publicWords, (memo = new Map()));
  return memoizedText(memo, redactText(text, values), (redacted) => maskSecretPairs(redacted, publicWords));
}

/**
 * The run with every secret hidden, in every field every reporter reads (the JSON report prints the
 * run as it is): the hunted `values`, plus the patterns of {@link maskSecretPairs} (the book's public
 * words excepted, so its commands and hints stay as printed).
 */
export function redactRun<Run>(run: Run, values: readonly string[], publicWords: ReadonlySet<string> = NO_WORDS): Run {
  return mapStrings(run, (text) => hideInText(text, values, publicWords));
}

/**
 * A snapshot file is raw engine state a learner may hand to a teacher, so by default it carries no
 * secret either: secret-looking env values that are not the book's examples become `(hidden)` (the env
 * checks then fail exactly as the real value would: it is not the book's value), and those values are
 * hidden wherever else they appear (log lines, commands, probe output). `--show-secrets` keeps them.
 */
export function maskSnapshotSecrets<State extends SecretBearingState>(snapshot: State, publicWords: ReadonlySet<string> = new Set()): State {
  const hunted = secretValues(snapshot, publicWords);
  const maskEnv = (env: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(env).map(([name, value]) => [name, SECRET_NAME.test(name) && value !== '' && !publicWords.has(value) ? MASK : value]));
  const masked: State = {
    ...snapshot,
    containers: snapshot.containers.map((c) => ({ ...c, env: maskEnv(c.env) })),
    images: snapshot.images.map((i) => ({
      ...i,
      config: {
        ...i.config,
        env: i.config.env.map((entry) => {
          const at = entry.indexOf('=');
          if (at <= 0) return entry;
          const [name, value] = [entry.slice(0, at), entry.slice(at + 1)];
          return `${name}=${maskEnv({ [name]: value })[name]}`;
        }),
      },
    })),
  };
  return mapStrings(masked, (text) => hideInText(text, hunted, publicWords));
}

/** Whether the value of env var `name` must be masked. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Replaces, in `text`, every value of a secret-looking env var of `env` with the mask, but the book's
 * own values (`publicWords`): hiding `password` would turn mysql's "Database is uninitialized and
 * password option is not specified" into nonsense.
 */
export function maskEnvValues(text: string, env: Readonly<Record<string, string>>, publicWords: ReadonlySet<string> = NO_WORDS): string {
  const values = Object.entries(env)
    .filter(([name, value]) => isSecretName(name) && value.length > 0 && !publicWords.has(value))
    .map(([, value]) => value)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join(MASK);
  return out;
}

/**
 * Replaces the value of every `NAME=value` / `NAME: value` whose name looks secret (PASSWORD, TOKEN,
 * KEY…), and the password of every credential URL (`mysql://root:pw@db`), with the mask: text that
 * names its secret itself (`--password=…` on a command line, a log line), whatever the state it came
 * from. The reporters' last line of defence; `publicWords` (the book's example values) stay.
 *
 * The pairs read as the two patterns `\b(NAME)(=)(VALUE)` and `\b(NAME)(: )(VALUE)` applied one after
 * the other (NAME `[A-Za-z_][A-Za-z0-9_.-]*`; VALUE a "quoted" or 'quoted' string, or a run of
 * characters but whitespace , ; ' " — and = after `: `), but as a scanner in linear time: those regular
 * expressions backtracked over a long run of name characters at every start position (a container
 * named `a.a.a.…` of 120 kB took ~18 s), and an unclosed quote was searched for to the end from every
 * `NAME="`.
 */
export function maskSecretPairs(text: string, publicWords: ReadonlySet<string> = new Set()): string {
  const hide = (value: string) => value !== MASK && !publicWords.has(value.replace(/^(["'])(.*)\1$/, '$2'));
  const masked = maskPairs(maskPairs(text, '=', hide), ': ', hide);
  return masked.includes('://') ? masked.replace(URL_CREDENTIALS, (whole, start: string, password: string) => (hide(password) ? `${start}${MASK}@` : whole)) : masked;
}

/** `[A-Za-z0-9_]` */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[A-Za-z0-9_.-]` */
function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 46 || code === 45;
}

/** `[A-Za-z_]` */
function isNameStartCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Characters that end an unquoted value (besides whitespace): , ; ' " and, after `: `, =. */
const VALUE_END = { '=': /[\s,;'"]/, ': ': /[\s,;'"=]/ } as const;

/** One pattern's pass, left to right; matches never overlap and the text after a match is scanned on. */
function maskPairs(text: string, separator: '=' | ': ', hide: (value: string) => boolean): string {
  const valueEnd = VALUE_END[separator];
  let out = '';
  /** End of the last match: names never start inside it. */
  let last = 0;
  /** Positions from which no closing " or ' follows (an unclosed quote is looked for once). */
  let noDoubleFrom = Infinity;
  let noSingleFrom = Infinity;
  for (let at = text.indexOf(separator, 0); at >= 0; at = text.indexOf(separator, at + 1)) {
    if (at < last) continue;
    // The name: the run of name characters before the separator, starting at its first position where
    // \b holds and a letter or _ stands (the leftmost start the regular expression would find).
    let runStart = at;
    while (runStart > last && isNameCode(text.charCodeAt(runStart - 1))) runStart--;
    let start = -1;
    for (let p = runStart; p < at; p++) {
      const code = text.charCodeAt(p);
      if (isNameStartCode(code) && (p === 0 || !isWordCode(text.charCodeAt(p - 1)))) {
        start = p;
        break;
      }
    }
    if (start < 0) continue;
    // The value
    const from = at + separator.length;
    const first = text[from];
    let end = -1;
    if (first === '"' || first === "'") {
      const known = first === '"' ? noDoubleFrom : noSingleFrom;
      const close = from + 1 >= known ? -1 : text.indexOf(first, from + 1);
      if (close >= 0) end = close + 1;
      else if (first === '"') noDoubleFrom = Math.min(noDoubleFrom, from + 1);
      else noSingleFrom = Math.min(noSingleFrom, from + 1);
    } else {
      let stop = from;
      while (stop < text.length && !valueEnd.test(text[stop])) stop++;
      if (stop > from) end = stop;
    }
    if (end < 0) continue;
    const name = text.slice(start, at);
    const value = text.slice(from, end);
    if (SECRET_NAME.test(name) && hide(value)) {
      out += `${text.slice(last, start)}${name}${separator}${MASK}`;
    } else out += text.slice(last, end);
    last = end;
    at = end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
