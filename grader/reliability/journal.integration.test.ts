/**
 * The progress journal under faults, with the real CLI and engine: a corrupt journal or one from a
 * future version is kept aside byte for byte, warned about in one inert line, and a fresh one started;
 * an engine that dies or stalls mid-run leaves the journal exactly as it was (nothing half-recorded,
 * no temp file left).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startEngineProxy } from '../../fixtures/engine-proxy.js';
import { runCli } from '../../fixtures/run-cli.js';
import { makeNames } from '../check/names.js';

const prefix = uniquePrefix('rl');
const section = '2.2.1';
let faults = 0;

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.section === section)) await applySteps(exercise.solution(makeNames(prefix)));
}, 120_000);

afterAll(async () => {
  await removeByPrefix(prefix);
  console.log(`[reliability] journal: ${faults} journal faults injected (corrupt, future version, engine killed, engine stalled), journal kept every time`);
});

function stateDir(): string {
  return mkdtempSync(join(tmpdir(), 'dockgrade-rl-state-'));
}

describe('a journal that cannot be used', () => {
  it.each([
    ['corrupt (garbage with escapes)', Buffer.from('{"kind":"dockgrade.journal",\u001b[2J\u001b]0;owned\u0007 \xff\xfe', 'latin1'), 'corrupt'],
    ['from a future version', Buffer.from(JSON.stringify({ kind: 'dockgrade.journal', version: 99, exercises: { 'x/y': 'kept' } })), 'future'],
  ])('%s: kept aside byte for byte, one inert warning, a fresh journal', async (_, content, tag) => {
    const dir = stateDir();
    writeFileSync(join(dir, 'journal.json'), content);
    const run = await runCli(['check', section, '--prefix', prefix], { DOCKGRADE_STATE_DIR: dir });
    expect(run.code).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^dockgrade: warning: journal .* kept as journal\\.json\\.${tag}-\\d{8}T\\d{6}Z, starting a new one$`));
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const aside = readdirSync(dir).find((f) => f.startsWith(`journal.json.${tag}-`))!;
    expect(readFileSync(join(dir, aside))).toEqual(content);
    expect(JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')).kind).toBe('dockgrade.journal');
    expect(readdirSync(dir).sort()).toEqual([aside, 'journal.json'].sort());
    faults++;
  });
});

describe('the engine failing mid-run leaves the journal as it was', () => {
  async function journalAfterGoodRun(): Promise<{ dir: string; before: Buffer }> {
    const dir = stateDir();
    const first = await runCli(['check', section, '--prefix', prefix], { DOCKGRADE_STATE_DIR: dir });
    expect(first.code).toBe(0);
    return { dir, before: readFileSync(join(dir, 'journal.json')) };
  }

  it.each([[2], [6], [15], [30]])('killed after %i requests', async (n) => {
    const { dir, before } = await journalAfterGoodRun();
    const proxy = await startEngineProxy({ dieAfter: n });
    try {
      const run = await runCli(['check', section, '--prefix', prefix], { DOCKGRADE_STATE_DIR: dir, DOCKER_HOST: proxy.url });
      if (!proxy.dead) return void expect(run.code).toBe(0); // the run fitted in n requests
      expect(run.code).toBe(3);
      expect(readFileSync(join(dir, 'journal.json'))).toEqual(before);
      expect(readdirSync(dir)).toEqual(['journal.json']);
      faults++;
    } finally {
      await proxy.close();
    }
  });

  it('stalled past --timeout', async () => {
    const { dir, before } = await journalAfterGoodRun();
    const proxy = await startEngineProxy({ delayMs: 800 });
    try {
      const run = await runCli(['check', section, '--prefix', prefix, '--timeout', '2'], { DOCKGRADE_STATE_DIR: dir, DOCKER_HOST: proxy.url });
      expect(run.code).toBe(3);
      expect(readFileSync(join(dir, 'journal.json'))).toEqual(before);
      expect(readdirSync(dir)).toEqual(['journal.json']);
      faults++;
    } finally {
      await proxy.close();
    }
  });
});
