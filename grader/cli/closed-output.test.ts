/**
 * A reader that goes away early (`dockgrade … | head -1`) must cost only the printed lines: no EPIPE
 * stack trace, the same exit code, and every file the command writes (grader/core/closed-output.ts).
 * Runs the built executable (dist/) with a stdout pipe that is closed before the first line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass } from '../../fixtures/class-generator.js';
import { DOCKGRADE_BIN } from '../../fixtures/dockgrade-bin.js';

/** Runs dockgrade with its stdout closed by the reader at once; resolves with the exit code and stderr. */
function runWithClosedReader(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [DOCKGRADE_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before anything is printed
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed stdout', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgrade-closed-output-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('grade writes its gradebook and reports and exits as it would have', async () => {
    const generated = generateClass({ dir: join(dir, 'class'), count: 6, specials: false });
    const out = join(dir, 'out');
    const run = await runWithClosedReader(['grade', generated.submissionsDir, '--roster', generated.rosterFile, '--output-dir', out]);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect([0, 1]).toContain(run.code);
    expect(existsSync(join(out, 'grades.csv'))).toBe(true);
    expect(existsSync(join(out, 'class.html'))).toBe(true);
    expect(readdirSync(join(out, 'students')).length).toBeGreaterThanOrEqual(generated.students.length);
  });

  it.each([[['list']], [['--help']], [['explain', '2.2.1/run-ubuntu']]])('%j exits 0 with nothing on stderr', async (args) => {
    const run = await runWithClosedReader(args);
    expect(run).toEqual({ code: 0, stderr: '' });
  });
});
