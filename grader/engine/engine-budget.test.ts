/**
 * One budget for all the answers of one engine (issue 26.7): every body byte of every response counts,
 * whatever its framing; an announced length or chunk beyond what is left is refused before it is read.
 */
import { ByteBudget, ENGINE_BYTES, EngineBytesError, RUN_ENGINE_BYTES, engineBytesFor } from './engine-budget.js';
import { ResponseParser } from './plain-http.js';

const answer = (body: string, framing: 'length' | 'close' | 'chunked') =>
  Buffer.from(
    framing === 'length'
      ? `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`
      : framing === 'chunked'
        ? `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`
        : `HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n${body}`,
    'latin1',
  );

describe('ByteBudget across the responses of one engine', () => {
  it.each(['length', 'close', 'chunked'] as const)('counts every %s-framed body; the answer that passes the total fails', (framing) => {
    const budget = new ByteBudget(250);
    for (let i = 0; i < 2; i++) {
      const parser = new ResponseParser(1024 * 1024, `GET /${i}`, budget);
      parser.push(answer('x'.repeat(100), framing));
      parser.end();
      expect(parser.response().body.length).toBe(100);
    }
    expect(budget.used).toBe(200);
    const third = new ResponseParser(1024 * 1024, 'GET /3', budget);
    expect(() => third.push(answer('x'.repeat(100), framing))).toThrow(EngineBytesError);
    expect(budget.used).toBeLessThanOrEqual(250);
  });

  it('refuses an announced length beyond what is left before any byte of it is kept', () => {
    const budget = new ByteBudget(1000);
    const parser = new ResponseParser(1024 * 1024 * 1024, 'GET /big', budget);
    expect(() => parser.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 200000000\r\n\r\n{', 'latin1'))).toThrow(/more than 0 MB of answers for one check/);
    expect(budget.used).toBe(0);
  });

  it('a class shares RUN_ENGINE_BYTES among the engines it grades at once', () => {
    expect(engineBytesFor(1)).toBe(ENGINE_BYTES);
    expect(engineBytesFor(8)).toBe(RUN_ENGINE_BYTES / 8);
    expect(engineBytesFor(256) * 256).toBeLessThanOrEqual(RUN_ENGINE_BYTES);
  });
});
