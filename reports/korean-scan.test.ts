/**
 * The words a learner reads, scanned: every check of every exercise, failing and passing, in Korean and
 * English, through every reporter (fixtures/every-check-rendering.ts). Each rule is a list of patterns
 * with why they must not reach a learner; a hit names exercise, case, reporter, language and field.
 * Each rule is also shown to fire on a sample, so a rule that can no longer match is noticed.
 */
import { EXERCISES } from '../exercises/index.js';
import { sectionHeading } from '../grader/core/sections.js';
import { RENDERING_REPORTERS, recordedValues, renderEveryCheck, whereOf, type RenderedText } from '../fixtures/every-check-rendering.js';
import { pickParticle, type Particle } from '../grader/core/korean-particles.js';

let texts: RenderedText[];

beforeAll(async () => {
  texts = await renderEveryCheck();
}, 120_000);

/** A scan rule: patterns a learner must never see, in which languages. */
interface ScanRule {
  why: string;
  langs: ReadonlyArray<RenderedText['lang']>;
  patterns: readonly RegExp[];
  /** A text the rule must catch (proves the rule still fires). */
  sample: string;
}

/**
 * Project-internal words: how the project talks about itself (the blog post it was built from, test
 * machinery), and what a program leaks when it breaks (stack frames, JavaScript's placeholders).
 */
const JARGON: ScanRule = {
  why: 'project-internal word or a leaked program detail',
  langs: ['ko', 'en', 'any'],
  patterns: [
    /\bseed\b/i, // the blog post in shared/reference is "블로그 글" / "the blog post"
    /시드/,
    /\bmutations?\b/i, // the selftest's wrong variants: test machinery
    /뮤테이션/,
    /\bprobe-kind\b|\bcheck[- ]kinds?\b/i, // module names of the grader
    /\bfixtures?\b/i,
    /\brecording\b/i, // fixtures/exercise-snapshots: recorded test states
    /\bstub\b/i,
    /\b(?:dockerode|testcontainers|zod|ZodError|jest)\b/, // our libraries
    /\b(?:grader|exercises|reports)\/[\w-]+/, // our source paths
    /\bundefined\b|\[object \w+\]|\bNaN\b/, // JavaScript's placeholders for a missing value
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b/,
    /\bat \S+ \(.*:\d+:\d+\)|\.(?:ts|js|cjs|mjs):\d+/, // a stack frame
    /node_modules/,
  ],
  sample: '시드 글의 명령을 따라 하세요',
};

/**
 * English inside Korean: Korean output keeps Latin script only for commands, names and values. Allowed:
 * inline code and quoted text, command lines (from a command word to the next Korean), the values the
 * states hold (names, images, logs, environment, probe answers: recordedValues()), the exercises' own
 * names (ids, check ids, the book's commands), tokens that are values by their shape (`0.0.0.0:80`,
 * `-p`, `eth0`, `ECONNRESET`), and the words below: Docker's subcommands, products and images, units,
 * acronyms, keys.
 */
const ALLOWED_LATIN = new Set(
  [
    // docker and its subcommands (also inside flags' descriptions), the tools the book runs
    'docker dockgrade run create start stop restart rm rename pull ps images logs attach exec inspect prune network port commit unpause pause',
    'ifconfig echo ls bash sh mysql apt-get service install exit',
    // products, images, hosts' words
    'Docker WordPress MySQL CentOS Ubuntu ubuntu centos mysql wordpress httpd apache2 nginx busybox GitHub Jenkins localhost',
    // units, acronyms, keys
    'HTTP HTTPS TTY IP UTC JSON CSV HTML XML MB KB GB ms API CPU URL ID OK TCP UDP SSH TLS CI PID',
    'tcp udp eth0 lo Ctrl P Q C',
  ].join(' ').split(' '),
);

/** Names of the exercises themselves: ids, check ids, the words of the book's commands, target names. */
function exerciseNames(): Set<string> {
  const names = new Set<string>();
  for (const exercise of EXERCISES) {
    exercise.id.split(/[/]/).forEach((p) => names.add(p));
    for (const check of exercise.checks) {
      names.add(check.id);
      if (check.kind !== 'state' && check.target.name) names.add(check.target.name);
    }
    for (const command of exercise.commands) command.split(/[\s=:]+/).forEach((w) => names.add(w));
  }
  return names;
}

const COMMAND_LINE = /(?:^|\s)(?:\$ |(?:docker|dockgrade|apt-get|service|ifconfig|echo)\s)[^\u3131-\uD7A3]*/g;

