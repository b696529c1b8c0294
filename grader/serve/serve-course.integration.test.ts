/**
 * `dockgrade serve --course DIR` on the real engine, read through the board's event stream and exports
 * (the page itself is proven in Chromium by serve.integration.test.ts): two students under prefixes,
 * each row graded with the values of its own student; alice creates her web container with her own
 * port and only her row changes, her port check passing; bob's row stays; the gradebook export is on
 * the course's points scale and carries the course's exercises, her 2/db at 0 (no lab-db: names are exact). Everything is `dgt-teach-…`, removed after.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { BIN } from '../../fixtures/run-cli.js';
import type { RowView } from '../../reports/board-view.js';
import { loadCourse } from '../course/course-loader.js';

const PACK = 'fixtures/course-pack';
const prefix = uniquePrefix('teach');
const PORT = 18320;
const alice = `${prefix}alice`;
const bob = `${prefix}bob`;

afterAll(async () => {
  await removeByPrefix(prefix);
});

function get(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: PORT, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

describe('dockgrade serve --course', () => {
  it("grades each row with its own student's values and the course's scale; a student's command changes their row only", async () => {
    const child = spawn('node', [BIN, 'serve', '--course', PACK, '--prefixes', `${alice},${bob}`, '--listen', `127.0.0.1:${PORT}`, '--no-probes', '--lang', 'en'], { env: { ...process.env, NO_COLOR: '1' } });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    try {
      for (let waited = 0; !out.includes('board of 2 students'); waited += 50) {
        if (waited > 30_000 || child.exitCode !== null) throw new Error(`serve did not start: ${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const rows = new Map<string, RowView>();
      const seen: RowView[] = [];
      const stream = request({ host: '127.0.0.1', port: PORT, path: '/events' }, (res) => {
        let buffer = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const data = /^event: row\ndata: (.*)$/m.exec(buffer.slice(0, end))?.[1];
            buffer = buffer.slice(end + 2);
            if (!data) continue;
            const view = JSON.parse(data) as RowView;
            rows.set(view.id, view);
            seen.push(view);
          }
        });
      });
      stream.end();
      const until = async (ok: () => boolean, what: string) => {
        for (let waited = 0; !ok(); waited += 50) {
          if (waited > 20_000) throw new Error(`timed out: ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      await until(() => rows.get(alice)?.state === 'graded' && rows.get(bob)?.state === 'graded', 'both rows graded');
      expect({ alice: rows.get(alice)!.points, bob: rows.get(bob)!.points, cells: rows.get(alice)!.cells.map((c) => c.text) }).toEqual({ alice: 0, bob: 0, cells: ['✘ 0/38.46', '✘ 0/30.76'] });
      const before = seen.length;

      // alice's own port, from her student id (the row's id)
      const port = loadCourse(PACK, alice, {}).course!.values.find((v) => v.helper === 'port 18300-18399')!.value;
      await docker(['run', '-d', '-i', '-t', '--name', `${alice}-lab-web`, '-p', `${port}:80`, 'ubuntu:14.04']);
      await until(() => seen.slice(before).some((v) => v.id === alice && v.points > 0), "alice's row changed");
      await new Promise((r) => setTimeout(r, 500));
      expect(seen.slice(before).filter((v) => v.id === bob)).toEqual([]);
      expect({ bob: rows.get(bob)!.points }).toEqual({ bob: 0 });

      // the export: the course's exercises, on its scale (probes off: the two 2-point probe checks are out of the maximum)
      const csv = (await get('/grades.csv')).replace(/^\uFEFF/, '').split('\r\n');
      expect(csv[0]).toMatch(/^"student_id","name","email","1\/web","2\/db","total","max",/);
      const aliceLine = csv.find((line) => line.startsWith(`"${alice}"`))!;
      const [, , , web, db, total, max] = aliceLine.split(',').map((cell) => cell.replace(/"/g, ''));
      // exists, image, her port and running (1+1+2+1 of the course's 13 points) of 100
      expect(Number(web)).toBeCloseTo((5 * 100) / 13, 1);
      // 2/db earns nothing: a course's target is graded by its exact name only, so lab-web (1/web's
      // container) never stands in for lab-db (the book's near-miss grading would give it lab-db's running point)
      expect(db).toBe('0');
      expect(Number(total)).toBe(Number(web));
      expect(Number(max)).toBeCloseTo(100 - (4 * 100) / 13, 0);
      expect(rows.get(alice)!.points).toBe(Number(total));
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
