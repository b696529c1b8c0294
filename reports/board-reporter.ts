/**
 * The class board's page (`dockgrade serve`): the grid of board-view.ts laid out by
 * templates/board.hbs. Unlike the reports it carries one small script of its own (allowed by a nonce
 * in the server's Content-Security-Policy, nothing else may run): it listens to the server's events
 * and sets each changed row's texts with `textContent`, so nothing a student controls ever becomes markup.
 */
import type { Lang } from '../grader/core/i18n.js';
import { renderTemplate } from './html-templates.js';
import { formatTime } from './html-view.js';
import { BOARD_LABELS, type BoardViewOptions, type RowView } from './board-view.js';
import { cleanText } from './report-text.js';
import { t } from '../grader/core/i18n.js';

export interface BoardPageOptions extends BoardViewOptions {
  lang: Lang;
  title: string;
  tool: string;
  /** How many engines the board follows. */
  engines: number;
  /** The script's nonce (the server's CSP names it). */
  nonce: string;
}

/** The board page with the rows as they are now. */
export function boardPage(rows: readonly RowView[], options: BoardPageOptions): string {
  const L = BOARD_LABELS[options.lang];
  const clean = (text: string, max = 200) => cleanText(text, { lang: options.lang, publicWords: options.publicWords, max });
  const title = clean(options.title);
  return renderTemplate('board', {
    lang: options.lang,
    L,
    tool: clean(options.tool),
    title,
    pageTitle: `${L.board}${title ? ` — ${title}` : ''}`,
    students: rows.length,
    engines: options.engines,
    exercises: options.exercises.map((e) => ({ id: clean(e.id), title: clean(t(e.title, options.lang)) })),
    rows: rows.map((row) => ({ ...row, changedText: formatTime(row.changedAt) })),
    nonce: /^[A-Za-z0-9+/=_-]+$/.test(options.nonce) ? options.nonce : '',
  });
}
