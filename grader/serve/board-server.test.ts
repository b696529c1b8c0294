/**
 * The board's web server with a board of its own (no engine): loopback only by Host unless a token
 * is required; the token by query once (then a cookie) or bearer, wrong or missing refused; GET only;
 * the page's script allowed by its nonce alone; every row first on the event stream, then each change;
 * the exports and a student's report where the server says; --listen read as HOST:PORT.
 */
import { request } from 'node:http';
import type { RowView } from '../../reports/board-view.js';
import { isLoopback, parseListen, startBoardServer, tokenMatches, type BoardServer, type BoardSource } from './board-server.js';

function view(index: number, points: number): RowView {
  return { index, id: `s${index}`, name: '', state: 'graded', stateLabel: 'live', reason: '', points, maxPoints: 10, changedAt: '2026-12-05T10:00:00.000Z', cells: [{ state: 'never', text: `✘ ${points}/10`, title: 'x' }] };
}

function fakeSource() {
  const listeners = new Set<(v: RowView) => void>();
  const rows = [view(0, 1), view(1, 2)];
  const source: BoardSource = {
    page: (nonce) => `<!doctype html><p>board</p><script nonce="${nonce}"></script>`,
    views: () => rows,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    studentHtml: async (index) => (index < rows.length ? `<p>report ${index}</p>` : null),
    gradebookCsv: async () => 'student_id,points\ns0,1\n',
    classHtml: async () => '<p>class</p>',
  };
  return { source, push: (v: RowView) => listeners.forEach((l) => l(v)), listeners };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads an event stream until `until` says its text is enough. */
function stream(port: number, headers: Record<string, string>, until: (text: string) => boolean, during?: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/events', headers }, (res) => {
      let text = '';
      let poked = false;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (!poked && during && text.split('event: row').length - 1 >= 2) {
          poked = true;
          during();
        }
        if (until(text)) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const servers: BoardServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('board server on loopback', () => {
  let server: BoardServer;
  let fake: ReturnType<typeof fakeSource>;
  beforeAll(async () => {
    fake = fakeSource();
    server = await startBoardServer({ source: fake.source, listen: { host: '127.0.0.1', port: 0 }, token: null, lang: 'en' });
    servers.push(server);
  });

  it('serves the page with a nonce-only script policy, and the reports with no script at all', async () => {
    const page = await get(server.address.port, '/');
    expect(page.status).toBe(200);
    const nonce = /nonce="([^"]+)"/.exec(page.body)![1];
    expect(page.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // a fresh nonce per page
    expect((await get(server.address.port, '/')).body).not.toContain(nonce);
    const report = await get(server.address.port, '/students/1');
    expect([report.status, report.body]).toEqual([200, '<p>report 1</p>']);
    expect(report.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(report.headers['content-security-policy']).not.toContain('script-src');
    expect((await get(server.address.port, '/students/2')).status).toBe(404);
    expect((await get(server.address.port, '/students/-1')).status).toBe(404);
    expect((await get(server.address.port, '/nothing')).status).toBe(404);
  });

  it('exports the gradebook and the class report as downloads', async () => {
    const csv = await get(server.address.port, '/grades.csv');
    expect([csv.status, csv.headers['content-type'], csv.headers['content-disposition'], csv.body]).toEqual([200, 'text/csv; charset=utf-8', 'attachment; filename="grades.csv"', 'student_id,points\ns0,1\n']);
    const html = await get(server.address.port, '/class.html');
    expect([html.status, html.headers['content-disposition']]).toEqual([200, 'attachment; filename="class.html"']);
  });

  it('answers GET (and HEAD) only', async () => {
    expect((await get(server.address.port, '/', {}, 'POST')).status).toBe(405);
    expect((await get(server.address.port, '/grades.csv', {}, 'DELETE')).status).toBe(405);
    expect((await get(server.address.port, '/', {}, 'HEAD')).status).toBe(200);
  });

  it('refuses a Host that is not this machine (a name rebound to 127.0.0.1 by another site)', async () => {
    const port = server.address.port;
    expect((await get(port, '/', { Host: `evil.example:${port}` })).status).toBe(421);
    expect((await get(port, '/board.json', { Host: `evil.example:${port}` })).status).toBe(421);
    expect((await get(port, '/', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await get(port, '/', { Host: `[::1]:${port}` })).status).toBe(200);
  });

  it('streams every row first, then each row that changes, and forgets a closed stream', async () => {
    const text = await stream(
      server.address.port,
      {},
      (t) => t.includes('"points":9'),
      () => fake.push(view(1, 9)),
    );
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)) as RowView);
    expect(rows.map((r) => [r.index, r.points])).toEqual([
      [0, 1],
      [1, 2],
      [1, 9],
    ]);
    expect(text.startsWith('retry: 2000\n\n')).toBe(true);
    for (let i = 0; i < 50 && fake.listeners.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.listeners.size).toBe(0);
  });
});

