/**
 * The user's config file: `{ "prefix": "alice", "lang": "ko" }`. The first that exists of
 * `$DOCKGRADE_CONFIG`, `./.dockgraderc.json`, `$XDG_CONFIG_HOME/dockgrade/config.json` (default
 * `~/.config/dockgrade/config.json`). Command-line flags win over the environment, which wins over the file.
 * The schema (zod) is loaded only when a file exists.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { homeDir } from '../core/home-dir.js';

export const RC_FILE = '.dockgraderc.json';

/** What a config file may set. */
export interface DockgradeConfig {
  /** Name prefix of the learner's containers, networks and volumes on a shared host. */
  prefix?: string;
  /** Language of messages. */
  lang?: Lang;
}

/** Config files in the order they are looked for. */
export function configCandidates(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string[] {
  const xdg = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir(env), '.config');
  return [...(env.DOCKGRADE_CONFIG ? [resolve(cwd, env.DOCKGRADE_CONFIG)] : []), join(cwd, RC_FILE), join(xdg, 'dockgrade', 'config.json')];
}

/**
 * Loads the first config file found. `DOCKGRADE_CONFIG` naming a missing file is an error; no file at
 * all is an empty config. A bad file is an InputError naming the field (exit 2).
 */
export async function loadConfig(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<{ config: DockgradeConfig; file?: string }> {
  const candidates = configCandidates(cwd, env);
  if (env.DOCKGRADE_CONFIG && !existsSync(candidates[0])) throw new InputError(`${candidates[0]}: no such file (named by DOCKGRADE_CONFIG)`).inKorean(`${candidates[0]}: 파일이 없습니다 (DOCKGRADE_CONFIG에 적힌 파일)`);
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) return { config: {} };
  const [{ readJsonFile, formatIssues }, { ConfigSchema }] = await Promise.all([import('./input-file.js'), import('../model/config-schema.js')]);
  const parsed = ConfigSchema.safeParse(readJsonFile(file, 1024 * 1024));
  if (!parsed.success) {
    const issue = formatIssues(parsed.error.issues, 1);
    throw new InputError(`${file}: ${issue}`, 'fix or remove the config file').inKorean(`${file}: 설정 파일이 형식에 맞지 않습니다 (${issue})`, '설정 파일을 고치거나 지우세요');
  }
  return { config: parsed.data, file };
}
