import type { ExerciseResult, RunResult } from '../grader/model/result-schema.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import { runSections } from '../grader/pipeline/catalog.js';
import { escapeData, escapeProperty, githubAnnotationsReporter, workflowCommand } from './github-annotations-reporter.js';
import { escapeMarkdown, stepSummaryReporter } from './step-summary-reporter.js';

const failing: ExerciseResult = {
  id: '2.2.1/create-mycentos',
  section: '2.2.1',
  title: { ko: '컨테이너 다루기', en: 'Create, start and attach' },
  status: 'fail',
  points: 3,
  maxPoints: 6,
  commands: [],
  checks: [
    { id: 'exists', title: { ko: '존재', en: 'exists' }, status: 'pass', points: 1, maxPoints: 1, message: { ko: 'ok', en: 'ok' } },
    {
      id: 'tty',
      title: { ko: '-t', en: 'tty: -t, given' },
      status: 'fail',
      points: 0,
      maxPoints: 1,
      message: { ko: '-t 없음', en: 'no -t: 100% wrong\nsecond line' },
      expected: 'Tty=1',
      actual: 'a|b <x>',
      hint: { ko: '다시', en: 'docker run -t --name a,b x:1' },
    },
  ],
};
const passing: ExerciseResult = { id: '2.2.1/run-ubuntu', section: '2.2.1', title: { ko: '첫', en: 'First | run' }, status: 'pass', points: 5, maxPoints: 5, commands: [], checks: [] };
const later: ExerciseResult = { ...passing, id: '2.2.10/z', section: '2.2.10' };

/** A run as the pipeline hands it to reporters: with its sections (titles, reading order) from the book's catalog. */
function run(exercises: ExerciseResult[], extra: Partial<RunResult> = {}): RunResult {
  return {
    sections: runSections(bookCatalog(), exercises),
    kind: 'dockgrade.result',
    version: 1,
    tool: { name: 'dockgrade', version: '0.1.0' },
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    source: { type: 'live', location: 'unix:///var/run/docker.sock' },
    engine: null,
    prefix: '',
    exercises,
    totals: { exercises: exercises.length, passed: 2, failed: 1, skipped: 0, errored: 0, points: 13, maxPoints: 16 },
    ...extra,
  };
}

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
  });
  it('also escapes : and , in properties', () => {
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });
  it('escapes % first, so an escape is never escaped twice', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%3A')).toBe('%253A');
  });
  it('builds ::name props::message, leaving empty properties out', () => {
    expect(workflowCommand('error', { title: 'x:y', file: '' }, 'm,1')).toBe('::error title=x%3Ay::m,1');
    expect(workflowCommand('notice', {}, 'hi')).toBe('::notice::hi');
  });
});

describe('githubAnnotationsReporter', () => {
  const text = githubAnnotationsReporter(run([later, failing, passing]), { lang: 'en', color: false });
  const lines = text.trimEnd().split('\n');

  it('prints one ::error per failing check and one ::notice with the totals; one line each', () => {
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error title=dockgrade 2.2.1/create-mycentos › tty%3A tty%3A -t%2C given::no -t: 100%25 wrong%0Asecond line%0Aexpected: Tty=1%0Afound: a|b <x>%0Ahint: docker run -t --name a,b x:1',
    );
    expect(lines[1]).toBe('::notice title=dockgrade::13/16 points · 2/3 exercises pass');
  });

  it('says how long it waited, and speaks Korean', () => {
    const ko = githubAnnotationsReporter(run([passing], { waited: { ms: 3200, attempts: 4 } }), { lang: 'ko', color: false });
    expect(ko).toContain('::notice title=dockgrade::13/16점 · 통과한 실습 2/1 · 대기 3.2s (4)');
  });

  it('annotates an exercise whose checker broke', () => {
    const broken: ExerciseResult = { ...passing, status: 'error', error: 'tty: TypeError: x' };
    expect(githubAnnotationsReporter(run([broken]), { lang: 'en', color: false })).toContain('::error title=dockgrade 2.2.1/run-ubuntu::checker error: tty: TypeError: x');
  });
});