/** The Latin words of a Korean text that are neither commands, names nor values. */
export function englishWords(text: string, values: readonly string[], names: ReadonlySet<string>): string[] {
  let rest = text;
  // A value counts only as a whole (`image` in `image-present` is not the value `image`).
  for (const value of values) {
    if (rest.includes(value)) rest = rest.replace(new RegExp(`(?<![\\w-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), ' ');
  }
  rest = rest
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"|'[^']*'/g, ' ')
    .replace(/│.*/g, ' ') // a log tail under the terminal's gutter
    .replace(/\(hidden\)/g, ' ') // the mask of a secret value, the same in every language
    .replace(COMMAND_LINE, ' ')
    // A flag with its value (`--net none`, `-p 80`): part of a command.
    .replace(/(?:^|\s)--?[A-Za-z][\w-]*(?:[ =](?![\u3131-\uD7A3])\S+)?/g, ' ');
  const words = rest.match(/(?<![\w./:=$<>@+#-])[A-Za-z][A-Za-z']*(?![\w./:=@+-])/g) ?? [];
  return words.filter((w) => !ALLOWED_LATIN.has(w) && !names.has(w) && !/^E[A-Z0-9]{3,}$/.test(w));
}

function hits(rule: ScanRule, all: readonly RenderedText[]): string[] {
  return all
    .filter((t) => rule.langs.includes(t.lang) && rule.patterns.some((p) => p.test(t.text)))
    .map((t) => `${whereOf(t)}: ${t.text.slice(0, 200)}`);
}

/** English the way a number wants it: `1 pt`, `2 pts`; no `(s)` fallbacks; no saying a thing twice. */
const ENGLISH: ScanRule = {
  why: 'English number agreement or a redundancy',
  langs: ['en'],
  patterns: [
    /(?<![\d./])1 (?:pts|points|checks|exercises|containers|attempts)\b/,
    /\b(?:[02-9]|\d\d+) (?:pt|point|check|exercise|container)\b(?! (?:id|ids|of|is|was|exists))/,
    /\w\(s\)/,
    /made from an? (\S+) image is made from \1/,
  ],
  sample: 'the grade leaves out 1 probe check(s) (1 pts)',
};

/** Particles written as both forms ("이(가)"): a form to fill in, where Korean picks one from the word. */
const FALLBACK_PARTICLES: ScanRule = {
  why: 'a particle in both forms instead of the one the word takes (grader/core/korean-particles.ts)',
  langs: ['ko'],
  patterns: [/이\(가\)|가\(이\)|은\(는\)|는\(은\)|을\(를\)|를\(을\)|\(으\)로|와\(과\)|과\(와\)|\(이\)/],
  sample: '컨테이너이(가) 없습니다. mycentos은(는) 멈춰 있습니다',
};

/** The particles that change with the word before them, each with its pair. */
const PARTICLE_PAIRS: Record<string, Particle> = {
  이라는: '이라는/라는', 라는: '이라는/라는', 이어야: '이어야/여야', 여야: '이어야/여야', 으로: '으로/로', 로: '으로/로',
  을: '을/를', 를: '을/를', 은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 과: '와/과', 와: '와/과',
};
/** A name, tag, port or flag (Latin letters, digits) and the particle right after it. */
const WORD_AND_PARTICLE = /([A-Za-z0-9][\w.:/-]*)(이라는|라는|이어야|여야|으로|로|을|를|은|는|이|가|과|와)(?![\u3131-\uD7A3])/g;

/** Each particle after a Latin or digit word that is not the one the word takes: `-p 80:80를 → 을`. */
function wrongParticles(text: string): string[] {
  return [...text.matchAll(WORD_AND_PARTICLE)]
    .filter(([, word, particle]) => pickParticle(word!, PARTICLE_PAIRS[particle!]!) !== particle)
    .map(([, word, particle]) => `${word}${particle} → ${word}${pickParticle(word!, PARTICLE_PAIRS[particle!]!)}`);
}

/** Unique failures, the first 30, so a message stays readable. */
function report(found: string[]): string[] {
  return [...new Set(found)].slice(0, 30);
}

describe('the rendering covers everything a learner reads', () => {
  it('every check of every exercise, failing and passing, in both languages, through every reporter', () => {
    const seen = new Set(texts.map((t) => `${t.exercise} ${t.reporter} ${t.lang === 'any' ? 'any' : t.lang}`));
    const missing: string[] = [];
    for (const exercise of EXERCISES) {
      for (const reporter of RENDERING_REPORTERS) {
        // JSON carries both languages and codes; the gradebook's columns are codes plus a Korean note.
        const langs = reporter === 'json' ? (['ko', 'en', 'any'] as const) : reporter === 'csv' ? (['ko', 'any'] as const) : (['ko', 'en'] as const);
        for (const lang of langs) {
          if (!seen.has(`${exercise.id} ${reporter} ${lang}`)) missing.push(`${exercise.id} ${reporter} ${lang}`);
        }
      }
      for (const check of exercise.checks) {
        const states = new Set(texts.filter((t) => t.exercise === exercise.id && t.check === check.id && t.reporter === 'result' && t.field === 'message').map((t) => t.case));
        // The solution passes every check; the check's own mutation fails it.
        if (!states.has('solution')) missing.push(`${exercise.id} ${check.id} passing`);
        if (!states.has(`mutation:${check.id}`)) missing.push(`${exercise.id} ${check.id} failing`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("the book's section titles", () => {
  it.each(['pretty', 'html', 'step-summary', 'junit', 'explain'] as const)('%s heads each exercise with its section number and title, in both languages', (reporter) => {
    const missing: string[] = [];
    for (const exercise of EXERCISES) {
      for (const lang of ['ko', 'en'] as const) {
        const heading = sectionHeading(exercise.section, lang);
        // A heading is more than the bare number ("2.2.1 컨테이너 생성", not "절 2.2.1").
        expect(heading.length).toBeGreaterThan(exercise.section.length + 2);
        const shown = texts.some((t) => t.exercise === exercise.id && t.case === (reporter === 'explain' ? 'explain' : 'solution') && t.reporter === reporter && t.lang === lang && t.text.includes(heading));
        if (!shown) missing.push(`${exercise.id} ${lang}: ${heading}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('Korean scan', () => {
  it('every rule fires on its sample', () => {
    for (const rule of [JARGON, ENGLISH, FALLBACK_PARTICLES]) {
      const sample: RenderedText = { exercise: 'sample', case: 'sample', reporter: 'result', lang: rule.langs[0]!, field: 'message', text: rule.sample };
      expect(hits(rule, [sample])).toHaveLength(1);
    }
  });

  it('no project-internal words or leaked program details', () => {
    expect(report(hits(JARGON, texts))).toEqual([]);
  });

  it('no English words in Korean except commands, names and values', () => {
    const values = recordedValues();
    const names = exerciseNames();
    const found = texts.filter((t) => t.lang === 'ko').flatMap((t) => {
      const words = englishWords(t.text, values, names);
      return words.length ? [`${whereOf(t)}: ${words.join(' ')} ← ${t.text.slice(0, 160)}`] : [];
    });
    expect(report(found)).toEqual([]);
  });

  it('the English-word rule catches a status word and lets commands, names and values through', () => {
    const names = exerciseNames();
    expect(englishWords('기대: absent', [], names)).toEqual(['absent']);
    expect(englishWords('실제: 0 stopped (differs)', [], names)).toEqual(['stopped', 'differs']);
    expect(englishWords('다시 만드세요: docker run -d --name wordpressdb mysql:5.7', [], names)).toEqual([]);
    expect(englishWords('mycentos 컨테이너가 있습니다 (`-p 80`, ECONNRESET, 5점)', [], names)).toEqual([]);
    expect(englishWords('로그: BusyBox v1.35 ready', ['BusyBox v1.35 ready'], names)).toEqual([]);
  });

  it('English numbers agree, without (s) fallbacks', () => {
    expect(report(hits(ENGLISH, texts))).toEqual([]);
  });

  it('no particle in both forms ("이(가)", "을(를)", "(으)로" …)', () => {
    expect(report(hits(FALLBACK_PARTICLES, texts))).toEqual([]);
  });

  it('the particle after each name, tag, port and flag is the one the word takes', () => {
    const found = texts.filter((t) => t.lang === 'ko').flatMap((t) => wrongParticles(t.text).map((w) => `${whereOf(t)}: ${w} ← ${t.text.slice(0, 160)}`));
    expect(report(found)).toEqual([]);
  });

  it('the particle rule catches the wrong particles that once reached learners and lets the right ones through', () => {
    expect(wrongParticles('-p 80:80를 붙여 다시 만드세요')).toEqual(['80:80를 → 80:80을']);
    expect(wrongParticles('HTTP 200로 응답했습니다')).toEqual(['200로 → 200으로']);
    expect(wrongParticles('mysql라는 이름으로 연결')).toEqual(['mysql라는 → mysql이라는']);
    expect(wrongParticles('mycentos은 멈춰 있고 wordpress이 실행 중')).toEqual(['mycentos은 → mycentos는', 'wordpress이 → wordpress가']);
    expect(wrongParticles('-p 80:80을 붙이고 HTTP 200으로, mysql이라는 이름, mycentos는, ubuntu:14.04로, mysql:5.7로, 3306이, my_container를')).toEqual([]);
    // a parenthesis between: the particle belongs to the word before it (포트(보통 2376)를)
    expect(wrongParticles('포트(보통 2376)를 여세요')).toEqual([]);
  });
});
