/**
 * Skipped checks and the maximum: a check the user chose not to run (`--no-probes`) is out of the
 * maximum; a check skipped because its prerequisite failed (or its probe could not run) loses its points;
 * an exercise with lost points is never passed.
 */
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { msg } from '../core/i18n.js';
import { grade, gradeExercise, NO_PROBE, statusOf } from './run.js';
import type { ExerciseDefinition, Probe } from './types.js';
import { named } from './targets.js';

const web = named('web', { create: (n) => `docker run -d --name ${n.name('web')} nginx` });
const outcome = (ok: boolean) => ({ status: ok ? ('pass' as const) : ('fail' as const), message: msg(ok ? '예' : '아니요', ok ? 'yes' : 'no') });

/** One container check (2 points), a probe needing it (3), a probe needing that probe (4). */
const exercise: ExerciseDefinition = {
  id: '9.9.9/skips',
  section: '9.9.9',
  title: msg('건너뛴 검사', 'skipped checks'),
  goal: msg('검사', 'checks'),
  commands: ['docker run -d --name web nginx'],
  checks: [
    { kind: 'container', id: 'running', title: msg('실행 중', 'running'), points: 2, target: web, test: (c) => outcome(c.state.running) },
    { kind: 'probe', id: 'http', title: msg('HTTP 응답', 'HTTP'), points: 3, target: web, requires: 'running', run: async () => outcome(true) },
    { kind: 'probe', id: 'body', title: msg('본문', 'body'), points: 4, target: web, requires: 'http', run: async () => outcome(true) },
  ],
  solution: () => [],
  mutations: [],
};

const ON: Probe = { enabled: true, http: () => Promise.reject(new Error('unused')), exec: () => Promise.reject(new Error('unused')), request: () => Promise.reject(new Error('unused')) };
const runningWeb = makeSnapshot({ containers: [makeContainer({ name: 'web', image: 'nginx' })] });
const stoppedWeb = makeSnapshot({ containers: [makeContainer({ name: 'web', image: 'nginx', state: { running: false, status: 'exited' } })] });

describe('checks the user chose not to run (--no-probes)', () => {
  it('are out of the maximum, and so are the checks that need them; the run says so', async () => {
    const run = await grade([exercise], runningWeb, { probe: NO_PROBE });
    const [result] = run.exercises;
    expect(result.checks.map((c) => [c.id, c.status, c.excluded ?? false])).toEqual([
      ['running', 'pass', false],
      ['http', 'skip', true],
      ['body', 'skip', true],
    ]);
    expect([result.status, result.points, result.maxPoints]).toEqual(['pass', 2, 2]);
    expect(run.totals).toMatchObject({ points: 2, maxPoints: 2, passed: 1, excluded: { checks: 2, points: 7 } });
  });

  it('count in full when probes run', async () => {
    const run = await grade([exercise], runningWeb, { probe: ON });
    expect([run.exercises[0].status, run.exercises[0].points, run.exercises[0].maxPoints]).toEqual(['pass', 9, 9]);
    expect(run.totals.excluded).toBeUndefined();
  });
});

describe('checks skipped because a prerequisite failed', () => {
  it('lose their points and the exercise is not passed', async () => {
    const result = await gradeExercise(exercise, stoppedWeb, { probe: ON });
    expect(result.checks.map((c) => [c.id, c.status, c.excluded ?? false])).toEqual([
      ['running', 'fail', false],
      ['http', 'skip', false],
      ['body', 'skip', false],
    ]);
    expect([result.status, result.points, result.maxPoints]).toEqual(['fail', 0, 9]);
    expect(result.checks[1].message.en).toContain('no points');
  });

  it('with probes off, a failed prerequisite still fails the exercise but the probes stay out of the maximum', async () => {
    const result = await gradeExercise(exercise, stoppedWeb, { probe: NO_PROBE });
    expect([result.status, result.points, result.maxPoints]).toEqual(['fail', 0, 2]);
  });
});

describe('statusOf', () => {
  it('is never pass while a counted check is skipped (lost points)', () => {
    expect(statusOf([{ status: 'pass' }, { status: 'skip' }])).toBe('fail');
    expect(statusOf([{ status: 'pass' }, { status: 'skip', excluded: true }])).toBe('pass');
    expect(statusOf([{ status: 'skip', excluded: true }])).toBe('skip');
    expect(statusOf([{ status: 'pass' }, { status: 'error' }])).toBe('error');
  });
});

describe('the book exercises with --no-probes', () => {
  it('no exercise is shown as passed with fewer points than its maximum, and probes are out of it', async () => {
    // The reference solutions' state is not needed: whatever the state, pass means full points.
    const run = await grade(EXERCISES, runningWeb, { probe: NO_PROBE });
    for (const e of run.exercises) if (e.status === 'pass') expect(e.points).toBe(e.maxPoints);
    const probeChecks = EXERCISES.flatMap((e) => e.checks.filter((c) => c.kind === 'probe'));
    expect(probeChecks.length).toBeGreaterThan(0);
    expect(run.totals.excluded?.checks ?? 0).toBeGreaterThan(0);
    // an exercise not gradable on one host counts no points (2.2.8/fluentd)
    const counted = EXERCISES.filter((e) => !e.notGradable);
    expect(counted.length).toBeLessThan(EXERCISES.length);
    expect(run.totals.maxPoints).toBe(counted.reduce((sum, e) => sum + e.checks.reduce((s, c) => s + c.points, 0), 0) - (run.totals.excluded?.points ?? 0));
  });
});

describe('what a skipped check says', () => {
  it('names the check it waits for by its title in Korean (the id is an English word) and by its id in English', async () => {
    const result = await gradeExercise(exercise, stoppedWeb, { probe: ON });
    const http = result.checks.find((c) => c.id === 'http')!;
    expect(http.message.ko).toBe("'실행 중' 검사를 먼저 통과해야 채점합니다 (그때까지 0점입니다)");
    expect(http.message.en).toBe("not graded: needs 'running' to pass first (no points)");
  });
});
