/**
 * The class board's view: each cell's state from a class row (passing now, passed earlier, never,
 * unreachable, not graded yet), points and the row's state, in both languages; student text cleaned
 * (controls gone, secrets hidden) before the page or an update carries it.
 */
import { HOSTILE, sampleRun } from '../fixtures/report-fixtures.js';
import type { StudentRow } from '../grader/model/class-schema.js';
import { cellState, rowKey, rowView, type BoardRow } from './board-view.js';

const EXERCISES = [
  { id: '2.2.1/run-ubuntu', title: { ko: '첫 컨테이너', en: 'First container' } },
  { id: '2.2.1/create-mycentos', title: { ko: 'mycentos', en: 'mycentos' } },
  { id: '2.2.1/pull-centos', title: { ko: '내려받기', en: 'Pull' } },
  { id: '9.9.9/absent', title: { ko: '없음', en: 'absent' } },
];

function row(overrides: Partial<StudentRow>): StudentRow {
  return { studentId: 's1', name: 'Kim', email: '', status: 'graded', reason: '', source: 'unix:///var/run/docker.sock', onRoster: true, points: 0, maxPoints: 20, result: null, integrity: [], ...overrides };
}

describe('board cells', () => {
  it('passing now, passed earlier (regressed or counted from the journal), never', async () => {
    const run = await sampleRun();
    const byId = (id: string) => run.exercises.find((e) => e.id === id)!;
    expect(cellState(byId('2.2.1/create-mycentos'))).toBe('passing');
    // sampleRun's run-ubuntu fails now and passed earlier (history regressed)
    expect(cellState(byId('2.2.1/run-ubuntu'))).toBe('earlier');
    expect(cellState({ ...byId('2.2.1/run-ubuntu'), history: undefined })).toBe('never');
    const credited = { ...byId('2.2.1/run-ubuntu'), status: 'pass' as const, credit: { from: 'journal' as const, passedAt: '2026-03-01T14:02:00.000Z', digest: 'sha256:x', current: { status: 'fail' as const, points: 3 } } };
    expect(cellState(credited)).toBe('earlier');
    expect(cellState(undefined)).toBe('never');
  });

  it('a graded row: one cell per exercise in the board order, with points and a tooltip', async () => {
    const run = await sampleRun();
    const kept: BoardRow = { row: row({ result: run, points: run.totals.points, maxPoints: run.totals.maxPoints }), waiting: false, changedAt: '2026-03-02T05:06:07.000Z' };
    const view = rowView(3, kept, { lang: 'en', exercises: EXERCISES });
    expect(view).toMatchObject({ index: 3, id: 's1', name: 'Kim', state: 'graded', points: run.totals.points, changedAt: '2026-03-02T05:06:07.000Z' });
    expect(view.cells.map((c) => [c.state, c.text])).toEqual([
      ['earlier', '↺ 3/5'],
      ['passing', '✔ 6/6'],
      ['passing', '✔ 2/2'],
      ['never', '✘'],
    ]);
    expect(view.cells[1].title).toBe('2.2.1/create-mycentos mycentos: passing now');
    expect(rowView(3, kept, { lang: 'ko', exercises: EXERCISES }).cells[0].title).toBe('2.2.1/run-ubuntu 첫 컨테이너: 예전에 통과 (지금은 상태가 바뀜)');
  });

  it('unreachable, waiting and missing rows: every cell says so, no points', () => {
    const unreachable = rowView(0, { row: row({ status: 'unreachable', reason: 'engine: no answer within 30 s', points: 7 }), waiting: false, changedAt: '' }, { lang: 'en', exercises: EXERCISES });
    expect(unreachable).toMatchObject({ state: 'unreachable', stateLabel: 'unreachable', reason: 'engine: no answer within 30 s', points: 0 });
    expect(new Set(unreachable.cells.map((c) => `${c.state} ${c.text}`))).toEqual(new Set(['unreachable ⚠']));
    const waiting = rowView(0, { row: row({ status: 'missing' }), waiting: true, changedAt: '' }, { lang: 'ko', exercises: EXERCISES });
    expect(waiting).toMatchObject({ state: 'waiting', stateLabel: '채점 전', reason: '' });
    expect(waiting.cells.every((c) => c.state === 'waiting')).toBe(true);
    const missing = rowView(0, { row: row({ status: 'missing', reason: 'a submission file' }), waiting: false, changedAt: '' }, { lang: 'en', exercises: EXERCISES });
    expect(missing).toMatchObject({ state: 'missing', reason: 'a submission file' });
    expect(missing.cells.every((c) => c.text === '')).toBe(true);
    expect(rowKey(unreachable)).not.toBe(rowKey(missing));
  });

  it('student text arrives inert: controls stripped, secrets hidden, markup left as text for the page to escape', () => {
    const view = rowView(0, { row: row({ studentId: HOSTILE.html, name: `${HOSTILE.ansi}${HOSTILE.script}`, status: 'unreachable', reason: `engine: ${HOSTILE.secret}` }), waiting: false, changedAt: '' }, { lang: 'en', exercises: EXERCISES });
    expect(view.id).toBe(HOSTILE.html);
    expect(view.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(view.name).toContain(HOSTILE.script);
    expect(view.reason).not.toContain('hunter2');
  });

  it('the row key changes with what the board shows, not with the grading time', async () => {
    const run = await sampleRun();
    const a = rowView(0, { row: row({ result: run }), waiting: false, changedAt: '1' }, { lang: 'en', exercises: EXERCISES });
    const b = rowView(0, { row: row({ result: { ...run, startedAt: '2030-01-01T00:00:00Z' } }), waiting: false, changedAt: '2' }, { lang: 'en', exercises: EXERCISES });
    expect(rowKey(a)).toBe(rowKey(b));
    const passed = { ...run, exercises: run.exercises.map((e) => (e.id === '2.2.1/run-ubuntu' ? { ...e, status: 'pass' as const, points: 5, history: undefined } : e)) };
    expect(rowKey(rowView(0, { row: row({ result: passed }), waiting: false, changedAt: '' }, { lang: 'en', exercises: EXERCISES }))).not.toBe(rowKey(a));
  });
});
