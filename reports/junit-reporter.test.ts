/**
 * The JUnit output is well-formed XML with the structure GitLab, GitHub test reporters and Jenkins read:
 * `testsuites` > `testsuite` (name, tests, failures, errors, skipped, time, timestamp as
 * `YYYY-MM-DDThh:mm:ss`) > `properties?`, `testcase*` (name, classname, time) each with at most one of
 * `failure` / `error` (message, type) / `skipped`, and the counts add up. Validation against Jenkins'
 * own junit-10.xsd is in junit-schema.test.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HOSTILE, sampleRun } from '../fixtures/report-fixtures.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { junitReporter } from './junit-reporter.js';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false });

function nameOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}
function childrenOf(node: Node): Node[] {
  return (node[nameOf(node)] as Node[]).filter((child) => nameOf(child) !== '#text');
}
function attrs(node: Node): Record<string, string> {
  return node[':@'] ?? {};
}
function textOf(node: Node): string {
  return (node[nameOf(node)] as Node[]).map((c) => (c['#text'] as string | undefined) ?? '').join('');
}

const INT = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** Asserts the Jenkins-schema structure and returns the parsed suites. */
function checkStructure(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = parser.parse(xml) as Node[];
  const roots = document.filter((n) => nameOf(n) !== '?xml');
  expect(roots.map(nameOf)).toEqual(['testsuites']);
  const root = roots[0];
  const suites = childrenOf(root);
  expect(suites.every((s) => nameOf(s) === 'testsuite')).toBe(true);
  const sums = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of suites) {
    const a = attrs(suite);
    expect(a.name).toBeTruthy();
    for (const key of ['tests', 'failures', 'errors', 'skipped']) expect(a[key]).toMatch(INT);
    expect(a.time).toMatch(DECIMAL);
    expect(a.timestamp).toMatch(TIMESTAMP);
    const children = childrenOf(suite);
    const order = children.map(nameOf);
    // properties?, testcase*, system-out?, system-err? — in that order.
    expect(order.join(' ')).toMatch(/^(properties ?)?(testcase ?)*(system-out ?)?(system-err)?$/);
    const cases = children.filter((c) => nameOf(c) === 'testcase');
    const counted = { failures: 0, errors: 0, skipped: 0 };
    for (const testcase of cases) {
      expect(attrs(testcase).name).toBeTruthy();
      expect(attrs(testcase).classname).toMatch(/^[^.]+(\.[^.]+)+$/);
      expect(attrs(testcase).time).toMatch(DECIMAL);
      const outcome = childrenOf(testcase).map(nameOf);
      expect(outcome.length).toBeLessThanOrEqual(1);
      if (outcome[0] === 'failure') counted.failures += 1;
      if (outcome[0] === 'error') counted.errors += 1;
      if (outcome[0] === 'skipped') counted.skipped += 1;
      for (const child of childrenOf(testcase)) {
        if (nameOf(child) !== 'skipped') expect(attrs(child).type).toBeTruthy();
        expect(attrs(child).message).toBeTruthy();
      }
    }
    expect(Number(a.tests)).toBe(cases.length);
    expect(Number(a.failures)).toBe(counted.failures);
    expect(Number(a.errors)).toBe(counted.errors);
    expect(Number(a.skipped)).toBe(counted.skipped);
    sums.tests += cases.length;
    sums.failures += counted.failures;
    sums.errors += counted.errors;
    sums.skipped += counted.skipped;
  }
  const r = attrs(root);
  // junit-10.xsd has no `skipped` on <testsuites>: the suites carry it.
  expect(r.skipped).toBeUndefined();
  expect({ tests: Number(r.tests), failures: Number(r.failures), errors: Number(r.errors), skipped: sums.skipped }).toEqual(sums);
  return suites;
}

let run: RunResult;
beforeAll(async () => {
  run = await sampleRun();
});

