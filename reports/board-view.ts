/**
 * The class board's view model (`dockgrade serve`, issue 24): one row per student, one cell per
 * exercise, each cell in one of a few states, decided here in plain TypeScript from the class row the
 * board keeps (grader/batch/grade-class.ts builds it). The page (board-reporter.ts, templates/board.hbs)
 * and each live update sent to the browser are made from the same view, so what a reload shows and
 * what an update shows never differ. Every text a student controls arrives inert and is cleaned here;
 * the page escapes it (handlebars) and the page's script only ever sets it as text.
 */
import type { Lang } from '../grader/core/i18n.js';
import { t } from '../grader/core/i18n.js';
import type { StudentRow } from '../grader/model/class-schema.js';
import type { ExerciseResult } from '../grader/model/result-schema.js';
import { inertData } from './inert-data.js';
import { cleanText } from './report-text.js';

/** What a cell shows: passes now, passed earlier (not now), never passed, the engine does not answer, not graded yet. */
export type CellState = 'passing' | 'earlier' | 'never' | 'unreachable' | 'waiting';
export const CELL_STATES: readonly CellState[] = ['passing', 'earlier', 'never', 'unreachable', 'waiting'];

/** A row's state: graded, its engine unreachable, not graded yet, or nothing to follow (a submission file on the roster). */
export type RowState = 'graded' | 'unreachable' | 'waiting' | 'missing';
export const ROW_STATES: readonly RowState[] = ['graded', 'unreachable', 'waiting', 'missing'];

export const BOARD_LABELS = {
  ko: {
    board: '실시간 반 현황',
    id: '학번', name: '이름', status: '상태', total: '합계', changed: '마지막 변화', points: '점',
    passing: '지금 통과', earlier: '예전에 통과 (지금은 상태가 바뀜)', never: '아직 통과하지 못함', unreachable: '접속 불가', waiting: '채점 전',
    graded: '채점 중', missing: '따라갈 엔진 없음',
    live: '실시간으로 바뀝니다', lost: '서버와 연결이 끊겼습니다. 다시 연결하는 중입니다',
    exportCsv: '성적표 CSV', exportHtml: '반 보고서 HTML', engines: '엔진', students: '학생',
    legend: '칸: 실습별 점수',
  },
  en: {
    board: 'Live class board',
    id: 'Student id', name: 'Name', status: 'Status', total: 'Total', changed: 'Last change', points: ' pts',
    passing: 'passing now', earlier: 'passed earlier (the state has changed since)', never: 'not passed yet', unreachable: 'unreachable', waiting: 'not graded yet',
    graded: 'live', missing: 'no engine to follow',
    live: 'updates live', lost: 'lost the connection to the server; reconnecting',
    exportCsv: 'Gradebook CSV', exportHtml: 'Class report HTML', engines: 'Engines', students: 'Students',
    legend: 'cells: points per exercise',
  },
} as const;

export type BoardLabels = (typeof BOARD_LABELS)[Lang];

const SYMBOL: Record<CellState, string> = { passing: '✔', earlier: '↺', never: '✘', unreachable: '⚠', waiting: '…' };

export interface CellView {
  state: CellState;
  /** `✔ 3/3`, `✘ 1/3`, `⚠`. */
  text: string;
  /** The exercise and the state in words (the cell's tooltip). */
  title: string;
}

export interface RowView {
  /** The row's place on the board: how the page and the student's report address it (never the id itself). */
  index: number;
  id: string;
  name: string;
  state: RowState;
  stateLabel: string;
  /** Why the row is unreachable or missing (cleaned; secrets hidden). */
  reason: string;
  points: number;
  maxPoints: number;
  /** ISO time of the last change of what the row shows ('' before the first grade). */
  changedAt: string;
  cells: CellView[];
}

/** What the board keeps of one student. */
export interface BoardRow {
  row: StudentRow;
  /** True until the student's first grade (or the engine's first failure). */
  waiting: boolean;
  changedAt: string;
}

/** The state of one exercise's cell. */
export function cellState(exercise: ExerciseResult | undefined): CellState {
  if (!exercise) return 'never';
  if (exercise.credit || exercise.history?.state === 'regressed') return 'earlier';
  return exercise.status === 'pass' ? 'passing' : 'never';
}

export interface BoardViewOptions {
  lang: Lang;
  /** The catalog's public words (never hidden). */
  publicWords?: ReadonlySet<string>;
  /** The exercises, in the board's column order. */
  exercises: ReadonlyArray<{ id: string; title: { ko: string; en: string } }>;
}

/** The view of one student's row. */
export function rowView(index: number, kept: BoardRow, options: BoardViewOptions): RowView {
  const L = BOARD_LABELS[options.lang];
  const row = inertData(kept.row);
  const clean = (text: string, max = 300) => cleanText(text, { lang: options.lang, publicWords: options.publicWords, max });
  const state: RowState = kept.waiting ? 'waiting' : row.status === 'graded' ? 'graded' : row.status === 'unreachable' ? 'unreachable' : 'missing';
  const cells = options.exercises.map((exercise): CellView => {
    const title = `${exercise.id} ${clean(t(exercise.title, options.lang), 120)}`;
    if (state !== 'graded') {
      const cell: CellState = state === 'unreachable' ? 'unreachable' : 'waiting';
      return { state: cell, text: state === 'missing' ? '' : SYMBOL[cell], title: `${title}: ${state === 'missing' ? L.missing : L[cell]}` };
    }
    const found = row.result?.exercises.find((e) => e.id === exercise.id);
    const cell = cellState(found);
    return { state: cell, text: found ? `${SYMBOL[cell]} ${found.points}/${found.maxPoints}` : SYMBOL[cell], title: `${title}: ${L[cell]}` };
  });
  return {
    index,
    id: clean(row.studentId, 200),
    name: clean(row.name, 200),
    state,
    stateLabel: state === 'graded' ? L.graded : state === 'missing' ? L.missing : L[state],
    reason: state === 'graded' || state === 'waiting' ? '' : clean(row.reason, 500),
    points: state === 'graded' ? row.points : 0,
    maxPoints: row.maxPoints,
    changedAt: kept.changedAt,
    cells,
  };
}

/** What decides whether a row changed on the board: its cells, points and state (not the grading time). */
export function rowKey(view: RowView): string {
  return JSON.stringify([view.state, view.reason, view.points, view.maxPoints, view.cells.map((c) => c.text + c.state)]);
}
