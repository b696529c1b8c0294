/**
 * Hostile input: the snapshot reader (and, through the same helpers, every reader of a file a user
 * hands us) either parses or rejects with one inert `FILE: path: message` line. Thousands of cases,
 * fixed seed, a few seconds. Figures go to the console as a `[reliability] fuzz` summary line.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertInertRejection, fuzzFileBytes, fuzzRuns, fuzzValues, HOSTILE_STRINGS, mutatedDocument, type FuzzStats } from '../../fixtures/fuzz-input.js';
import { makeContainer, makeImage, makeNetwork, makeSnapshot, makeVolume } from '../../fixtures/snapshot-factory.js';
import { formatIssues, MAX_INPUT_BYTES, parseVersioned, readJsonFile } from './input-file.js';
import { readSnapshotFile } from './snapshot-file.js';
import { SNAPSHOT_KIND, SNAPSHOT_VERSION, SnapshotSchema } from '../model/snapshot-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'dockgrade-fuzz-'));
const totals: Record<string, FuzzStats> = {};

function seedSnapshot() {
  const snapshot = makeSnapshot({
    containers: [
      makeContainer({
        name: 'web',
        env: { A: '1' },
        labels: { l: 'v' },
        ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '8080' }] },
        portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] },
        mounts: [{ type: 'volume', name: 'v', source: '/s', destination: '/d', mode: '', rw: true }],
        logTail: ['line'],
      }),
    ],
    images: [makeImage(['ubuntu:14.04'])],
  });
  snapshot.networks = [makeNetwork('bridge', { id: 'n', ipam: { driver: 'default', config: [{ subnet: '172.17.0.0/16', ipRange: '', gateway: '172.17.0.1' }] } })];
  snapshot.volumes = [makeVolume('v', { mountpoint: '/m', usedBy: ['web'] })];
  snapshot.probes = [{ key: 'http:web:80/tcp', kind: 'http', takenAt: '', outcome: 'ok', code: 200, output: '<html>', detail: '' }];
  return snapshot;
}

const parseSnapshot = (value: unknown, file: string) => parseVersioned(file, value, SnapshotSchema, SNAPSHOT_KIND, SNAPSHOT_VERSION);

afterAll(() => {
  const all = Object.values(totals);
  const cases = all.reduce((n, s) => n + s.cases, 0);
  const ms = all.reduce((n, s) => n + s.ms, 0);
  const detail = Object.entries(totals).map(([name, s]) => `${name} ${s.cases} (${s.parsed} parsed, ${s.rejected} rejected)`).join('; ');
  console.log(`[reliability] fuzz: ${cases} cases in ${ms} ms, 0 uncaught — ${detail}`);
});

describe('fuzzing the snapshot reader', () => {
  it('the seed is a valid snapshot (so mutations start from something that parses)', () => {
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(seedSnapshot())), 's.json')).not.toThrow();
  });

  it('arbitrary bytes in a file', () => {
    totals['bytes'] = fuzzFileBytes(readSnapshotFile, join(dir, 'bytes.json'), fuzzRuns(1500));
    expect(totals['bytes'].rejected).toBeGreaterThan(0);
  });

  it('arbitrary JSON text, as text (BOM, nesting, unicode)', () => {
    const text = fc.oneof(fc.json({ maxDepth: 4 }), fc.constantFrom('\uFEFF{}', '[]', '"', '{"kind":"dockgrade.snapshot"', 'null', '1e999'));
    totals['json text'] = fuzzValues(text, (content, name) => {
      writeFileSync(name, content);
      return readSnapshotFile(name);
    }, fuzzRuns(1500), join(dir, 'text.json'));
    expect(totals['json text'].cases).toBe(fuzzRuns(1500));
  });

  it('arbitrary values with the right kind and version', () => {
    const value = fc.record({ kind: fc.constant(SNAPSHOT_KIND), version: fc.oneof(fc.constant(SNAPSHOT_VERSION), fc.integer(), fc.string()) }).chain((head) =>
      fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 3 }), { maxKeys: 8 }).map((rest) => ({ ...rest, ...head })),
    );
    totals['values'] = fuzzValues(value, parseSnapshot, fuzzRuns(2000));
  });

  it('a valid snapshot with one value anywhere replaced (hostile strings, wrong types, huge)', () => {
    totals['mutations'] = fuzzValues(mutatedDocument(seedSnapshot()), parseSnapshot, fuzzRuns(4000));
    // Some mutations keep the document valid (a string for a string): both outcomes are exercised.
    expect(totals['mutations'].parsed).toBeGreaterThan(0);
    expect(totals['mutations'].rejected).toBeGreaterThan(0);
  });
});

describe('bounds on what a hostile file can make us hold', () => {
  it('a file over the size cap is refused before it is read', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_INPUT_BYTES + 1); // sparse: instant, takes no disk
    const started = Date.now();
    expect(() => readJsonFile(file)).toThrow(`${file}: ${MAX_INPUT_BYTES + 1} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([['/dev/zero'], ['/dev/urandom']])('a device that never ends (%s) is refused, not read', (device) => {
    expect(() => readJsonFile(device)).toThrow(`${device}: not a regular file`);
  });

  it('a FIFO is refused without blocking on it', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readJsonFile(fifo)).toThrow(`${fifo}: not a regular file`);
  });

  it('a directory is refused', () => {
    expect(() => readJsonFile(dir)).toThrow(`${dir}: not a regular file`);
  });

  it('arrays over the item cap and strings over the length cap are rejected by path', () => {
    const many = { ...JSON.parse(JSON.stringify(seedSnapshot())), volumes: Array.from({ length: 20_001 }, (_, i) => ({ name: `v${i}`, driver: 'local', mountpoint: '', scope: 'local', labels: {}, options: {} })) };
    expect(() => parseSnapshot(many, 'f.json')).toThrow(/^f\.json: volumes: Too big/);
    const long = JSON.parse(JSON.stringify(seedSnapshot()));
    long.containers[0].name = 'x'.repeat(1_000_001);
    expect(() => parseSnapshot(long, 'f.json')).toThrow(/^f\.json: containers\.0\.name: Too big/);
  });

  it('deep nesting is rejected or parsed, never a stack overflow escaping', () => {
    const file = join(dir, 'deep.json');
    writeFileSync(file, `{"kind":"dockgrade.snapshot","version":1,"journal":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    try {
      readSnapshotFile(file);
    } catch (error) {
      assertInertRejection(error, file);
    }
  });
});

describe('messages quote hostile keys inert', () => {
  it('a `__proto__` key pollutes nothing (zod drops it)', () => {
    const text = JSON.stringify(seedSnapshot()).replace('"env":{"A":"1"}', '"env":{"__proto__":{"polluted":"yes"},"A":"1"}');
    const parsed = parseSnapshot(JSON.parse(text), 'f.json');
    expect((parsed.containers[0].env as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(HOSTILE_STRINGS.filter((s) => s.length < 1000 && s !== '__proto__').map((s) => [s]))('key %j', (key) => {
    const snapshot = JSON.parse(JSON.stringify(seedSnapshot()));
    snapshot.containers[0].env = { [key]: 42 };
    let message = '';
    try {
      parseSnapshot(snapshot, 'f.json');
    } catch (error) {
      assertInertRejection(error, 'f.json');
      message = (error as Error).message;
    }
    expect(message).toMatch(/^f\.json: containers\.0\.env\./);
  });

  it('formatIssues cuts long keys and messages', () => {
    const line = formatIssues([{ path: ['a', 'k'.repeat(5000)], message: 'm'.repeat(5000) }]);
    expect(line.length).toBeLessThan(400);
  });
});
