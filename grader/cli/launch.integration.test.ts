/**
 * The `dockgrade` executable's launcher (launch.cts): it runs the bundle with a V8 code cache that it
 * writes once per build, Node version and kind of command, takes on later runs, replaces when V8
 * rejects it, and never lets a cache problem change what a run prints or how it ends.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The code cache files in `dir`, by kind (`check` or `other`). */
function cacheFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const kind = /^code-[0-9a-f]+-v[\d.]+-\w+-(check|other)\.v8$/.exec(name)?.[1];
    if (kind) files[kind] = join(dir, name);
  }
  return files;
}

describe('the launcher and its code cache', () => {
  it('is built executable, for `npx dockgrade` in a clone', () => {
    expect(statSync(DOCKGRADE_BIN).mode & 0o111).toBe(0o111);
  });

  it('writes the cache on the first run of each kind, and takes it unchanged on the next', async () => {
    const dir = freshCacheDir();
    const first = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const written = cacheFiles(dir);
    expect(Object.keys(written)).toEqual(['check']);
    const before = statSync(written.check);
    expect(before.size).toBeGreaterThan(10_000);

    const second = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    expect(second).toEqual(first);
    // accepted: not rewritten (a rewrite renames a new file into place)
    expect(statSync(written.check).ino).toBe(before.ino);

    // another kind of command gets its own cache, and runs yargs (an ESM package) through the launcher's import hook
    const list = await dockgrade(['list', '--format', 'json'], { DOCKGRADE_CACHE_DIR: dir });
    expect(list.code).toBe(0);
    expect(Object.keys(cacheFiles(dir)).sort()).toEqual(['check', 'other']);
    const listAgain = await dockgrade(['list', '--format', 'json'], { DOCKGRADE_CACHE_DIR: dir });
    expect(listAgain).toEqual(list);
    expect(JSON.parse(list.stdout)).toBeTruthy();
  });

  it('replaces a corrupt cache and prints the same as before', async () => {
    const dir = freshCacheDir();
    const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    const file = cacheFiles(dir).check;
    writeFileSync(file, Buffer.alloc(4096, 7));
    const before = statSync(file).ino;
    const run = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    expect(run).toEqual(reference);
    expect(statSync(file).ino).not.toBe(before);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('never runs a damaged cache: a flipped bit anywhere in it gives the same output and a rewritten cache', async () => {
    const dir = freshCacheDir();
    const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
    const file = cacheFiles(dir).check;
    const good = readFileSync(file);
    // V8 checks versions and lengths, not bytes: without our checksum some of these crashed the run
    for (const offset of [5, 1000, Math.floor(good.length / 3), Math.floor(good.length / 2), good.length - 3]) {
      const damaged = Buffer.from(good);
      damaged[offset] ^= 0x10;
      writeFileSync(file, damaged);
      const run = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir });
      expect({ offset, ...run }).toEqual({ offset, ...reference });
      expect(readFileSync(file).equals(damaged)).toBe(false);
    }
  });

  it('runs the same without a usable cache directory, and writes nothing when turned off', async () => {
    const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir() });
    const blocked = join(scratch, 'a-file-not-a-directory');
    writeFileSync(blocked, '');
    expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') })).toEqual(reference);

    const readOnly = freshCacheDir();
    chmodSync(readOnly, 0o500);
    try {
      // root may write anyway; either way the run is the same
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: readOnly })).toEqual(reference);
    } finally {
      chmodSync(readOnly, 0o700);
    }

    const off = freshCacheDir();
    expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: off, DOCKGRADE_CODE_CACHE: '0' })).toEqual(reference);
    expect(readdirSync(off)).toEqual([]);
  });

  it('keeps one build in the cache: a cache of another build is removed when this one is written', async () => {
    const dir = freshCacheDir();
    const stale = join(dir, `code-${'0'.repeat(32)}-${process.version}-${process.arch}-check.v8`);
    writeFileSync(stale, 'old build');
    const other = join(dir, 'engine-var-run-docker.sock.json');
    writeFileSync(other, '{}');
    expect((await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir })).stderr).toBe('');
    expect(readdirSync(dir)).not.toContain(`code-${'0'.repeat(32)}-${process.version}-${process.arch}-check.v8`);
    expect(readdirSync(dir)).toContain('engine-var-run-docker.sock.json');
    expect(Object.keys(cacheFiles(dir))).toEqual(['check']);
  });

  describe.each(otherNodes())('on Node $major (module.enableCompileCache)', ({ path: node }) => {
    it("uses Node's compile cache instead of its own files, and prints what Node 20 prints", async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir() });
      const dir = freshCacheDir();
      const first = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node });
      expect(first).toEqual(reference);
      // Node's own cache directory, none of the launcher's files
      expect(readdirSync(dir)).toEqual(['compile-cache']);
      const [versionDir] = readdirSync(join(dir, 'compile-cache'));
      expect(versionDir).toMatch(/^v2\d\./);
      expect(readdirSync(join(dir, 'compile-cache', versionDir)).length).toBeGreaterThan(0);
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // yargs (ESM) through a plain import() in the required bundle
      const list = await dockgrade(['list', '--format', 'json'], { DOCKGRADE_CACHE_DIR: dir }, { node });
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toBeTruthy();
    });

    it('writes nothing when turned off, and runs the same without a usable cache directory', async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir() });
      const off = freshCacheDir();
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: off, DOCKGRADE_CODE_CACHE: '0' }, { node })).toEqual(reference);
      expect(readdirSync(off)).toEqual([]);
      const blocked = join(scratch, `not-a-directory-${node.length}`);
      writeFileSync(blocked, '');
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') }, { node })).toEqual(reference);
    });
  });
});
