/**
 * The `dockgrade` executable's launcher (launch.cts): it runs the bundle from a V8 code cache made after
 * a run (node:vm), with Node's own compile cache (Node 22.1+, `module.enableCompileCache()`) for the
 * files required later, and never lets a cache change what a run prints or how it ends. On this
 * machine's Node 20 (below `engines`, kept for the tests) it runs the same bundle uncached.
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

  it('loads no node:os for a check of the engine where HOME is set (it took ~5 ms of every cold start), nor node:crypto', async () => {
    const list = join(scratch, 'modules.txt');
    const preload = join(scratch, 'modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const run = await dockgrade(['check', '2.2.1', '--no-probes', '--format', 'json'], { DOCKGRADE_CACHE_DIR: freshCacheDir(), DOCKGRADE_STATE_DIR: join(scratch, 'state'), NODE_OPTIONS: `--require ${preload}` });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const loaded = readFileSync(list, 'utf8').split('\n');
    // it read the engine and wrote the journal
    expect(loaded).toContain('NativeModule net');
    expect(readdirSync(join(scratch, 'state'))).toContain('journal.json');
    expect(loaded).not.toContain('NativeModule os');
    // nor node:crypto: a section's few journal digests are made in plain JS (journal.ts NATIVE_DIGESTS_FROM)
    expect(loaded).not.toContain('NativeModule crypto');
  });

  describe.each(otherNodes())('on Node $major (module.enableCompileCache)', ({ path: node }) => {
    it("uses the bundle's code cache and Node's compile cache, and prints what an uncached run prints", async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir(), DOCKGRADE_CODE_CACHE: '0' }, { node });
      expect(reference.stderr).toBe('');
      const dir = freshCacheDir();
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // (and the texts this build found clean of secrets, when it read any: grader/pipeline/clean-texts.ts)
      expect(readdirSync(dir).filter((name) => !/^clean-texts-book-[0-9a-f]{16,}\.json$/.test(name)).sort()).toEqual(['code-cache', 'compile-cache']);
      const [versionDir] = readdirSync(join(dir, 'compile-cache'));
      expect(versionDir).toMatch(/^v2\d\./);
      expect(filesUnder(join(dir, 'compile-cache')).length).toBeGreaterThan(0);
      // one file for the bundle, made after the run: it holds every function the run compiled
      const [codeCache, ...more] = filesUnder(join(dir, 'code-cache'));
      expect(more).toEqual([]);
      expect(codeCache).toMatch(/bundle-v2\d\.[^/]*\.v8$/);
      const made = readFileSync(codeCache);
      expect(made.subarray(0, 23).toString()).toBe('dockgrade-code-cache-2\n');
      expect(made.length).toBeGreaterThan(400_000);
      const writtenAt = statSync(codeCache, { bigint: true }).mtimeNs;
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // used, so not written again
      expect(statSync(codeCache, { bigint: true }).mtimeNs).toBe(writtenAt);
      expect(codeCache).toMatch(/-check\.v8$/);
      expect(made.toString('latin1', 0, 200)).toMatch(/\ncheck \d+ \d+\n/);
      // each kind of run keeps a cache of its own (another command, `check all`), and the check's stays as it was
      expect((await dockgrade(['list', '--format', 'json'], { DOCKGRADE_CACHE_DIR: dir }, { node })).code).toBe(0);
      const all = await dockgrade(['check', 'all', ...checkLine.slice(2)], { DOCKGRADE_CACHE_DIR: dir }, { node });
      expect(all.stderr).toBe('');
      const byKind = new Map(filesUnder(join(dir, 'code-cache')).map((file) => [/-([a-z-]+)\.v8$/.exec(file)?.[1], readFileSync(file)]));
      expect([...byKind.keys()].sort()).toEqual(['check', 'check-all', 'other']);
      for (const [kind, bytes] of byKind) expect(bytes.toString('latin1', 0, 200)).toContain(`\n${kind} `);
      expect(statSync(codeCache, { bigint: true }).mtimeNs).toBe(writtenAt);
      // what the check compiled, not list's functions or the other sections' as well
      expect(made.length).toBeLessThan(byKind.get('other')!.length);
      expect(made.length).toBeLessThan(byKind.get('check-all')!.length);
      expect(await dockgrade(['check', 'all', ...checkLine.slice(2)], { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(all);
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      expect(statSync(codeCache, { bigint: true }).mtimeNs).toBe(writtenAt);
      // yargs (bundled ESM) and its Korean messages (dist/yargs-locales) through the cached bundle
      const help = await dockgrade(['--help', '--lang', 'ko'], { DOCKGRADE_CACHE_DIR: dir }, { node });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^명령:$/m);
    });

    it("checks its cache with zlib's native CRC-32 and node:zlib's alike, loading no node:zlib, and warns of nothing under pending deprecations", async () => {
      const dir = freshCacheDir();
      const list = join(scratch, `zlib-modules-${node.length}.txt`);
      const preload = join(scratch, `zlib-modules-${node.length}.cjs`);
      writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
      const first = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir, NODE_OPTIONS: `--require ${preload}` }, { node });
      expect(first.stderr).toBe('');
      // the binding's checksum (process.binding): node:zlib's JavaScript is never loaded for it
      expect(readFileSync(list, 'utf8').split('\n')).not.toContain('NativeModule zlib');
      const [codeCache] = filesUnder(join(dir, 'code-cache'));
      const writtenAt = statSync(codeCache, { bigint: true }).mtimeNs;
      // under pending deprecations node:zlib checks it (process.binding would warn): the same checksum, so
      // the cache is used and not written again, and nothing is printed but the report
      for (const env of [{ NODE_PENDING_DEPRECATION: '1' }, { NODE_OPTIONS: '--pending-deprecation' }]) {
        expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir, ...env }, { node })).toEqual(first);
        expect(statSync(codeCache, { bigint: true }).mtimeNs).toBe(writtenAt);
      }
    });

    it("writes a check's cache only from a run that graded: never from `check --help` or a check that stopped at once", async () => {
      const dir = freshCacheDir();
      const kinds = () => filesUnder(join(dir, 'code-cache')).map((file) => /-([a-z-]+)\.v8$/.exec(file)?.[1]).sort();
      expect((await dockgrade(['check', '--help'], { DOCKGRADE_CACHE_DIR: dir }, { node })).code).toBe(0);
      // a selector that names nothing: a usage error before any grading
      expect((await dockgrade(['check', '9.9.9', ...checkLine.slice(2)], { DOCKGRADE_CACHE_DIR: dir }, { node })).code).toBe(2);
      expect(kinds()).toEqual(['other']);
      expect((await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).stderr).toBe('');
      expect(kinds()).toEqual(['check', 'other']);
      // what a grading compiled: the help's run had compiled a fraction of it (0.31 of 0.68 MB)
      const [check] = filesUnder(join(dir, 'code-cache')).filter((file) => file.endsWith('-check.v8'));
      expect(readFileSync(check).length).toBeGreaterThan(400_000);
    });

    it('runs the same on a damaged cache, without a usable cache directory, and writes nothing when turned off', async () => {
      const reference = await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: freshCacheDir(), DOCKGRADE_CODE_CACHE: '0' }, { node });
      const dir = freshCacheDir();
      await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node });
      for (const file of [...filesUnder(join(dir, 'compile-cache')), ...filesUnder(join(dir, 'code-cache'))]) {
        const bytes = readFileSync(file);
        for (const offset of [Math.floor(bytes.length / 3), bytes.length - 3]) bytes[offset] ^= 0x10;
        writeFileSync(file, bytes);
      }
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // a damaged code cache is not used: the run writes a good one again
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      // cut short, or made from another build (its id at the bundle's end differs)
      const [codeCache] = filesUnder(join(dir, 'code-cache'));
      const good = readFileSync(codeCache);
      writeFileSync(codeCache, good.subarray(0, Math.floor(good.length / 2)));
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      writeFileSync(codeCache, Buffer.from(good.toString('latin1').replace(/^(dockgrade-code-cache-2\n)[0-9a-f]/, '$1g'), 'latin1'));
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: dir }, { node })).toEqual(reference);
      expect(readFileSync(codeCache).toString('latin1', 0, 60)).toBe(good.toString('latin1', 0, 60));
      const off = freshCacheDir();
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: off, DOCKGRADE_CODE_CACHE: '0' }, { node })).toEqual(reference);
      expect(readdirSync(off)).toEqual([]);
      const blocked = join(scratch, `not-a-directory-${node.length}`);
      writeFileSync(blocked, '');
      expect(await dockgrade(checkLine, { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') }, { node })).toEqual(reference);
    });
  });
});
