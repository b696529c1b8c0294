/**
 * Removes ANSI escape sequences and control characters (but newline and tab) from learner data, and the
 * bidirectional overrides that make a terminal show text in another order than it is ("Trojan Source").
 */
export function sanitizeTerminal(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-_]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
