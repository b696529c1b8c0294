/**
 * Asking before changing the engine: `solve`, `reset` and `selftest` say what they will do and ask,
 * unless `--yes`. Without a terminal to ask on and without `--yes` they refuse (exit 2): a script must
 * say yes explicitly.
 */
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../core/errors.js';

export interface ConfirmOptions {
  yes: boolean;
  /** The command, for the refusal message (`solve`). */
  command: string;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WritableStream;
}

/** True when the user agreed (or passed --yes); false when they declined. */
export async function confirm(question: string, options: ConfirmOptions): Promise<boolean> {
  if (options.yes) return true;
  const stdin = options.stdin ?? process.stdin;
  if (!stdin.isTTY) throw new UsageError(`${options.command} changes the Docker engine and there is no terminal to ask for confirmation`, 'pass --yes to go ahead').inKorean(`${options.command} 명령은 도커 엔진을 바꾸는데, 확인을 물을 터미널이 없습니다`, '그대로 진행하려면 --yes를 붙이세요');
  const rl = createInterface({ input: stdin, output: options.stdout ?? process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
