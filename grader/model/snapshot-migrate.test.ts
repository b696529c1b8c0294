/**
 * Snapshot files of version 1 (written by dockgrade before objects beyond containers) are still read:
 * migrated to the current version, graded the same, as a `--snapshot` file, a bare snapshot handed in
 * for grading, and a submission's content (whose digest covers the file as it was written).
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshotFile } from '../io/snapshot-file.js';
import { submissionDigest } from '../io/submission-digest.js';
import { toSubmission } from '../batch/submission-reader.js';
import { gradeExercise } from '../check/run.js';
import { EXERCISES } from '../../exercises/index.js';
import { SNAPSHOT_VERSION, SnapshotFileSchema, SnapshotSchema } from './snapshot-schema.js';
import { migrateSnapshot, OLDEST_SNAPSHOT_VERSION } from './snapshot-migrate.js';

/** A real version-1 snapshot (2.2.5's recording, with a v1 network, two v1 volumes and an image HEALTHCHECK added). */
const V1_FILE = new URL('../../fixtures/snapshots/snapshot-v1.json', import.meta.url).pathname;
const v1 = () => JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, any>;

describe('a version-1 snapshot file', () => {
  it('is of the old version, which the current schema alone refuses', () => {
    expect(v1().version).toBe(1);
    expect(OLDEST_SNAPSHOT_VERSION).toBe(1);
    expect(SNAPSHOT_VERSION).toBe(2);
    expect(SnapshotSchema.safeParse(v1()).success).toBe(false);
  });

  it('is read as the current version, saying it was migrated, with the added fields at "not set"', () => {
    const snapshot = readSnapshotFile(V1_FILE);
    expect(snapshot.version).toBe(2);
    expect(snapshot.migratedFrom).toBe(1);
    const db = snapshot.containers.find((c) => c.name.endsWith('wordpressdb'))!;
    expect(db.resources).toMatchObject({ memory: 0, memoryReservation: 0, memorySwappiness: null, blkioWeight: 0, devices: [], pidsLimit: null, oomKillDisable: false });
    expect(db.state).toMatchObject({ oomKilled: false, healthFailingStreak: 0 });
    expect([db.restartCount, db.privileged, db.healthcheck, db.stopSignal]).toEqual([0, false, null, '']);
    expect(snapshot.engine).toMatchObject({ ncpu: 0, memTotal: 0, loggingDriver: '', securityOptions: [], limits: { memory: false, swap: false } });
    // the old values are kept as they were
    expect(db.env.MYSQL_DATABASE).toBe('wordpress');
    expect(snapshot.engine.serverVersion).toBe(v1().engine.serverVersion);
  });

  it('gets the relations the collector computes: a network\'s containers, a volume\'s users, anonymity, dangling', () => {
    const snapshot = readSnapshotFile(V1_FILE);
    const wordpress = snapshot.containers.find((c) => c.name.endsWith('-wordpress'))!;
    const anonymous = wordpress.mounts[0].name!;
    expect(snapshot.networks[0]).toMatchObject({ name: 'bridge', created: '', enableIPv6: false });
    expect(snapshot.networks[0].containers).toEqual(snapshot.containers.filter((c) => c.networks.bridge).map((c) => c.name).sort());
    expect(snapshot.networks[0].containers.length).toBeGreaterThan(0);
    expect(snapshot.volumes.find((v) => v.name === anonymous)).toMatchObject({ anonymous: true, usedBy: [wordpress.name] });
    expect(snapshot.volumes.find((v) => v.name === 'myvolume')).toMatchObject({ anonymous: false, usedBy: [] });
    expect(snapshot.images.map((i) => [i.dangling, i.history, i.config.shell])).toEqual(snapshot.images.map(() => [false, [], null]));
  });

  it("moves an image's HEALTHCHECK test into the healthcheck object, and marks its events as container events", () => {
    const snapshot = readSnapshotFile(V1_FILE);
    expect(snapshot.images[0].config.healthcheck).toEqual({ test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 0, timeout: 0, startPeriod: 0, retries: 0 });
    expect(snapshot.events!.items.length).toBeGreaterThan(0);
    for (const event of snapshot.events!.items) expect(event).toMatchObject({ type: 'container', id: event.containerId });
  });

  it('grades as it did: 2.2.5/link-dependency passes on its recording', async () => {
    const exercise = EXERCISES.find((e) => e.id === '2.2.5/link-dependency')!;
    const result = await gradeExercise(exercise, readSnapshotFile(V1_FILE), { prefix: 'dgt-ex-5e8f83-' });
    expect(result.checks.map((c) => [c.id, c.status]).filter(([, status]) => status !== 'pass' && status !== 'skip')).toEqual([]);
    expect(result.status).toBe('pass');
  });

  it('is accepted bare for batch grading and as the content of a version-1 submission, its digest intact', async () => {
    const bare = await toSubmission('bare.json', v1());
    expect(bare.ok && bare.snapshot.version).toBe(2);
    const document: Record<string, unknown> = { kind: 'dockgrade.submission', version: 1, tool: { name: 'dockgrade', version: '0.1.0' }, student: '2026001', prefix: 'dgt-ex-5e8f83-', engineId: v1().engine.id, submittedAt: '2026-11-30T07:03:00.000Z', content: v1() };
    document.digest = { algorithm: 'sha256', value: submissionDigest(document) };
    const read = await toSubmission('sub.json', document);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([read.snapshot.version, read.snapshot.migratedFrom, read.digestOk]).toEqual([2, 1, true]);
  });

  it('a file of a newer version is refused with one line; the current version passes through unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-migrate-'));
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...v1(), version: 3 }));
    expect(() => readSnapshotFile(newer)).toThrow(/version: 3 is newer than this dockgrade reads \(2\)/);
    const current = readSnapshotFile(V1_FILE);
    expect(migrateSnapshot(current)).toBe(current);
    expect(SnapshotFileSchema.parse(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });

  it('never throws on hostile input: what is not a snapshot is left for the schema to refuse', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (containers, images) => {
        const data = { ...v1(), containers, images, networks: containers, volumes: images, engine: containers, events: { items: images } };
        expect(() => migrateSnapshot(data)).not.toThrow();
        expect(() => SnapshotFileSchema.safeParse(data)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    for (const odd of [null, 1, 'x', [], { kind: 'dockgrade.snapshot', version: 1 }, { kind: 'other', version: 1 }]) expect(() => migrateSnapshot(odd)).not.toThrow();
  });
});
