/**
 * JSON text that is inert in a terminal or an editor: JSON.stringify escapes C0 controls (ESC
 * included) but leaves DEL, C1 controls (U+0080–U+009F, CSI among them), the line and paragraph
 * separators and the bidi controls (U+202A–U+202E, U+2066–U+2069) raw, so `cat summary.json` could
 * move the cursor or show a file name reversed. They can only occur inside JSON strings, so each is
 * written as `\uXXXX` there: the data is unchanged (`JSON.parse` gives it back exactly). Every JSON
 * file and JSON output dockgrade writes goes through here.
 */

const ACTIVE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (from JSON.stringify) with DEL, C1, U+2028/2029 and bidi controls written as `\uXXXX`, and
 * the `[` of `##[` as `\u005b`: a GitHub runner obeys the legacy `##[name]…` workflow command anywhere
 * in a line of a job's output (actions/runner ActionCommand.cs), and JSON goes to stdout
 * (`check --format json`, `doctor --format json`). `##[` occurs only inside strings, so the data is the same.
 */
export function escapeActiveJson(json: string): string {
  return json.replace(ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '##\\u005b');
}

/** JSON.stringify(data, null, indent), inert (see escapeActiveJson). */
export function inertJsonText(data: unknown, indent?: number): string {
  return escapeActiveJson(JSON.stringify(data, null, indent));
}