describe('junit reporter', () => {
  it.each(['en', 'ko'] as const)('is well-formed and shaped as Jenkins/GitLab read it (%s)', (lang) => {
    const suites = checkStructure(junitReporter(run, { lang, color: false }));
    expect(suites.map((s) => attrs(s).name)).toEqual(run.exercises.map((e) => e.id));
  });

  it('an exercise is a testsuite, a check a testcase; a failure carries expected, found and the hint', () => {
    const suites = checkStructure(junitReporter(run, { lang: 'en', color: false }));
    const ubuntu = suites[0];
    const stdin = childrenOf(ubuntu).find((c) => attrs(c).name === 'stdin')!;
    const failure = childrenOf(stdin)[0];
    expect(nameOf(failure)).toBe('failure');
    expect(attrs(failure).message).toBe('-i (stdin open): made without -i: stdin is closed');
    const body = textOf(failure);
    expect(body.split('\n')[0]).toBe('-i (stdin open): made without -i: stdin is closed');
    expect(body).toContain('expected: -i: stdin open (OpenStdin=true)');
    expect(body).toContain('found: no -i: stdin closed (OpenStdin=false)');
    expect(body).toContain('hint: recreate it with -i -t:\n1. docker rm -f <img src=x onerror=alert(1)>\n2. docker run -i -t ubuntu:14.04');
    const broken = suites.find((suite) => attrs(suite).name === '2.2.9/hostile-evidence')!;
    expect(childrenOf(broken).filter((c) => nameOf(c) === 'testcase').map((c) => nameOf(childrenOf(c)[0] ?? { none: [] }))).toEqual(['failure', 'skipped', 'error']);
  });

  it('hostile learner text comes back as the same inert text after parsing', () => {
    const suites = checkStructure(junitReporter(run, { lang: 'en', color: false }));
    const broken = suites.find((suite) => attrs(suite).name === '2.2.9/hostile-evidence')!;
    const env = childrenOf(broken).find((c) => attrs(c).name === 'env-MYSQL_ROOT_PASSWORD')!;
    const body = textOf(childrenOf(env)[0]);
    expect(body).toContain(`found: ${HOSTILE.formula} ${HOSTILE.html}`);
    expect(body).not.toContain('hunter2');
  });

  it('names suites and cases by stable ids whatever the language; the localized text is in the title property and the failure', () => {
    const names = (lang: 'ko' | 'en') =>
      checkStructure(junitReporter(run, { lang, color: false })).map((suite) => ({
        suite: attrs(suite).name,
        cases: childrenOf(suite)
          .filter((c) => nameOf(c) === 'testcase')
          .map((c) => `${attrs(c).classname} ${attrs(c).name}`),
      }));
    expect(names('ko')).toEqual(names('en'));
    expect(names('en')[0]).toEqual({ suite: '2.2.1/run-ubuntu', cases: run.exercises[0].checks.map((c) => `dockgrade.2_2_1.run-ubuntu ${c.id}`) });
    const ko = checkStructure(junitReporter(run, { lang: 'ko', color: false }))[0];
    const title = childrenOf(childrenOf(ko)[0]).find((p) => attrs(p).name === 'title')!;
    expect(attrs(title).value).toBe(run.exercises[0].title.ko);
    const stdin = childrenOf(ko).find((c) => attrs(c).name === 'stdin')!;
    expect(attrs(childrenOf(stdin)[0]).message).toBe(`${run.exercises[0].checks.find((c) => c.id === 'stdin')!.title.ko}: ${run.exercises[0].checks.find((c) => c.id === 'stdin')!.message.ko}`);
  });

  it.each(['en', 'ko'] as const)('an exercise not gradable on one host fails no build: its misses are <skipped> with the reason (%s)', (lang) => {
    const fluentd = run.exercises.find((e) => e.id === '2.2.8/fluentd')!;
    expect(fluentd.checks.some((c) => c.status === 'fail')).toBe(true);
    const suite = checkStructure(junitReporter(run, { lang, color: false })).find((s) => attrs(s).name === '2.2.8/fluentd')!;
    expect([attrs(suite).failures, attrs(suite).skipped]).toEqual(['0', String(fluentd.checks.filter((c) => c.status !== 'pass').length)]);
    const reason = lang === 'en' ? `not gradable on one host: ${fluentd.notGradable!.en} (no points)` : `호스트 하나로는 채점할 수 없습니다: ${fluentd.notGradable!.ko} (점수에 넣지 않습니다)`;
    const property = childrenOf(childrenOf(suite)[0]).find((p) => attrs(p).name === 'not_gradable')!;
    expect(attrs(property).value).toBe(reason);
    for (const check of fluentd.checks.filter((c) => c.status !== 'pass')) {
      const testcase = childrenOf(suite).find((c) => attrs(c).name === check.id)!;
      const [skipped] = childrenOf(testcase);
      expect(nameOf(skipped)).toBe('skipped');
      expect(attrs(skipped).message).toBe(`${reason} — ${check.title[lang]}: ${check.message[lang]}`);
    }
  });

  it('an exercise that broke before any check still counts as one error', () => {
    const broken = { ...run.exercises.find((e) => e.id === '2.2.9/hostile-evidence')!, checks: [], status: 'error' as const };
    const xml = junitReporter({ ...run, exercises: [broken] }, { lang: 'en', color: false });
    const [suite] = checkStructure(xml);
    expect(attrs(suite).errors).toBe('1');
  });
});