describe('board server beyond loopback: the token', () => {
  const TOKEN = 'k'.repeat(43);
  let server: BoardServer;
  beforeAll(async () => {
    server = await startBoardServer({ source: fakeSource().source, listen: { host: '0.0.0.0', port: 0 }, token: TOKEN, lang: 'ko' });
    servers.push(server);
  });

  it('says so in the address it gives', () => {
    expect(server.url).toBe(`http://0.0.0.0:${server.address.port}/?token=${TOKEN}`);
  });

  it('refuses every page without it, and with a wrong one, in the board language', async () => {
    const port = server.address.port;
    for (const path of ['/', '/events', '/board.json', '/students/0', '/grades.csv', '/class.html']) {
      const answer = await get(port, path);
      expect([path, answer.status]).toEqual([path, 401]);
      expect(answer.body).toContain('토큰이 필요합니다');
      expect(answer.body).not.toContain(TOKEN);
    }
    expect((await get(port, `/?token=${'k'.repeat(42)}`)).status).toBe(401);
    expect((await get(port, '/', { Cookie: `dockgrade_board=${'x'.repeat(43)}` })).status).toBe(401);
    expect((await get(port, '/', { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('takes it from the address once, then from a cookie (or a bearer header); any Host', async () => {
    const port = server.address.port;
    const first = await get(port, `/students/1?token=${TOKEN}`, { Host: `lab-teacher.example:${port}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/students/1');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toBe(`dockgrade_board=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`);
    expect((await get(port, '/students/1', { Cookie: `theme=dark; dockgrade_board=${TOKEN}` })).body).toBe('<p>report 1</p>');
    expect((await get(port, '/board.json', { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });
});

describe('pieces', () => {
  it('tokenMatches: only the same token', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });

  it('isLoopback: 127/8, ::1, localhost; nothing else', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST']) expect([host, isLoopback(host)]).toEqual([host, true]);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.0.1', 'lab.example', '127.0.0.1.example', '']) expect([host, isLoopback(host)]).toEqual([host, false]);
  });

  it('parseListen: HOST:PORT, [v6]:PORT, :PORT, PORT', () => {
    expect(parseListen('127.0.0.1:8765')).toEqual({ host: '127.0.0.1', port: 8765 });
    expect(parseListen('0.0.0.0:80')).toEqual({ host: '0.0.0.0', port: 80 });
    expect(parseListen('[::]:8765')).toEqual({ host: '::', port: 8765 });
    expect(parseListen(':9000')).toEqual({ host: '127.0.0.1', port: 9000 });
    expect(parseListen('9000')).toEqual({ host: '127.0.0.1', port: 9000 });
    expect(parseListen('lab.example:8765')).toEqual({ host: 'lab.example', port: 8765 });
    for (const bad of ['nowhere', '127.0.0.1', '127.0.0.1:70000', '::1:80', 'a b:80', '127.0.0.1:-1', '']) expect([bad, parseListen(bad)]).toEqual([bad, null]);
  });
});
