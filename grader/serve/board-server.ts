/**
 * The class board's web server (`dockgrade serve`): node:http only, GET only.
 *
 *   /              the board (reports/board-reporter.ts)
 *   /events        Server-Sent Events: every row once, then each row that changes
 *   /students/N    row N's full report (the same HTML as `check --format html` and `grade`'s students/)
 *   /grades.csv    the gradebook, /class.html the class report: what `grade` writes, made now
 *   /board.json    the rows as the page shows them
 *
 * Safe by default: on a loopback address only requests that name it (Host: 127.0.0.1, localhost, [::1])
 * are answered, so a web page elsewhere cannot read the board through a name of its own that resolves
 * here; on any other address every request needs the token printed at start (`?token=` once, then a
 * cookie), compared in constant time. Nothing the server sends can run a script but the board's own
 * (a nonce in its Content-Security-Policy; the reports carry none).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../core/i18n.js';
import type { RowView } from '../../reports/board-view.js';

/** What the server shows: the board (grader/serve/board.ts) and the renderers, joined in serve-command.ts. */
export interface BoardSource {
  /** The page with the rows as they are now; `nonce` goes into its script tag. */
  page(nonce: string): string;
  views(): RowView[];
  subscribe(listener: (view: RowView) => void): () => void;
  /** Row N's report, or null when there is no such row. */
  studentHtml(index: number): Promise<string | null>;
  gradebookCsv(): Promise<string>;
  classHtml(): Promise<string>;
}

export interface ListenAddress {
  host: string;
  port: number;
}

export interface BoardServerOptions {
  source: BoardSource;
  listen: ListenAddress;
  /** Required on every request when set (any non-loopback address). */
  token: string | null;
  lang: Lang;
  /** Comment lines on each event stream this often, so proxies and browsers keep it open. */
  keepAliveMs?: number;
}

const COOKIE = 'dockgrade_board';

/** Whether a host names this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

/** A new token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a presented token with the right one in time independent of where they differ (hashes of equal length). */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(token));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The reports' own policy (they carry it as a meta tag too): no script at all. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TEXTS = {
  ko: {
    token: '토큰이 필요합니다: dockgrade serve가 처음에 보여 준 주소(?token=…)로 여세요',
    host: '이 보드는 이 컴퓨터의 주소(127.0.0.1, localhost)로만 엽니다',
    notFound: '없는 페이지입니다',
    method: 'GET만 받습니다',
    failed: '보고서를 만들지 못했습니다',
  },
  en: {
    token: 'a token is required: open the address dockgrade serve printed at start (?token=…)',
    host: 'this board answers on its loopback address only (127.0.0.1, localhost)',
    notFound: 'no such page',
    method: 'only GET is answered',
    failed: 'could not make the report',
  },
} as const;

/** A running board server. */
export interface BoardServer {
  readonly server: Server;
  /** The address it listens on (the port the system chose for port 0). */
  readonly address: ListenAddress;
  /** The board's address (with the token, when one is required). */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the server; rejects when the address cannot be bound. */
export async function startBoardServer(options: BoardServerOptions): Promise<BoardServer> {
  const T = TEXTS[options.lang];
  const streams = new Set<ServerResponse>();
  const loopbackOnly = options.token === null;

  const send = (res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const text = (res: ServerResponse, status: number, body: string) => send(res, status, 'text/plain; charset=utf-8', `${body}\n`, { 'Content-Security-Policy': "default-src 'none'" });

  const events = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    const write = (view: RowView) => res.write(`event: row\ndata: ${JSON.stringify(view)}\n\n`);
    res.write('retry: 2000\n\n');
    // Every row first: a page that reconnects (or loaded a moment before) is current at once.
    for (const view of options.source.views()) write(view);
    const unsubscribe = options.source.subscribe(write);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), options.keepAliveMs ?? 15_000);
    streams.add(res);
    const end = () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', end);
    res.on('close', end);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, T.method);
    const host = req.headers.host ?? '';
    if (loopbackOnly && !isLoopback(host.replace(/:\d+$/, ''))) return text(res, 421, T.host);
    const url = new URL(req.url ?? '/', 'http://board.invalid');
    if (options.token !== null) {
      const query = url.searchParams.get('token') ?? undefined;
      if (query !== undefined) {
        if (!tokenMatches(query, options.token)) return text(res, 401, T.token);
        // Accepted once from the address: a cookie from now on, and the token leaves the address bar.
        url.searchParams.delete('token');
        const rest = url.searchParams.toString();
        res.writeHead(303, { ...BASE_HEADERS, Location: `${url.pathname}${rest ? `?${rest}` : ''}`, 'Set-Cookie': `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/` });
        res.end();
        return;
      }
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!tokenMatches(cookieValue(req.headers.cookie, COOKIE) ?? bearer, options.token)) return text(res, 401, T.token);
    }
    const path = url.pathname;
    if (path === '/' || path === '/index.html') {
      const nonce = randomBytes(16).toString('base64url');
      const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
      return send(res, 200, 'text/html; charset=utf-8', options.source.page(nonce), { 'Content-Security-Policy': csp });
    }
    if (path === '/events') return events(req, res);
    if (path === '/board.json') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(options.source.views()), { 'Content-Security-Policy': "default-src 'none'" });
    const student = /^\/students\/(\d{1,7})$/.exec(path);
    if (student) {
      const html = await options.source.studentHtml(Number(student[1]));
      return html === null ? text(res, 404, T.notFound) : send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': REPORT_CSP });
    }
    if (path === '/grades.csv') return send(res, 200, 'text/csv; charset=utf-8', await options.source.gradebookCsv(), { 'Content-Disposition': 'attachment; filename="grades.csv"', 'Content-Security-Policy': "default-src 'none'" });
    if (path === '/class.html') return send(res, 200, 'text/html; charset=utf-8', await options.source.classHtml(), { 'Content-Disposition': 'attachment; filename="class.html"', 'Content-Security-Policy': REPORT_CSP });
    return text(res, 404, T.notFound);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) text(res, 500, T.failed);
      else res.destroy();
    });
  });
  // No request may hold the server: headers within 10 s, a whole request within 30 s (event streams are answers, not requests).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const address = { host: options.listen.host, port: bound.port };
  const shownHost = address.host.includes(':') ? `[${address.host}]` : address.host;
  return {
    server,
    address,
    url: `http://${shownHost}:${address.port}/${options.token !== null ? `?token=${options.token}` : ''}`,
    async close() {
      for (const res of streams) res.end();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `HOST:PORT`, `[v6]:PORT`, `:PORT` or `PORT` (host 127.0.0.1); null when it is none of them. */
export function parseListen(value: string): ListenAddress | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]*)):(\d{1,5})$/.exec(value.trim()) ?? /^()()(\d{1,5})$/.exec(value.trim());
  if (!match) return null;
  const port = Number(match[3]);
  if (port > 65_535) return null;
  const host = match[1] || match[2] || '127.0.0.1';
  return { host, port };
}
