/**
 * The one inert-text helper for every human-facing output (terminal reports, stderr errors and warnings,
 * doctor, watch and wait lines, GitHub annotations): learner- and engine-controlled text loses what a
 * terminal or a CI runner would obey.
 */

/**
 * Removes ANSI escape sequences and control characters (but newline and tab) from learner data, and the
 * bidirectional overrides that make a terminal show text in another order than it is ("Trojan Source").
 * It also defuses the two shapes of GitHub Actions workflow command a runner obeys in a job's output
 * (actions/runner `ActionCommand.cs`): the legacy `##[name]…` ANYWHERE in a line (its parser looks for
 * the first `##[`), shown as `#＃[`; and `::name …::…` at the start of a line after leading white space,
 * whose first colon is shown as `：` when the line holds a second `::` (a command needs one; an IPv6
 * address such as `::1` or `::ffff:10.0.0.1` has at most one and stays as it is).
 */
export function sanitizeTerminal(text: string): string {
  return text
    // CSI, OSC, and terminated DCS/SOS/PM/APC strings, in their 7-bit (ESC …) and 8-bit (C1) forms,
    // whole: their parameters would otherwise stay behind as litter such as `31m`. A string's body stops
    // at the next introducer, so a run of them is scanned once, not once per introducer.
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(\u001b\]|\u009d)[^\u0007\u001b\u009c]*(\u0007|\u001b\\|\u009c)?|(\u001b[PX^_]|[\u0090\u0098\u009e\u009f])[^\u001b\u0090\u0098\u009c\u009e\u009f]*(\u001b\\|\u009c)|\u001b[@-_]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/##\[/g, '#\uff03[')
    // Horizontal white space only: `\s*` would cross blank lines and rescan them from every line start.
    .replace(/^([^\S\n\u2028\u2029]*):(?=:.*::)/gm, '$1\uff1a');
}

/**
 * A string on one line: its line breaks shown as ⏎. A line that starts with the report's own text then
 * stays that way, so no learner string can forge a result line at column 0 or a GitHub workflow command
 * (`::warning …`, `::stop-commands::`), which the runner obeys at the start of any line.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '⏎');
}

/** Learner or engine text made inert for one line of a human-facing output: sanitized, on one line. */
export function inertLine(text: string): string {
  return oneLine(sanitizeTerminal(text));
}
