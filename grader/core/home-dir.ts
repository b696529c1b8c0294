/**
 * The user's home folder: `env.HOME`, else the one the password database gives (os.homedir(), which
 * reads HOME first too). node:os is required only then: loading it took ~5 ms of every cold check here
 * (issue 25), and HOME is set nearly everywhere.
 */
import { createRequire } from 'node:module';

export function homeDir(env: NodeJS.ProcessEnv): string {
  return env.HOME || osHomeDir();
}

/** os.homedir(), node:os loaded on this first use. */
export function osHomeDir(): string {
  return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();
}
