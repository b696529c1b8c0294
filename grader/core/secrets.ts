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
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';

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

function envPairs(snapshot: Snapshot): Array<[string, string]> {
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
export function secretValues(snapshot: Snapshot, publicWords: ReadonlySet<string> = new Set()): string[] {
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
    if (Array.isArray(node)) {
      let copy: unknown[] | null = null;
      node.forEach((item, i) => {
        const next = walk(item);
        if (next !== item) (copy ??= [...node])[i] = next;
      });
      return copy ?? node;
    }
    if (node && typeof node === 'object') {
      let changed = false;
      const entries = Object.entries(node).map(([k, v]) => {
        const [key, value] = [change(k), walk(v)];
        if (key !== k || value !== v) changed = true;
        return [key, value] as const;
      });
      return changed ? Object.fromEntries(entries) : node;
    }
    return node;
  };
  return walk(data) as T;
}

/** A copy of `data` with every string (and object key) redacted. */
export function redactDeep<T>(data: T, values: readonly string[]): T {
  if (values.length === 0) return data;
  return mapStrings(data, (text) => redactText(text, values));
}

/** Hunted values and self-describing secrets (`NAME=value`, credential URLs) hidden in one string. */
export function hideInText(text: string, values: readonly string[], publicWords: ReadonlySet<string> = new Set()): string {
  return maskSecretPairs(redactText(text, values), publicWords);
}

/**
 * The run with every secret hidden, in every field every reporter reads (the JSON report prints the
 * run as it is): the hunted `values`, plus the patterns of {@link maskSecretPairs} (the book's public
 * words excepted, so its commands and hints stay as printed).
 */
export function redactRun(run: RunResult, values: readonly string[], publicWords: ReadonlySet<string> = new Set()): RunResult {
  return mapStrings(run, (text) => hideInText(text, values, publicWords));
}

/**
 * A snapshot file is raw engine state a learner may hand to a teacher, so by default it carries no
 * secret either: secret-looking env values that are not the book's examples become `(hidden)` (the env
 * checks then fail exactly as the real value would: it is not the book's value), and those values are
 * hidden wherever else they appear (log lines, commands, probe output). `--show-secrets` keeps them.
 */
export function maskSnapshotSecrets(snapshot: Snapshot, publicWords: ReadonlySet<string> = new Set()): Snapshot {
  const hunted = secretValues(snapshot, publicWords);
  const maskEnv = (env: Record<string, string>) =>
    Object.fromEntries(Object.entries(env).map(([name, value]) => [name, SECRET_NAME.test(name) && value !== '' && !publicWords.has(value) ? MASK : value]));
  const masked: Snapshot = {
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

/** Replaces, in `text`, every value of a secret-looking env var of `env` with the mask. */
export function maskEnvValues(text: string, env: Readonly<Record<string, string>>): string {
  const values = Object.entries(env)
    .filter(([name, value]) => isSecretName(name) && value.length > 0)
    .map(([, value]) => value)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join(MASK);
  return out;
}

/** `NAME=value` (env style) and `NAME: value` pairs; the value runs to whitespace, quote or separator. */
const PAIRS = [/\b([A-Za-z_][A-Za-z0-9_.-]*)(=)("[^"]*"|'[^']*'|[^\s,;'"]+)/g, /\b([A-Za-z_][A-Za-z0-9_.-]*)(: )("[^"]*"|'[^']*'|[^\s,;'"=]+)/g];

/**
 * Replaces the value of every `NAME=value` / `NAME: value` whose name looks secret (PASSWORD, TOKEN,
 * KEY…), and the password of every credential URL (`mysql://root:pw@db`), with the mask: text that
 * names its secret itself (`--password=…` on a command line, a log line), whatever the state it came
 * from. The reporters' last line of defence; `publicWords` (the book's example values) stay.
 */
export function maskSecretPairs(text: string, publicWords: ReadonlySet<string> = new Set()): string {
  const hide = (value: string) => value !== MASK && !publicWords.has(value.replace(/^(["'])(.*)\1$/, '$2'));
  const masked = text.includes('=') || text.includes(': ')
    ? PAIRS.reduce((out, pair) => out.replace(pair, (whole, name: string, sep: string, value: string) => (SECRET_NAME.test(name) && hide(value) ? `${name}${sep}${MASK}` : whole)), text)
    : text;
  return masked.includes('://') ? masked.replace(URL_CREDENTIALS, (whole, start: string, password: string) => (hide(password) ? `${start}${MASK}@` : whole)) : masked;
}
