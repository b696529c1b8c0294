import type { Lang } from '../core/i18n.js';

/** Whether to colour terminal output: only on a TTY, and never with NO_COLOR. */
export function useColor(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb';
}

export interface EngineOptions {
  host?: string;
  prefix: string;
  timeoutMs?: number;
}

export interface LangOption {
  lang: Lang;
}
