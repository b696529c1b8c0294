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
  /** The engine's events: `exec_start` commands carry what the learner ran (`mysql -pX`). */
  events?: { items: ReadonlyArray<{ command?: string }> };
}

/** Env var names whose values are never printed. */
export const SECRET_NAME = /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|PASS$|^PASS|_PWD?$/i;

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
 * `scheme://user:password@`: the password of a credential URL, up to the LAST `@` before the host (a
 * password may hold `@`: `tcp://admin:pw@tail@host` kept `tail` before). Bounded, so a long string
 * without `@` costs linear time.
 */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@'"]{0,256}:)([^\s/'"]{1,256})@/gi;

/** `scheme://TOKEN@host`: user info without a password (a token, as git and many APIs take it). */
const URL_TOKEN = /\b([a-z][a-z0-9+.-]{0,30}):\/\/([^\s/:'"]{1,256})@/gi;

/** Schemes whose lone user info is a login name, not a secret (`ssh://alice@lab-07`). */
const USER_SCHEMES = /^(ssh|git\+ssh|ssh\+git|sftp|scp|rsync|mailto)$/i;

/**
 * Schemes whose lone user info is hunted through every output as a token (`https://TOKEN@github.com`);
 * in a database URL it is most often a user name (`postgres://postgres@db`), masked where it stands but
 * not hunted (that would hide the image `postgres` too).
 */
const TOKEN_SCHEMES = /^(https?|git|ftps?|wss?)$/i;

/** The passwords and lone tokens of the credential URLs in `text`. */
function urlPasswords(text: string): string[] {
  if (!text.includes('://')) return [];
  const tokens = [...text.matchAll(URL_TOKEN)].filter((match) => TOKEN_SCHEMES.test(match[1])).map((match) => match[2]);
  return [...[...text.matchAll(URL_CREDENTIALS)].map((match) => match[2]), ...tokens];
}

/** Programs whose short options carry a password: `mysql -pX`, `mongosh -p X`, `redis-cli -a X`, `curl -u user:X`, `sshpass -p X`. */
const SHORT_SECRET_OPTIONS: ReadonlyArray<{ program: RegExp; option: string; attached: boolean; separate: boolean; userPassword?: boolean }> = [
  { program: /^(mysql|mariadb)[\w-]*$/, option: '-p', attached: true, separate: false },
  { program: /^mongo(sh|dump|restore|import|export|stat|top|files)?$/, option: '-p', attached: true, separate: true },
  { program: /^redis-cli$/, option: '-a', attached: true, separate: true },
  { program: /^sshpass$/, option: '-p', attached: true, separate: true },
  { program: /^(curl|wget)$/, option: '-u', attached: true, separate: true, userPassword: true },
  { program: /^(curl|wget)$/, option: '-U', attached: true, separate: true, userPassword: true },
  { program: /^(curl|wget)$/, option: '--user', attached: false, separate: true, userPassword: true },
  { program: /^(curl|wget)$/, option: '--proxy-user', attached: false, separate: true, userPassword: true },
];

/**
 * Any program of SHORT_SECRET_OPTIONS, in one test (each rule's program is a whole-word pattern): every
 * word of every text a check prints is tried against it, and eight tests a word were most of what hiding
 * secrets cost a `check all` (issue 25).
 */
const SECRET_PROGRAM = new RegExp([...new Set(SHORT_SECRET_OPTIONS.map((rule) => rule.program.source))].join('|'));

/** Shell punctuation around a word: quotes (`'\\''` of a quoted quote too), `$(`, backquotes, braces. */
const WORD_OPENERS = new Set(['"', "'", '\\', '`', '$', '(', '{']);
const WORD_CLOSERS = new Set(['"', "'", '\\', '`', ';', ')', '}', '&', '|']);

/** A word without the shell punctuation around it (`'x'`, `"x"`, `'\\''curl` from a re-quoted `sh -c '…'`). */
function unquoted(word: string): { start: number; end: number } {
  let start = 0;
  let end = word.length;
  while (start < end && WORD_OPENERS.has(word[start])) start++;
  while (end > start && WORD_CLOSERS.has(word[end - 1])) end--;
  return { start, end };
}

/**
 * The secret parts of a command line's words, as [word index, start, end] ranges: `--password=X`,
 * `--requirepass X`, `--api-token X` (any secret-looking long or short option name), and the password
 * options of the programs above (after the program's name, up to the next `;`, `|` or `&`). Words are
 * read as the shell would split them, loosely (`sh -c 'mysql -pX'` counts too).
 */
function commandSecretRanges(words: readonly string[]): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  let program: string | null = null;
  const take = (index: number, from = 0) => {
    const { start, end } = unquoted(words[index]);
    if (end > Math.max(start, from)) found.push([index, Math.max(start, from), end]);
  };
  /** Set when a program's option took the next word as its value. */
  let skip = false;
  for (let i = 0; i < words.length; i++) {
    if (skip) {
      skip = false;
      continue;
    }
    const { start, end } = unquoted(words[i]);
    const word = words[i].slice(start, end);
    if (word.length <= 2 && /^(;|\||&&?|\|\|)$/.test(word)) {
      program = null;
      continue;
    }
    const option = word.startsWith('-');
    // the program's name: after its folder, a `$(`, a backquote or an assignment (`x=$(mysql`)
    if (!option) {
      const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('('), word.lastIndexOf('`'), word.lastIndexOf('=')) + 1);
      if (SECRET_PROGRAM.test(base)) {
        program = base;
        continue;
      }
    }
    if (program && programSecret(i)) continue;
    // what follows reads options only (`--password=X`, `--api-token X`)
    if (!option) continue;
    const eq = /^--?([A-Za-z][\w.-]*)=/.exec(word);
    if (eq && SECRET_NAME.test(eq[1])) {
      take(i, start + eq[0].length);
      continue;
    }
    if (/^--?[A-Za-z][\w.-]*$/.test(word) && SECRET_NAME.test(word) && i + 1 < words.length && !words[i + 1].startsWith('-')) {
      take(i + 1);
      i++;
    }
  }
  return found;

  /** A password option of the current program at word `i` (the word after it taken too): whether one was found. */
  function programSecret(i: number): boolean {
    const { start, end } = unquoted(words[i]);
    const word = words[i].slice(start, end);
    for (const rule of SHORT_SECRET_OPTIONS) {
      if (!rule.program.test(program!)) continue;
      let target: number | null = null;
      let from = 0;
      if (word === rule.option && rule.separate && i + 1 < words.length && !words[i + 1].startsWith('-')) target = i + 1;
      else if (rule.option.startsWith('--') && word.startsWith(`${rule.option}=`)) [target, from] = [i, start + rule.option.length + 1];
      else if (rule.attached && !rule.option.startsWith('--') && word.startsWith(rule.option) && word.length > rule.option.length) [target, from] = [i, start + rule.option.length];
      if (target === null) continue;
      if (rule.userPassword) {
        const colon = words[target].indexOf(':', from);
        if (colon < 0) return false;
        from = colon + 1;
      }
      take(target, from);
      if (target === i + 1) skip = true;
      return true;
    }
    return false;
  }
}

