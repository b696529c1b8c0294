/**
 * Defaults that depend on the environment and the config file, shared by the yargs parser (main.ts,
 * as a middleware) and the fast path (bin.ts), so both hand a command the same options.
 */
import { readFileSync } from 'node:fs';
import { PREFIX_PATTERN } from '../check/names.js';
import { UsageError } from '../core/errors.js';
import { detectLang, type Lang } from '../core/i18n.js';
import { josa } from '../core/korean-particles.js';
import { setVerbosity, verboseLine } from '../core/verbosity.js';

/** A course pack's default language (course.yaml `language:`), read only when --course is given; undefined when it has none. */
async function courseLanguage(dir: string): Promise<Lang | undefined> {
  let text: string;
  try {
    text = readFileSync(`${dir}/course.yaml`, 'utf8');
  } catch {
    return undefined; // the catalog's loader says what is wrong with the pack
  }
  return /^language:\s*['"]?(ko|en)['"]?\s*(#.*)?$/m.exec(text)?.[1] as Lang | undefined;
}

/**
 * Fills `--lang` and `--prefix` when not given: the prefix from DOCKGRADE_PREFIX, then the config file;
 * the language from the config file, then a course pack's (`--course`), then the locale. The config file is read only when needed.
 */
export async function applyConfig(argv: { lang?: unknown; prefix?: unknown; quiet?: unknown; verbose?: unknown; course?: unknown }): Promise<void> {
  const envPrefix = process.env.DOCKGRADE_PREFIX;
  if (argv.quiet && argv.verbose) throw new UsageError('--quiet and --verbose ask for opposite things', 'keep one of them').inKorean('--quiet와 --verbose는 반대되는 요청입니다', '둘 가운데 하나만 쓰세요');
  if (argv.lang === undefined || (argv.prefix === undefined && envPrefix === undefined) || argv.verbose) {
    const { configCandidates, loadConfig } = await import('../io/config-file.js');
    const { config, file } = await loadConfig();
    argv.lang ??= config.lang ?? (typeof argv.course === 'string' ? await courseLanguage(argv.course) : undefined) ?? detectLang();
    argv.prefix ??= envPrefix ?? config.prefix ?? '';
    if (argv.verbose) {
      setVerbosity({ verbose: true, lang: argv.lang as Lang });
      const looked = configCandidates().join(', ');
      if (file) verboseLine(`config file: ${file}`, `설정 파일: ${file}`);
      else verboseLine(`config file: none (looked for ${looked})`, `설정 파일: 없음 (찾아본 곳: ${looked})`);
    }
  }
  argv.prefix ??= envPrefix ?? '';
  setVerbosity({ quiet: argv.quiet === true, verbose: argv.verbose === true, lang: argv.lang as Lang });
  if (!PREFIX_PATTERN.test(String(argv.prefix))) {
    throw new UsageError(`prefix '${String(argv.prefix)}' is not usable in Docker names`, 'use letters, digits, _ . - only, starting with a letter or digit').inKorean(
      `접두사 ${josa(`'${String(argv.prefix)}'`, '은/는')} Docker 이름에 쓸 수 없습니다`,
      '영문자, 숫자, _ . - 만 쓰고, 영문자나 숫자로 시작하세요',
    );
  }
}

/**
 * The language of help and error lines, known before any parser runs: `--lang` on the line, then the
 * config file, then the locale. A config file that cannot be read falls back to the locale here (its
 * error is reported later, in that language).
 */
export async function earlyLang(argv: readonly string[]): Promise<Lang> {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const given = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (given === 'ko' || given === 'en') return given;
  }
  try {
    const { loadConfig } = await import('../io/config-file.js');
    return (await loadConfig()).config.lang ?? detectLang();
  } catch {
    return detectLang();
  }
}
