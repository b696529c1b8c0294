import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { db, recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { msg } from '../../core/i18n.js';
import { execProbe } from './exec-probe.js';
import { fail, pass } from './check-builder.js';

describe('execProbe', () => {
  const c = makeContainer({ name: 'db', env: { MYSQL_ROOT_PASSWORD: 'hunter2' } });
  const spec = {
    id: 'ls',
    title: msg('ls', 'ls'),
    cmd: ['ls', '/'],
    shown: 'ls /',
    judge: (r: { output: string; raw: string; ok: boolean }) => (r.ok && r.raw.includes('etc') ? pass(msg('ok', 'ok'), { actual: r.output }) : fail(msg('no', 'no'), { actual: r.output })),
  };
  const args = JSON.stringify(['ls', '/']);
  it('judges the output both ways, with the output masked for printing', async () => {
    expect((await run(execProbe(db, spec), c, recorded(c, { kind: 'exec', outcome: 'ok', code: 0, output: 'bin\netc\n' }, args))).status).toBe('pass');
    const r = await run(execProbe(db, spec), c, recorded(c, { kind: 'exec', outcome: 'ok', code: 0, output: 'bin hunter2\n' }, args));
    expect(r.status).toBe('fail');
    expect(r.actual).toBe('bin (hidden)');
  });
  it('is skip, with the reason, when the tool is missing', async () => {
    const r = await run(execProbe(db, spec), c, recorded(c, { kind: 'exec', outcome: 'unavailable', code: 126, detail: 'ls is not available in the container' }, args));
    expect([r.status, r.message.en]).toEqual(['skip', 'skipped, cannot probe: ls is not available in the container']);
  });
  it('takes id, points and requires from the shared builder', () => {
    const check = execProbe(db, spec, { id: 'other', points: 3 });
    expect([check.kind, check.id, check.points]).toEqual(['probe', 'other', 3]);
    expect(check.explain?.({ prefix: '', name: (b) => b, nameFlag: () => [] }).en).toBe('checked inside the container with a read-only command: docker exec db ls /');
  });
});
