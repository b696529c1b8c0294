import { deterministicRun, DETERMINISTIC_TIME } from './deterministic.js';
import { RunResultSchema, type ExerciseResult, type RunResult } from '../model/result-schema.js';

function exercise(id: string, section: string): ExerciseResult {
  return { id, section, title: { ko: id, en: id }, status: 'pass', points: 1, maxPoints: 1, commands: [], checks: [] };
}

function run(exercises: ExerciseResult[], startedAt: string, waitedMs: number): RunResult {
  return {
    kind: 'dockgrade.result',
    version: 1,
    tool: { name: 'dockgrade', version: '0.1.0' },
    startedAt,
    finishedAt: startedAt,
    source: { type: 'live', location: 'unix:///var/run/docker.sock' },
    engine: { id: 'X', name: 'host', serverVersion: '20.10', apiVersion: '1.41', os: 'Debian', osType: 'linux', arch: 'x86_64', kernelVersion: '6', endpoint: 'unix:///var/run/docker.sock' },
    prefix: '',
    exercises,
    totals: { exercises: exercises.length, passed: exercises.length, failed: 0, skipped: 0, errored: 0, points: exercises.length, maxPoints: exercises.length },
    waited: { ms: waitedMs, attempts: 3 },
  };
}

describe('deterministicRun', () => {
  const withHistory = { ...exercise('2.2.9/a', '2.2.9'), history: { firstPassedAt: '2026-01-01T09:00:00.000Z', lastPassedAt: '2026-01-01T10:00:00.000Z', bestPoints: 1, state: 'passing' as const } };
  const a = run([exercise('2.2.10/b', '2.2.10'), withHistory, exercise('2.2.9/0', '2.2.9')], '2026-01-01T10:00:00.000Z', 1234);
  const b = run([exercise('2.2.9/0', '2.2.9'), exercise('2.2.9/a', '2.2.9'), exercise('2.2.10/b', '2.2.10')], '2026-02-02T11:11:11.000Z', 99);

  it('makes two runs of the same state identical, timestamps and waiting removed', () => {
    expect(JSON.stringify(deterministicRun(a))).toBe(JSON.stringify(deterministicRun(b)));
    expect(deterministicRun(a).startedAt).toBe(DETERMINISTIC_TIME);
    expect(deterministicRun(a).waited).toBeUndefined();
    expect(deterministicRun(a).engine).toBeNull();
    expect(deterministicRun(a).exercises.some((e) => 'history' in e)).toBe(false);
  });

  it('sorts exercises by section number, then id', () => {
    expect(deterministicRun(a).exercises.map((e) => e.id)).toEqual(['2.2.9/0', '2.2.9/a', '2.2.10/b']);
  });

  it('still validates against the result schema and leaves the input alone', () => {
    expect(() => RunResultSchema.parse(deterministicRun(a))).not.toThrow();
    expect(a.waited).toEqual({ ms: 1234, attempts: 3 });
    expect(a.exercises[0].id).toBe('2.2.10/b');
  });
});
