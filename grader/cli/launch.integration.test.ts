/**
 * The `dockgrade` executable's launcher (launch.cts): it runs the bundle with a V8 code cache that it
 * writes once per build, Node version and kind of command, takes on later runs, replaces when V8
 * rejects it, and never lets a cache problem change what a run prints or how it ends.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    const kind = /^code-[0-9a-f]{16}-[0-9a-f]{16}-v[\d.]+-\w+-(check|other)\.v8$/.exec(name)?.[1];
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
    // the file name the launcher used before caches were keyed by the bundle's path and content
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

  describe("keyed by the bundle's own path and content (issue 13, item 11d)", () => {
    /** A copy of the built launcher and bundle under scratch/NAME (with the packages beside it), the bundle's text changed by `edit`. */
    function install(name: string, edit: (source: string) => string = (source) => source): string {
      const root = join(scratch, name);
      const launcher = join(root, 'dist', 'grader', 'cli', 'launch.cjs');
      mkdirSync(dirname(launcher), { recursive: true });
      copyFileSync(join(dirname(DOCKGRADE_BIN), 'launch.cjs'), launcher);
      writeFileSync(join(root, 'dist', 'dockgrade.cjs'), edit(readFileSync(join(dirname(DOCKGRADE_BIN), '..', '..', 'dockgrade.cjs'), 'utf8')));
      symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
      return launcher;
    }

    async function run(launcher: string, cacheDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
      try {
        const { stdout, stderr } = await promisify(execFile)('node', [launcher, ...checkLine], { env: { ...process.env, NO_COLOR: '1', DOCKGRADE_CACHE_DIR: cacheDir } });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }

    const checkCaches = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('-check.v8')).sort();

    it('the same build installed at two paths: one cache file each, neither removes the other', async () => {
      const dir = freshCacheDir();
      const a = install('same-a');
      const b = install('same-b');
      const first = await run(a, dir);
      expect(first.stderr).toBe('');
      expect(await run(b, dir)).toEqual(first);
      const files = checkCaches(dir);
      expect(files).toHaveLength(2);
      // both taken unchanged on the next runs (an accepted cache is not rewritten)
      const inodes = files.map((f) => statSync(join(dir, f)).ino);
      expect(await run(a, dir)).toEqual(first);
      expect(await run(b, dir)).toEqual(first);
      expect(checkCaches(dir)).toEqual(files);
      expect(files.map((f) => statSync(join(dir, f)).ino)).toEqual(inodes);
    });

    it('two builds that differ in content (with the same build id line) never share a cache file', async () => {
      const dir = freshCacheDir();
      const a = install('differ-a');
      // the same length and build id: only the bytes differ (V8 itself checks the length only)
      const b = install('differ-b', (source) => source.replace('dockgrade', 'DOCKGRADE'));
      const outA = await run(a, dir);
      const outB = await run(b, dir);
      expect(outA.stderr).toBe('');
      expect(outB.stderr).toBe('');
      expect(checkCaches(dir)).toHaveLength(2);
      // a bundle rebuilt in place: its old cache is replaced, the other install's is kept
      const before = checkCaches(dir);
      writeFileSync(join(dirname(a), '..', '..', 'dockgrade.cjs'), readFileSync(join(dirname(a), '..', '..', 'dockgrade.cjs'), 'utf8').replace('dockgrade', 'dockgradE'));
      expect((await run(a, dir)).stderr).toBe('');
      const after = checkCaches(dir);
      expect(after).toHaveLength(2);
      expect(after.filter((f) => before.includes(f))).toHaveLength(1);
    });
  });
});
