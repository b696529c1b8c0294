/**
 * One pass that makes a whole result inert before any reporter sees it: every string (learner data,
 * and ids or titles of a tampered result file handed to `dockgrade report`) loses its ANSI escapes,
 * control characters and bidi overrides. Reporters still escape for their own format (HTML, XML, CSV);
 * this pass means no field can be forgotten.
 */
import { sanitizeTerminal } from './terminal-text.js';

/** A deep copy of `data` with every string (and key) passed through sanitizeTerminal. */
export function inertData<T>(data: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return sanitizeTerminal(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [sanitizeTerminal(k), walk(v)]));
    return node;
  };
  return walk(data) as T;
}
