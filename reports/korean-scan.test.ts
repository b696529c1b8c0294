/**
 * The words a learner reads, scanned: every check of every exercise, failing and passing, in Korean and
 * English, through every reporter (fixtures/every-check-rendering.ts). Each rule is a list of patterns
 * with why they must not reach a learner; a hit names exercise, case, reporter, language and field.
 * Each rule is also shown to fire on a sample, so a rule that can no longer match is noticed.
 */
import { EXERCISES } from '../exercises/index.js';
import { SECTIONS } from '../exercises/catalog.generated.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import { sectionHeadingIn } from '../grader/pipeline/catalog.js';
import { markupLines, RENDERING_REPORTERS, recordedValues, renderEveryCheck, whereOf, type RenderedText } from '../fixtures/every-check-rendering.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { pickParticle, type Particle } from '../grader/core/korean-particles.js';
import { NETWORK_ERROR_CODES } from '../grader/core/network-errors.js';
import { engineAnswerLine, renderDoctor } from '../grader/cli/doctor-command.js';
import { archLine, cliLine, diskLine, engineDownLine, engineLine, imageLine, portLine, versionLine, type DoctorLine } from '../grader/doctor/doctor-checks.js';
import { freeBytes } from '../grader/doctor/doctor-probes.js';
import { deepChecks, noProbeImageLine } from '../grader/doctor/deep-checks.js';
import { explainConnectionError } from '../grader/engine/engine-client.js';
import type { Endpoint } from '../grader/engine/endpoint.js';
import type { DockerCli } from '../grader/docker/docker-cli.js';
import { readSubmission } from '../grader/batch/submission-reader.js';
import { gradeLiveEngine } from '../grader/batch/live-engine.js';
import { classHtmlReporter } from './class-html-reporter.js';
import { gradebookCsvReporter } from './gradebook-csv-reporter.js';
import type { ClassResult, StudentRow } from '../grader/model/class-schema.js';

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
    'ifconfig echo ls bash sh mysql apt-get service install exit sudo ss df ping iptables touch groupadd useradd',
    // Dockerfile and its instructions (2.4), `docker build`
    'Dockerfile build FROM MAINTAINER LABEL RUN ADD COPY WORKDIR EXPOSE CMD ENTRYPOINT ENV VOLUME ARG USER ONBUILD STOPSIGNAL HEALTHCHECK SHELL',
    // JSON values kind field prints as found (publishAllPorts: false)
    'true false null',
    // the health states docker ps and State.Health.Status print (2.4.4's HEALTHCHECK)
    'starting healthy unhealthy',
    // dockgrade's own commands a text names (`doctor --online`, `solve·selftest`)
    'doctor selftest solve',
    // products, images, hosts' words
    'Docker Desktop Apple WordPress MySQL CentOS Ubuntu ubuntu centos mysql wordpress httpd apache2 nginx busybox GitHub Jenkins localhost Go alpine',
    // the book's own section title, 2.5.5 Remote API 라이브러리를 이용한 도커 사용
    'Remote',
    // units, acronyms, keys
    'SDK HTTP HTTPS TTY IP UTC KST JSON CSV HTML XML MB KB GB GiB MiB ms API CPU URL ID OK TCP UDP SSH TLS CI PID CLI DNS PATH',
    'tcp udp eth0 lo Ctrl P Q C',
    // 2.5.3.3's certificate authority, as the book and openssl name it (ca.pem)
    'CA',
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
    // without the quotes around a value the shell takes whole (`-m "my first commit"`)
    for (const command of exercise.commands) command.split(/[\s=:]+/).forEach((w) => names.add(w.replace(/^["']+|["']+$/g, '')));
  }
  // The snapshot path a field check reads (`tags`, `labels["purpose"]`, `config.workingDir`) is a name, as it is printed.
  for (const load of Object.values(SECTIONS)) {
    for (const exercise of load()) for (const check of exercise.checks) if (check.kind === 'field') String(check.params.field).split(/[^A-Za-z0-9_-]+/).forEach((w) => w && names.add(w));
  }
  return names;
}

const COMMAND_LINE = /(?:^|[\s(])(?:\$ |(?:docker|dockgrade|apt-get|service|ifconfig|echo|sudo)\s)[^\u3131-\uD7A3]*/g;

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
  // A snapshot field (`networkMode`, kind field's path) is camelCase: a name by its shape.
  return words.filter((w) => !ALLOWED_LATIN.has(w) && !names.has(w) && !/^E[A-Z0-9]{3,}$/.test(w) && !/^[a-z]+[A-Z][A-Za-z]*$/.test(w));
}

function sampleText(text: string, lang: RenderedText['lang'] = 'ko'): RenderedText {
  return { exercise: 'sample', case: 'sample', reporter: 'result', lang, field: 'message', text };
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

/**
 * One vocabulary, the book's (docs/glossary.md): 실습 not 과제, 접두사, 도커 엔진, 포트 바인딩 for `-p`, 링크와
 * 별명 for `--link`, 80번 포트, and no project words a learner was never told (프로브, 스냅숏, 진행 기록, 변형).
 */
const VOCABULARY: ScanRule = {
  why: 'not the glossary\'s word (docs/glossary.md)',
  langs: ['ko'],
  patterns: [
    /과제/, // 실습
    /접두어/, // 접두사
    /Docker 엔진/, // 도커 엔진
    /포트[를가만은는도]? (?:[\uAC00-\uD7A3]+ )?연결|포트에 연결|IP에 연결|에만 연결되|연결된 (?:호스트 )?포트|포트 연결/, // -p: 포트 바인딩
    /별칭|(?:별명|이름)으로 연결|--link[^\n]*연결/, // --link: 링크와 별명
    /(?<![\d.:/-])\d+ 포트|포트 \d+(?![\d:/번])/, // 80번 포트
    /프로브|스냅숏|스냅샷|진행 기록|변형|뮤테이션/,
    /점수 없음/,
    /코스 패키지|과제 팩|히든 검사|비공개 검사|스케일/, // 코스 팩, 숨은 검사, 코스의 배점
  ],
  sample: '과제 2개: 프로브 검사가 80 포트를 연결하지 못했습니다',
};

/** An error code shown bare (`127.0.0.1:80: ECONNRESET`): Korean says what happened, the code may follow in parentheses. */
const RAW_ERROR_CODE: ScanRule = {
  why: 'an error code without words (grader/core/network-errors.ts gives them)',
  langs: ['ko'],
  patterns: [new RegExp(`(?<![(\\w])(?:${[...NETWORK_ERROR_CODES, 'ENOENT', 'EACCES', 'EPERM', 'EISDIR'].join('|')})\\b(?!\\))`)],
  sample: '실제: 127.0.0.1:80: ECONNRESET',
};

/** 합니다체 throughout (docs/glossary.md): no 해요체, no bare noun endings (없음, 건너뜀) beside a sentence. */
const SPEECH_LEVEL: ScanRule = {
  why: 'not 합니다체: a 해요체 ending, or a bare noun ending beside a sentence (docs/glossary.md)',
  langs: ['ko'],
  patterns: [
    /(?:가요|나요|까요|에요|예요|죠|[아어여워와해했었였겠]요)(?=[?.!)]|\s|$)/,
    /(?:니다|세요)\.? ?\([^()]*(?:없음|않음|있음|뺌|지움|됨)\)/,
    /[\uAC00-\uD7A3][어아] (?:건너뜀|뺌)(?![\uAC00-\uD7A3])/, // "꺼져 있어 건너뜀": a clause that ends as a noun
    /\S[이가] 없음(?:$|[.,:;])/, // "컨테이너 mycentos가 없음": a clause with its subject ends as a sentence (없습니다)
  ],
  sample: '컨테이너가 없어요. 다시 만들까요? 프로브가 꺼져 있어 건너뜀 (점수 없음). 컨테이너 mycentos가 없음',
};

/**
 * Every Korean string in the shipped source of grader/ and reports/ (help, errors, `doctor`, labels the
 * rendering above does not reach), a template's placeholders read as `X`; particle pairs (`이/가`)
 * are template syntax, not text. The exercises' own texts are
 * rendered above.
 */
function koreanSourceStrings(): RenderedText[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  const out: RenderedText[] = [];
  for (const file of [...walk('grader'), ...walk('reports')].filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|\.generated\.ts$/.test(f))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      let text: string | undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
      else if (ts.isTemplateExpression(node)) text = node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('');
      if (text !== undefined && /[\uAC00-\uD7A3]/.test(text) && !/^[\uAC00-\uD7A3]+\/[\uAC00-\uD7A3]+$/.test(text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ exercise: file, case: 'source', reporter: 'result', lang: 'ko', field: `line ${line}`, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

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
        const heading = sectionHeadingIn(bookCatalog(), exercise.section, lang);
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
    for (const rule of [JARGON, ENGLISH, FALLBACK_PARTICLES, VOCABULARY, SPEECH_LEVEL, RAW_ERROR_CODE]) {
      const sample = sampleText(rule.sample, rule.langs[0]!);
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

  it("the book's vocabulary (docs/glossary.md)", () => {
    expect(report(hits(VOCABULARY, texts))).toEqual([]);
  });

  it('error codes come with words (연결이 끊김 (ECONNRESET), not a bare ECONNRESET)', () => {
    expect(report(hits(RAW_ERROR_CODE, texts))).toEqual([]);
    expect(hits(RAW_ERROR_CODE, [sampleText('실제: 127.0.0.1:80: 연결이 끊김 (ECONNRESET)')])).toEqual([]);
  });

  it('one speech level, 합니다체 (docs/glossary.md)', () => {
    expect(report(hits(SPEECH_LEVEL, texts))).toEqual([]);
  });

  it('the Korean strings of the source (help, errors, doctor) keep the vocabulary and the speech level', () => {
    const strings = koreanSourceStrings();
    expect(strings.length).toBeGreaterThan(300);
    expect(report([...hits(VOCABULARY, strings), ...hits(SPEECH_LEVEL, strings)])).toEqual([]);
  });

  it('the vocabulary and speech rules let the right words through', () => {
    const ok = (text: string) => hits(VOCABULARY, [sampleText(text)]).length + hits(SPEECH_LEVEL, [sampleText(text)]).length;
    expect(ok('실습 12개: 통과 1, 실패 11. 호스트의 80번 포트를 컨테이너의 80번 포트에 바인딩해야 합니다')).toBe(0);
    expect(ok('127.0.0.1:80에 연결했지만 응답이 없습니다. 기본 브리지에 연결해 다시 만드세요')).toBe(0);
    expect(ok('my-container를 말한 것입니까? -p 80:80, 3306:3306/tcp, 필요: mysql')).toBe(0);
    expect(ok('실제: 없음 (삭제됨)')).toBe(0);
    expect(ok('컨테이너 mycentos가 없음')).toBe(1);
    expect(ok('HTTP 응답 (80 포트)')).toBe(1);
    expect(ok('--link wordpressdb:mysql로 mysql이라는 이름으로 연결해야 합니다')).toBe(1);
    expect(ok('포트를 하나도 바인딩하지 않았습니다 (-p 없음)')).toBe(1);
    expect(ok('-P로 이미지가 노출한 포트를 모두 연결했습니다')).toBe(1);
    expect(ok('127.0.0.1에만 연결되어 다른 주소로는 접속할 수 없습니다')).toBe(1);
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

/**
 * Every line `doctor` can print (each kind, each branch: the engine found by each source and missing for
 * each reason, versions, images, ports, disk, the CLI, `--deep` passing and failing), as the report
 * renders it under `--lang ko`.
 */
async function everyDoctorLine(): Promise<string[]> {
  const unix = (source: string): Endpoint => ({ kind: 'unix', socketPath: '/var/run/docker.sock', source });
  const tcp: Endpoint = { kind: 'tcp', host: '127.0.0.1', port: 2376, tls: null, source: 'DOCKER_HOST' };
  const down = (endpoint: Endpoint, error: unknown) => {
    const e = explainConnectionError(endpoint, error);
    return engineDownLine({ ko: e.ko!.message, en: e.message }, e.hint ? { ko: e.ko!.hint ?? e.hint, en: e.hint } : undefined);
  };
  const codes = ['ENOENT', 'EACCES', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].map((code) => down(unix('default socket'), Object.assign(new Error(`connect ${code}`), { code })));
  const failingCli = (failOn: string): DockerCli => ({
    run: async (args) => {
      if (args.includes(failOn)) throw new Error(`docker: Error response from daemon: ${failOn} failed`);
      return '';
    },
    runStep: async () => "",
    apply: async () => undefined,
  });
  const deep = (await Promise.all(['', 'server', '--link', 'create', 'alias'].map((step) => deepChecks(failingCli(step), 'busybox:latest', 'dgt-ko2-doctor-')))).flat();
  const lines: DoctorLine[] = [
    cliLine('28.2.2'),
    cliLine(null),
    ...['default socket', "Docker Desktop's socket", '--host', 'DOCKER_HOST', "context 'lab'", 'roster engine'].map((source) => engineLine('unix:///var/run/docker.sock', source)),
    ...codes,
    down(tcp, Object.assign(new Error('wrong version number'), { code: 'EPROTO' })),
    down(tcp, new Error('self signed certificate in certificate chain')),
    engineAnswerLine(new Error('Unexpected token < in JSON at position 0')),
    versionLine({ Version: '20.10.24', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64' }),
    versionLine({ Version: '1.13.1', ApiVersion: '1.26', Os: 'linux' }),
    versionLine({ Version: '19.03.1', ApiVersion: '1.40', Os: 'linux' }),
    versionLine({ Version: '27.0.0', ApiVersion: '1.46', Os: 'windows' }),
    archLine('aarch64', ['mysql:5.7'])!,
    ...([{ present: true }, { present: true, standIn: true }, { present: false }, { present: false, pullable: true }, { present: false, pullable: false, registryError: 'manifest unknown' }] as const).map((f) => imageLine('centos:7', ['2.2.1/pull-centos'], f)),
    ...(['in-use', 'free', 'denied', 'unchecked'] as const).map((listen) => portLine(80, ['2.2.4/publish-80'], { publishedBy: [], listen })),
    portLine(80, ['2.2.4/publish-80'], { publishedBy: ['web'], listen: 'in-use' }),
    diskLine('/var/lib/docker', 1), diskLine('/var/lib/docker', 3 * 1024 ** 3), diskLine('/var/lib/docker', 50 * 1024 ** 3),
    diskLine('', null, freeBytes('').why), diskLine('/nonexistent-dgt-ko2', null, freeBytes('/nonexistent-dgt-ko2').why),
    noProbeImageLine(['busybox:latest', 'ubuntu:14.04']),
    ...deep,
  ];
  // The id column (`engine`, `port:80`) is a stable code, the same in every language: the scan reads the rest.
  const width = Math.max(...lines.map((l) => l.id.length));
  return renderDoctor(lines, 'ko')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (/^[✔!✘] /.test(l) ? l.slice(2 + width) : l));
}

describe('doctor speaks Korean', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = await everyDoctorLine();
  });

  it('every line doctor can print under --lang ko: no English words, the vocabulary, the speech level', () => {
    expect(lines.length).toBeGreaterThan(40);
    const names = exerciseNames();
    const texts = lines.map((text, i) => ({ ...sampleText(text), exercise: 'doctor', field: `line ${i + 1}` }));
    const english = texts.flatMap((t) => {
      // What the engine and OpenSSL said is quoted as they said it.
      const quoted = ['web', 'manifest unknown', 'Unexpected token < in JSON at position 0', 'self signed certificate in certificate chain', ...['--link', 'create', 'alias', 'server'].map((step) => `docker: Error response from daemon: ${step} failed`)];
      const words = englishWords(t.text, quoted, names);
      return words.length ? [`${t.text}: ${words.join(' ')}`] : [];
    });
    expect(report([...english, ...hits(VOCABULARY, texts), ...hits(SPEECH_LEVEL, texts), ...hits(RAW_ERROR_CODE, texts)])).toEqual([]);
  });

  it('the scan catches the English doctor once printed', () => {
    expect(englishWords('도커 엔진이 unix:///var/run/docker.sock에서 응답합니다 (default socket)', [], exerciseNames())).toEqual(['default', 'socket']);
  });
});

/**
 * Every reason a class row can carry, made by the code that writes it: each unusable submission file
 * (missing, empty, not JSON, cut off, not an object, another kind, another version, a link, a folder),
 * an engine that is not there and one that refuses (127.0.0.1 on this helper's port, nothing listening),
 * the class timeout, nothing submitted; rendered as the class report and the gradebook under --lang ko.
 */
async function everyClassReason(): Promise<{ html: string[]; notes: string[]; quoted: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'dgt-ko2-reasons-'));
  try {
    const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    symlinkSync(file('real.json', '{}'), join(dir, 'link.json'));
    mkdirSync(join(dir, 'folder.json'));
    const files = [
      join(dir, 'missing.json'),
      file('empty.json', ''),
      file('prose.json', 'hello'),
      file('cut.json', '{"kind": "dockgrade.submission", "ver'),
      file('array.json', '[]'),
      file('kind.json', '{"kind": "something.else"}'),
      file('version.json', '{"kind": "dockgrade.submission", "version": 99}'),
      join(dir, 'link.json'),
      join(dir, 'folder.json'),
    ];
    const reasons: Array<Pick<StudentRow, 'status' | 'reason' | 'reasonText'>> = [];
    for (const f of files) {
      const outcome = await readSubmission(f);
      if (!outcome.ok) reasons.push({ status: 'invalid', reason: outcome.reason });
    }
    for (const url of ['unix:///nonexistent/dgt-ko2/docker.sock', 'tcp://127.0.0.1:18599']) {
      const outcome = await gradeLiveEngine({ url, student: 's', probes: false, timeoutMs: 10_000, catalog: bookCatalog() });
      if (!outcome.ok) reasons.push({ status: 'unreachable', reason: outcome.reason, ...(outcome.reasonText ? { reasonText: outcome.reasonText } : {}) });
    }
    reasons.push({ status: 'unreachable', reason: 'engine: the class timeout (600 s) was reached' }, { status: 'missing', reason: 'nothing submitted' });
    expect(reasons).toHaveLength(files.length + 4);
    const row = (r: (typeof reasons)[number], i: number): StudentRow => ({ studentId: `s${i}`, name: '', email: '', source: '', onRoster: true, points: 0, maxPoints: 10, result: null, integrity: [], ...r });
    const klass: ClassResult = { kind: 'dockgrade.class', version: 1, tool: { name: 'dockgrade', version: '0.1.0' }, gradedAt: '2026-03-02T05:06:07.000Z', title: '', exercises: [], students: reasons.map(row), shard: null } as ClassResult;
    const html = markupLines(classHtmlReporter(klass, { lang: 'ko', color: false }), ['title', 'alt', 'aria-label', 'placeholder']);
    const csv = gradebookCsvReporter(klass, { lang: 'ko', color: false, bom: false }).split('\r\n').slice(1).filter(Boolean);
    // The tmp folder's paths are data; so is what JSON.parse said about the cut file.
    return { html, notes: csv.map((line) => line.slice(line.lastIndexOf(',"') + 2, -1)), quoted: [dir, ...files] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the class report's reasons under --lang ko", () => {
  it('every reason a row can carry reads in Korean in the class HTML and the gradebook note (no English words, the vocabulary, the speech level)', async () => {
    const { html, notes, quoted } = await everyClassReason();
    const names = exerciseNames();
    const texts = [...html, ...notes].map((text, i) => ({ ...sampleText(text), exercise: 'class', field: `line ${i + 1}` }));
    const english = texts.flatMap((t) => {
      const words = englishWords(t.text, quoted, names);
      return words.length ? [`${t.text}: ${words.join(' ')}`] : [];
    });
    expect(report([...english, ...hits(VOCABULARY, texts), ...hits(SPEECH_LEVEL, texts), ...hits(RAW_ERROR_CODE, texts)])).toEqual([]);
    expect(html.join('\n')).toContain('제출한 파일이 없습니다');
    expect(html.join('\n')).toContain('연결이 거부되었습니다');
  }, 60_000);
});

