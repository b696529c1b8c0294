/**
 * The texts the secret scanner found clean, kept between runs of one build (issue 25): hiding secrets
 * scanned the same hundred-odd texts of a chapter (hints and messages naming `MYSQL_ROOT_PASSWORD=…`,
 * `mysql:5.7`, `-p 80:80`) on every check, ~1.7 ms of a cold `check all`. Whether the scanner leaves a
 * text as it is depends on the text, the catalog's public words and the scanner's code: so only the
 * book's catalog keeps them, in a file named by the bundle's build id (the launcher gives it,
 * grader/cli/launch.cts), and a run without one (an unbundled build, the tests) keeps nothing. Every
 * other text is scanned as before, and values hunted in the state are hidden before any of this.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, readCacheJson, writeCacheFile } from '../collect/engine-facts.js';
import { scannedCleanTexts, takeCleanTexts } from '../core/secrets.js';

/** Where the launcher leaves the bundle's build id. */
export const BUILD_KEY = Symbol.for('dockgrade.build');

/** Texts kept at most, and the file's size at most. */
const MAX_TEXTS = 2048;
const MAX_FILE_BYTES = 1024 * 1024;

const FILE_PREFIX = 'clean-texts-book-';

/** The running bundle's build id, when the launcher gave one. */
function buildId(): string | undefined {
  const id = (globalThis as Record<symbol, unknown>)[BUILD_KEY];
  return typeof id === 'string' && /^[0-9a-f]{16,64}$/.test(id) ? id : undefined;
}

/**
 * Takes the texts earlier runs of this build found clean with the book's public words (`publicWords`,
 * the book catalog's set), and returns how to keep what this run adds. Reading or writing failing
 * costs nothing but the time saved.
 */
export function keepCleanTexts(publicWords: ReadonlySet<string>, directory = cacheDir()): { save(): void } {
  const build = buildId();
  if (!build) return { save: () => undefined };
  const file = join(directory, `${FILE_PREFIX}${build}.json`);
  // none yet, or not ours: nothing taken
  const data = readCacheJson(file, MAX_FILE_BYTES);
  const known: string[] = Array.isArray(data) && data.every((text) => typeof text === 'string') ? data : [];
  takeCleanTexts(publicWords, known);
  const had = new Set(known);
  return {
    save() {
      const added = scannedCleanTexts(publicWords).filter((text) => !had.has(text));
      if (added.length === 0) return;
      if (!writeCacheFile(file, JSON.stringify([...known, ...added].slice(-MAX_TEXTS)))) return;
      // another build's texts are of no use to this one
      try {
        for (const name of readdirSync(directory)) if (name.startsWith(FILE_PREFIX) && name !== `${FILE_PREFIX}${build}.json`) rmSync(join(directory, name), { force: true });
      } catch {
        // (left for the next run that writes)
      }
    },
  };
}
