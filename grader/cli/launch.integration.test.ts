/**
 * The `dockgrade` executable's launcher (launch.cts): it runs the bundle with Node's own compile cache
 * (Node 22.1+, `module.enableCompileCache()`), and never lets the cache change what a run prints or how
 * it ends. On this machine's Node 20 (below `engines`, kept for the tests) it runs the same bundle
 * uncached: the hand-made node:vm cache is gone (issue 28).
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockgrade, DOCKGRADE_BIN } from '../../fixtures/dockgrade-bin.js';
import { otherNodes } from '../../fixtures/other-nodes.js';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';

const scratch = mkdtempSync(join(tmpdir(), 'dockgrade-launch-'));
const snapshotFile = join(scratch, 'snapshot.json');
const checkLine = ['check', '2.2.1', '--snapshot', snapshotFile, '--format', 'json', '--no-journal', '--deterministic'];

beforeAll(() => {
  const snapshot = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7' })], images: [makeImage(['ubuntu:14.04']), makeImage(['centos:7'])] });
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function freshCacheDir(): string {
  return mkdtempSync(join(scratch, 'cache-'));
}

/** Every file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
}

describe('the launcher', () => {
  it('is built executable, for `npx dockgrade` in a clone', () => {
    expect(statSync(DOCKGRADE_BIN).mode & 0o111).toBe(0o111);
  });

  it("runs the bundle uncached on this machine's Node when it has no compile cache, writing no cache file", async () => {
    const dir = freshCacheDir();
    const run = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const hasCompileCache = Number(process.versions.node.split('.')[0]) >= 22;
    expect(readdirSync(dir).includes('compile-cache')).toBe(hasCompileCache);
    expect(readdirSync(dir).filter((name) => name.endsWith('.v8'))).toEqual([]);
  });

  describe.each(otherNodes())('on Node $major (module.enableCompileCache)', ({ path: node }) => {
    it("uses Node's compile cache and prints what an uncached run prints", async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir(), DOCKGRADE_CODE_CACHE: '0' }, { node });
      expect(reference.stderr).toBe('');
      const dir = freshCacheDir();
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      expect(readdirSync(dir)).toEqual(['compile-cache']);
      const [versionDir] = readdirSync(join(dir, 'compile-cache'));
      expect(versionDir).toMatch(/^v2\d\./);
      expect(filesUnder(join(dir, 'compile-cache')).length).toBeGreaterThan(0);
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // yargs (bundled ESM) and its Korean messages (dist/yargs-locales) through the cached bundle
      const help = await dockgrade(['--help', '--lang', 'ko'], { DOCKGRADE_CACHE_DIR: dir }, { node });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^명령:$/m);
    });

    it('runs the same on a damaged cache, without a usable cache directory, and writes nothing when turned off', async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir(), DOCKGRADE_CODE_CACHE: '0' }, { node });
      const dir = freshCacheDir();
      await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node });
      for (const file of filesUnder(join(dir, 'compile-cache'))) {
        const bytes = readFileSync(file);
        for (const offset of [Math.floor(bytes.length / 3), bytes.length - 3]) bytes[offset] ^= 0x10;
        writeFileSync(file, bytes);
      }
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      const off = freshCacheDir();
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: off, DOCKGRADE_CODE_CACHE: '0' }, { node })).toEqual(reference);
      expect(readdirSync(off)).toEqual([]);
      const blocked = join(scratch, `not-a-directory-${node.length}`);
      writeFileSync(blocked, '');
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') }, { node })).toEqual(reference);
    });
  });
});
