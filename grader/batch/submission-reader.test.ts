import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { sealSubmission } from '../cli/submit-command.js';
import { SubmissionSchema } from '../model/submission-schema.js';
import { submissionDigest } from '../io/submission-digest.js';
import { readSubmission } from './submission-reader.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | object): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const snapshot = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7' })] });
const journal = { kind: 'dockgrade.journal' as const, version: 1 as const, updatedAt: '2026-02-01T00:00:00Z', scopes: [] };
const sealed = sealSubmission({ ...snapshot, journal }, '2024001', 'kim', new Date('2026-02-20T00:00:00Z'));

describe('sealSubmission', () => {
  it('makes a valid, versioned submission whose digest covers everything but itself', () => {
    const parsed = SubmissionSchema.parse(JSON.parse(JSON.stringify(sealed)));
    expect(parsed).toMatchObject({ kind: 'dockgrade.submission', version: 1, student: '2024001', prefix: 'kim', engineId: 'ENGINE-ID', submittedAt: '2026-02-20T00:00:00.000Z' });
    expect(parsed.content.student).toBe('2024001');
    expect(parsed.content.journal).toEqual(journal);
    expect(submissionDigest(JSON.parse(JSON.stringify(sealed)))).toBe(sealed.digest.value);
  });

  it('digests canonical JSON: key order and whitespace do not matter, values do', () => {
    const plain = JSON.parse(JSON.stringify(sealed)) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(plain).reverse());
    expect(Object.keys(reordered)[0]).toBe('digest');
    expect(submissionDigest(reordered)).toBe(sealed.digest.value);
    expect(submissionDigest({ ...JSON.parse(JSON.stringify(sealed)), student: '2024002' })).not.toBe(sealed.digest.value);
  });
});

describe('readSubmission', () => {
  it('reads a sealed file, pretty-printed or not, and confirms its digest', async () => {
    const read = await readSubmission(file('ok.json', JSON.stringify(sealed, null, 2)));
    expect(read).toMatchObject({ ok: true, student: '2024001', prefix: 'kim', engineId: 'ENGINE-ID', toolVersion: '0.1.0', digestOk: true });
  });

  it('notices a hand edit', async () => {
    const edited = { ...sealed, content: { ...sealed.content, containers: [{ ...sealed.content.containers[0], tty: true }] } };
    expect(await readSubmission(file('edited.json', edited))).toMatchObject({ ok: true, digestOk: false });
  });

  it('grades a bare snapshot that names its student, with no digest', async () => {
    expect(await readSubmission(file('snap.json', { ...snapshot, student: 'x1' }))).toMatchObject({ ok: true, student: 'x1', digestOk: null });
    expect(await readSubmission(file('anon.json', snapshot))).toMatchObject({ ok: false, reason: expect.stringMatching(/^student: /) });
  });

  it.each([
    ['truncated', () => JSON.stringify(sealed).slice(0, 200), /^\(root\): truncated JSON/],
    ['not JSON', () => 'hello', /^\(root\): not valid JSON/],
    ['an array', () => '[1,2]', /^\(root\): expected a JSON object/],
    ['another kind', () => JSON.stringify({ kind: 'dockgrade.result', version: 1 }), /^kind: expected 'dockgrade\.submission', found "dockgrade\.result"$/],
    ['an old version', () => JSON.stringify({ ...sealed, version: 0 }), /^version: expected 1, found 0$/],
    ['a bad field', () => JSON.stringify({ ...sealed, content: { ...sealed.content, containers: 'nope' } }), /^content\.containers: /],
    ['a bad digest', () => JSON.stringify({ ...sealed, digest: { algorithm: 'md5', value: 'x' } }), /^digest\.algorithm: .*; digest\.value: expected 64 hex digits$/],
    ['an empty file', () => '', /^\(file\): empty file$/],
  ])('turns %s into an invalid row reason', async (name, content, reason) => {
    const read = await readSubmission(file(`${name}.json`, content()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('refuses an oversized file unread, and a missing one', async () => {
    const big = file('big.json', JSON.stringify(sealed));
    expect(await readSubmission(big, 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/^\(file\): 0\.0 MiB is over the 0\.0 MiB limit/) });
    expect(await readSubmission(join(dir, 'nope.json'))).toMatchObject({ ok: false, reason: '(file): no such file' });
  });

  it('keeps the student id of a file it cannot grade, when the file still says it', async () => {
    expect(await readSubmission(file('v99.json', { ...sealed, version: 99 }))).toMatchObject({ ok: false, student: '2024001' });
  });
});