/** `--password=value`, `--api-token value`, `mysql -pvalue`, `curl -u user:value`…: the values a command line names as secret. */
export function argumentSecrets(args: readonly string[]): string[] {
  // Every secret commandSecretRanges finds is in an option (a word starting with `-`) that names a secret,
  // or of a program that takes one: words MAY_NAME_A_SECRET matches. The hunt reads every env value of
  // every container and image and every command line of a snapshot, and scanning them all was most of
  // the time `grade` spent hiding secrets (issue 25).
  const text = args.join(' ');
  if (!text.includes('-') || !MAY_NAME_A_SECRET.test(text)) return [];
  return scanArgumentSecrets(args);
}

/** argumentSecrets without its quick test (for the test that holds the two equal). */
export function scanArgumentSecrets(args: readonly string[]): string[] {
  return commandSecretRanges(args).map(([index, start, end]) => args[index].slice(start, end));
}

/** The words of a command line as text (`exec_start` commands), split at white space. */
function commandWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * `text` with the secrets of every command line in it hidden (line by line, words split at white
 * space, the spacing kept): an `exec_start` command, a log line echoing a command.
 */
function maskCommandSecrets(text: string, hide: (value: string) => boolean): string {
  if (!text.includes('-')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('-')) return line;
      // split with the white space kept: words at even places (empty at the ends), white space between
      const parts = line.split(/(\s+)/);
      const wordAt: number[] = [];
      const words: string[] = [];
      for (let index = 0; index < parts.length; index += 2) {
        if (parts[index] === '') continue;
        wordAt.push(index);
        words.push(parts[index]);
      }
      let changed = false;
      for (const [index, start, end] of commandSecretRanges(words)) {
        const value = words[index].slice(start, end);
        if (value === MASK || !hide(value)) continue;
        parts[wordAt[index]] = `${words[index].slice(0, start)}${MASK}${words[index].slice(end)}`;
        changed = true;
      }
      return changed ? parts.join('') : line;
    })
    .join('\n');
}

