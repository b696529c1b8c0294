/**
 * Secrets stay out of every output: a report never prints the value of a secret-looking env var
 * (`MYSQL_ROOT_PASSWORD`, `API_TOKEN`, …) unless `--show-secrets` is given, whatever format it is in and
 * wherever the value turns up (a check message, a log line, a probe's output). The book's own example
 * values (`-e MYSQL_ROOT_PASSWORD=password`) are public: they are printed in every copy of the book, and
 * hiding them would hide the exercise. Values shorter than MIN_HUNTED_LENGTH are masked where they are
 * an env value but not hunted through free text (that would mangle ordinary words).
 */
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';

/** Env var names whose values are never printed. */
export const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|_PASS$|^PASS/i;

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

/** Values of secret-looking env vars (containers and images) that are not the book's examples, longest first. */
export function secretValues(snapshot: Snapshot, publicWords: ReadonlySet<string> = new Set()): string[] {
  const values = new Set<string>();
  for (const [name, value] of envPairs(snapshot)) {
    if (SECRET_NAME.test(name) && value.length >= MIN_HUNTED_LENGTH && !publicWords.has(value)) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of `values` in `text`. */
export function redactText(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) if (out.includes(value)) out = out.split(value).join(MASK);
  return out;
}

/** A deep copy of `data` with every string (and object key) redacted. */
export function redactDeep<T>(data: T, values: readonly string[]): T {
  if (values.length === 0) return data;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redactText(node, values);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [redactText(k, values), walk(v)]));
    return node;
  };
  return walk(data) as T;
}

/** The run with every secret value hidden, in every field every reporter reads. */
export function redactRun(run: RunResult, values: readonly string[]): RunResult {
  return redactDeep(run, values);
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
  return redactDeep(masked, hunted);
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
 * KEY…) with the mask: the reporters' last line of defence for text that names its secret itself
 * (`--password=…` on a command line, a log line), whatever the state it came from.
 */
export function maskSecretPairs(text: string): string {
  return PAIRS.reduce(
    (masked, pair) => masked.replace(pair, (whole, name: string, sep: string, value: string) => (SECRET_NAME.test(name) && value !== MASK ? `${name}${sep}${MASK}` : whole)),
    text,
  );
}