describe('stepSummaryReporter', () => {
  it('escapes Markdown and HTML so engine text cannot break the table', () => {
    expect(escapeMarkdown('a|b <script> *x* `c`\nd & [l](u)')).toBe('a\\|b &lt;script&gt; \\*x\\* \\`c\\`<br>d &amp; \\[l\\](u)');
  });

  it("renders totals, a table in the book's order and the failing checks with expected/found/hint", () => {
    const md = stepSummaryReporter(run([later, failing, passing], { waited: { ms: 3200, attempts: 4 } }), { lang: 'en', color: false });
    expect(md).toBe(
      [
        '## dockgrade results: 13/16 points',
        '',
        '2/3 pass · waited 3.2s (4 attempts)',
        '',
        '| | exercise | title | points |',
        '|---|---|---|---:|',
        // The book's order (registry), not the id sort: the first run comes before docker create.
        // Each section opens with a row naming it by the book's title (the bare number when unknown).
        '| | **2.2.1 Creating a container** | | |',
        '| ✅ | <code>2.2.1/run-ubuntu</code> | First \\| run | 5/5 |',
        '| ❌ | <code>2.2.1/create-mycentos</code> | Create, start and attach | 3/6 |',
        '| | **2.2.10** | | |',
        '| ✅ | <code>2.2.10/z</code> | First \\| run | 5/5 |',
        '',
        '### Failing checks',
        '',
        '**❌ <code>2.2.1/create-mycentos</code>** Create, start and attach',
        '',
        '- ❌ <code>tty</code> tty: -t, given: no -t: 100% wrong<br>second line',
        '  - expected: <code>Tty=1</code> · found: <code>a\\|b &lt;x&gt;</code>',
        '  - hint: docker run -t --name a,b x:1',
        '',
        '',
      ].join('\n'),
    );
  });

  it('is the same for the same state (no timestamps)', () => {
    const a = stepSummaryReporter(run([failing, passing]), { lang: 'ko', color: false });
    const b = stepSummaryReporter(run([passing, failing], { startedAt: '2030-01-01T00:00:00.000Z' }), { lang: 'ko', color: false });
    expect(a).toBe(b);
    expect(a).toContain('dockgrade 채점 결과');
  });
});

describe('secrets in the CI outputs', () => {
  // a learner's own value in a check's text (a tampered result file re-rendered by `report`, or a
  // message quoting an env pair): hidden as the terminal report hides it; the book's `password` stays
  const leaky: ExerciseResult = {
    ...failing,
    error: 'engine said: API_TOKEN=tok-in-error-99',
    checks: [
      {
        ...failing.checks[1],
        message: { ko: '다릅니다: MYSQL_ROOT_PASSWORD=hunter2-ko', en: 'differs: MYSQL_ROOT_PASSWORD=hunter2-en' },
        expected: 'MYSQL_ROOT_PASSWORD=password',
        actual: 'MYSQL_ROOT_PASSWORD=hunter2-actual',
        hint: { ko: 'docker run -e DB_PASSWORD=hunter2-hint', en: 'docker run -e DB_PASSWORD=hunter2-hint' },
      },
    ],
  };
  const secrets = ['hunter2-ko', 'hunter2-en', 'hunter2-actual', 'hunter2-hint', 'tok-in-error-99'];
  const outputs = (showSecrets: boolean) =>
    (['ko', 'en'] as const).flatMap((lang) => [githubAnnotationsReporter(run([leaky]), { lang, color: false, showSecrets, publicWords: bookCatalog().publicWords }), stepSummaryReporter(run([leaky]), { lang, color: false, showSecrets, publicWords: bookCatalog().publicWords })]).join('\n');

  it('hides a learner value in annotations and the job summary, and keeps the book value', () => {
    const text = outputs(false);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('MYSQL_ROOT_PASSWORD=password');
  });
  it('shows them with --show-secrets (the values were there to be hidden)', () => {
    const text = outputs(true);
    for (const secret of secrets) expect(text).toContain(secret);
  });
});