/**
 * `Authorization: Bearer TOKEN`, `Authorization: Basic B64`, `Bearer TOKEN` alone: the token after the
 * scheme word (the NAME: value pass alone hid the word and left the token).
 */
const AUTH_SCHEME_TOKEN = /\b((?:Proxy-)?Authorization["']?\s*[:=]\s*["']?[A-Za-z][\w-]{0,30}\s+)([^\s"',;]{1,2048})/gi;
/** `Bearer TOKEN` anywhere (a token of 8 characters or more: "Bearer of bad news" stays). */
const BEARER_TOKEN = /\b(Bearer\s+)([^\s"',;]{8,2048})/g;

/** Scheme words left visible before a hidden token. */
const AUTH_SCHEMES = /^(Bearer|Basic|Digest|Token|Negotiate|NTLM|AWS4-HMAC-SHA256)$/i;

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
    for (const token of argumentSecrets(commandWords(value))) add(token);
  }
  for (const container of snapshot.containers) for (const value of argumentSecrets([...(container.entrypoint ?? []), ...(container.cmd ?? [])])) add(value);
  // `docker exec db mysql -pX`: the engine's events carry the command line
  for (const event of snapshot.events?.items ?? []) {
    if (!event.command) continue;
    for (const value of argumentSecrets(commandWords(event.command))) add(value);
    for (const password of urlPasswords(event.command)) add(password);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of `values` in `text`. */
export function redactText(text: string, values: readonly string[]): string {
  let out = text;
  // indexed: a check walks every string of its run through here (~9,000 for the chapter), and a for-of
  // made an iterator and a result object each time before V8 optimized it (0.6 MB of a cold check's garbage)
  for (let i = 0; i < values.length; i++) if (out.includes(values[i])) out = out.split(values[i]).join(MASK);
  return out;
}

/**
 * `data` with `change` applied to every string (and object key, unless `keys` is false); parts where
 * nothing changed are the same objects as before (a class of 500 runs is walked without copying what has
 * no secret).
 */
export function mapStrings<T>(data: T, change: (text: string) => string, keys = true): T {
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
    const names = Object.keys(record);
    const newKeys = new Array<string>(names.length);
    const values = new Array<unknown>(names.length);
    let changed = false;
    for (let i = 0; i < names.length; i++) {
      newKeys[i] = keys ? change(names[i]) : names[i];
      values[i] = walk(record[names[i]]);
      if (newKeys[i] !== names[i] || values[i] !== record[names[i]]) changed = true;
    }
    if (!changed) return node;
    const copy: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) copy[newKeys[i]] = values[i];
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
  return textHider(values, publicWords)(text);
}

/** {@link hideInText} as one function for many texts (no closure made per text). */
function textHider(values: readonly string[], publicWords: ReadonlySet<string>): (text: string) => string {
  const masked = patternMemo(publicWords);
  let clean = scannedClean.get(publicWords);
  if (!clean) scannedClean.set(publicWords, (clean = new Set()));
  const found = clean;
  // maskSecretPairs, noting each text the scanner read and found nothing to hide in
  const mask = (redacted: string) => {
    if (!MAY_NAME_A_SECRET.test(redacted)) return redacted;
    const out = scanSecretPairs(redacted, publicWords);
    // (a text over text-memo.ts's 1,000 characters is never looked up)
    if (out === redacted && redacted.length <= 1000 && found.size < MAX_CLEAN_TEXTS) found.add(redacted);
    return out;
  };
  return (text) => memoizedText(masked, redactText(text, values), mask);
}

function patternMemo(publicWords: ReadonlySet<string>): Map<string, string> {
  let memo = patternMasked.get(publicWords);
  if (!memo) patternMasked.set(publicWords, (memo = new Map()));
  return memo;
}

/** Texts the scanner read (they hold a word that may name a secret) and left as they were, per set of public words. */
const scannedClean = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Such texts noted in one process at most. */
const MAX_CLEAN_TEXTS = 4096;

/**
 * The texts the secret scanner read in this process and found nothing to hide in, with these public
 * words (grader/pipeline/clean-texts.ts keeps them between runs of the same build).
 */
export function scannedCleanTexts(publicWords: ReadonlySet<string>): string[] {
  return [...(scannedClean.get(publicWords) ?? [])];
}

/**
 * Takes `texts` as read by this build's scanner and found clean with these public words (kept from an
 * earlier run of the same build): they are not scanned again. Only texts the same code found clean
 * may be given: the scan is a function of the text, the public words and the code.
 */
export function takeCleanTexts(publicWords: ReadonlySet<string>, texts: Iterable<string>): void {
  const memo = patternMemo(publicWords);
  for (const text of texts) memo.set(text, text);
}

/**
 * The run with every secret hidden, in every field every reporter reads (the JSON report prints the
 * run as it is): the hunted `values`, plus the patterns of {@link maskSecretPairs} (the book's public
 * words excepted, so its commands and hints stay as printed).
 */
export function redactRun<Run>(run: Run, values: readonly string[], publicWords: ReadonlySet<string> = NO_WORDS): Run {
  // Its strings only: every key of a run (or of one of its exercises or sections) is a name the result
  // schema declares, which has no object of free keys (a test holds it so), never text from an engine or
  // a learner. Walking the 4,400 keys of the chapter's run too was 1.5 ms of a `check all` (issue 25).
  return mapStrings(run, textHider(values, publicWords), false);
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
  return mapStrings(masked, textHider(hunted, publicWords));
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
  if (!MAY_NAME_A_SECRET.test(text)) return text;
  return scanSecretPairs(text, publicWords);
}

/**
 * Text that holds none of these cannot name a secret, so maskSecretPairs returns it as it is after one
 * test (issue 25): the scanners below find a secret only where a name matches SECRET_NAME (every one of
 * its words contains `pass`, `secret`, `token`, `key`, `credential`, `private`, `auth` or `_pw`), where a
 * program of SHORT_SECRET_OPTIONS is named (`sshpass` holds `pass`), in a credential URL (`://`) or after `Bearer` /
 * `Authorization`. Most of a run's texts (titles, hints, Korean messages) have none of them, and
 * scanning each word of each against every rule was most of the time a check spent hiding secrets.
 */
const MAY_NAME_A_SECRET = /pass|secret|token|key|credential|private|auth|_pw|bearer|mysql|mariadb|mongo|redis-cli|curl|wget|:\/\//i;

/** maskSecretPairs without the quick test (for the test that holds the two equal). */
export function scanSecretPairs(text: string, publicWords: ReadonlySet<string> = new Set()): string {
  const hide = (value: string) => value !== MASK && !publicWords.has(value.replace(/^(["'])(.*)\1$/, '$2'));
  let tokens = 0;
  const hideToken = (whole: string, start: string, token: string) => (hide(token) ? (tokens++, `${start}${MASK}`) : whole);
  let masked = /Bearer|Authorization/i.test(text) ? text.replace(AUTH_SCHEME_TOKEN, hideToken).replace(BEARER_TOKEN, hideToken) : text;
  masked = maskCommandSecrets(masked, hide);
  // the scheme word before a token hidden above stays (`Authorization: Bearer (hidden)`)
  return maskNamedPairs(masked, publicWords, tokens > 0 ? (value) => !AUTH_SCHEMES.test(value) : undefined);
}

/**
 * The `NAME=value` / `NAME: value` pairs with a secret-looking name and the credentials of URLs, hidden
 * (the part of maskSecretPairs that reads pairs; `keep` spares values it says no to).
 */
export function maskNamedPairs(text: string, publicWords: ReadonlySet<string> = new Set(), keep?: (value: string) => boolean): string {
  const hide = (value: string) => value !== MASK && !publicWords.has(value.replace(/^(["'])(.*)\1$/, '$2'));
  const hidePair = keep ? (value: string) => hide(value) && keep(value) : hide;
  let masked = maskPairs(maskPairs(text, '=', hidePair), ': ', hidePair);
  if (!masked.includes('://')) return masked;
  masked = masked.replace(URL_CREDENTIALS, (whole, start: string, password: string) => (hide(password) ? `${start}${MASK}@` : whole));
  return masked.replace(URL_TOKEN, (whole, scheme: string, token: string) => (!USER_SCHEMES.test(scheme) && hide(token) ? `${scheme}://${MASK}@` : whole));
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
