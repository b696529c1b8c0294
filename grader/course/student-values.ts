/**
 * Per-student values of a course pack: `{{port 8000-8999}}` and `{{word}}` in an exercise file become
 * values derived from the student id and the course secret (HMAC-SHA256), stable for a student and
 * different between students, so a neighbour's commands copied as typed fail. `{{port 8000-8999 db}}`
 * and `{{word db}}` (a label) give a second value of the same kind; the same helper with the same
 * range and label is the same value everywhere in the pack (the check and the solution agree).
 * Rendered into the file's text before it is parsed, so the exercise files stay in the built-in form
 * (their own `{{name 'x'}}`, `{{container}}` templates are left as they are). Not a secret scheme: the
 * secret only keeps values from being guessed from the id alone.
 */
import { createHmac } from 'node:crypto';

/** `{{port 8000-8999}}`, `{{port 8000-8999 label}}`, `{{word}}`, `{{word label}}` (the only helpers rendered here). */
export const VALUE_HELPER = /\{\{\s*(port|word)\b([^}]*)\}\}/g;

/** Short words a learner types without a typo; two make a value (4096 of them). */
const WORDS = [
  'amber', 'apple', 'arrow', 'basil', 'birch', 'blue', 'cedar', 'cloud', 'coral', 'comet', 'delta', 'dune', 'ember', 'fern', 'flint', 'frost',
  'gale', 'grape', 'harbor', 'hazel', 'iris', 'ivory', 'jade', 'juniper', 'kelp', 'kiwi', 'lark', 'lemon', 'lotus', 'maple', 'meadow', 'mint',
  'nova', 'oak', 'olive', 'onyx', 'opal', 'orbit', 'pearl', 'pine', 'plum', 'quartz', 'raven', 'reed', 'river', 'robin', 'sage', 'sand',
  'slate', 'spruce', 'stone', 'storm', 'tide', 'tulip', 'umber', 'vale', 'violet', 'willow', 'wren', 'yarrow', 'zephyr', 'zinc', 'lime', 'moss',
];

/** Whose values, from which secret. */
export interface ValueSeed {
  readonly secret: string;
  readonly student: string;
}

/** A value a file asked for: its helper as written (`port 8000-8999`) and what it is for this student. */
export interface StudentValue {
  readonly helper: string;
  readonly value: string;
}

function digest(seed: ValueSeed, key: string): Buffer {
  return createHmac('sha256', seed.secret).update(`${seed.student}\u0000${key}`).digest();
}

/** What is wrong with a helper's arguments, or undefined: `port` takes a range LOW-HIGH within 1024-65535 and a label; `word` a label. */
export function helperProblem(helper: string, args: readonly string[]): string | undefined {
  if (helper === 'word') return args.length > 1 ? `{{word}} takes at most a label ({{word db}}), got '${args.join(' ')}'` : undefined;
  const range = /^(\d{4,5})-(\d{4,5})$/.exec(args[0] ?? '');
  if (!range || args.length > 2) return `{{port LOW-HIGH}} takes a range such as 8000-8999 and at most a label, got '${args.join(' ')}'`;
  const [low, high] = [Number(range[1]), Number(range[2])];
  if (low < 1024 || high > 65535 || high - low < 99) return `{{port ${args[0]}}}: expected a range of at least 100 ports within 1024-65535`;
  return undefined;
}

/**
 * The text with every value helper replaced by this student's value, and the values it asked for (each
 * once, in the order first met). `taken` keeps ports of different labels apart for one student.
 */
export function renderValues(text: string, seed: ValueSeed, taken: Map<string, string> = new Map()): { text: string; values: StudentValue[] } {
  const values: StudentValue[] = [];
  const rendered = text.replace(VALUE_HELPER, (_all, helper: string, rest: string) => {
    const args = rest.trim().split(/\s+/).filter(Boolean);
    const key = [helper, ...args].join(' ');
    let value = taken.get(key);
    if (value === undefined) {
      if (helper === 'port') {
        const [low, high] = args[0].split('-').map(Number);
        const span = high - low + 1;
        const used = new Set(taken.values());
        let port = low + (digest(seed, key).readUInt32BE(0) % span);
        while (used.has(String(port))) port = low + ((port - low + 1) % span);
        value = String(port);
      } else {
        const bytes = digest(seed, key);
        value = `${WORDS[bytes[0] % WORDS.length]}-${WORDS[bytes[1] % WORDS.length]}`;
      }
      taken.set(key, value);
    }
    if (!values.some((v) => v.helper === key)) values.push({ helper: key, value });
    return value;
  });
  return { text: rendered, values };
}

/** Every value helper a text uses, as written (`port 8000-8999`), with the problem of each that is wrong. */
export function helpersIn(text: string): Array<{ helper: string; problem?: string }> {
  const out: Array<{ helper: string; problem?: string }> = [];
  // A helper named in a comment line (`# write {{port 8000-8999}} for …`) asks for nothing.
  const uncommented = text.replace(/^\s*#.*$/gm, '');
  for (const match of uncommented.matchAll(VALUE_HELPER)) {
    const args = match[2].trim().split(/\s+/).filter(Boolean);
    const problem = helperProblem(match[1], args);
    out.push({ helper: [match[1], ...args].join(' '), ...(problem ? { problem } : {}) });
  }
  return out;
}
