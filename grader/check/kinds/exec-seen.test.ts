import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf, web } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { execSeen } from './exec-seen.js';
import { execProbe } from './exec-probe.js';
import { msg } from '../../core/i18n.js';
import { pass } from './check-builder.js';

const c = makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2-own' } });
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 9, 20, s)).toISOString();
const ev = (action: string, s: number, command?: string): EngineEvent => ({ time: at(s), type: 'container', action, id: c.id, containerId: c.id, name: 'web', ...(command !== undefined ? { command } : {}) });
const withEvents = (items: EngineEvent[] | null) => ({ ...makeSnapshot({ containers: [c] }), ...(items ? { events: { readAt: at(59), total: items.length, items } } : {}) });
const check = execSeen(web, { command: (n) => `docker exec -i -t ${n.name('web')} /bin/bash` });
// one of dockgrade's own probes, declared as exercises declare them
execProbe(web, { id: 'probe', title: msg('p', 'p'), cmd: ['ifconfig'], shown: 'ifconfig', judge: () => pass(msg('', '')) });

describe('execSeen', () => {
  it("passes on the learner's docker exec, hiding their own secret in its command line", async () => {
    const r = await stateOf(check, withEvents([ev('create', 1), ev('start', 2), ev('exec_start', 3, '/bin/bash'), ev('exec_start', 4, 'mysql -uroot -phunter2-own')]));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('the engine remembers 2 docker execs, the last: docker exec web mysql -uroot -p(hidden) (2026-11-30 09:20:04 UTC)');
  });
  it("does not count dockgrade's own probes (env, and each execProbe's command line)", async () => {
    const r = await stateOf(check, withEvents([ev('create', 1), ev('start', 2), ev('exec_start', 3, 'env'), ev('exec_start', 4, 'ifconfig')]));
    expect([r.status, r.actual]).toEqual(['fail', 'none']);
    expect(r.hint?.en).toBe('run it as the book does: docker exec -i -t web /bin/bash');
    expect((await stateOf(check, withEvents([ev('create', 1), ev('exec_start', 4, 'ls /')]))).status).toBe('pass');
  });
  it('says plainly when the engine no longer remembers the container from its start', async () => {
    const r = await stateOf(check, withEvents([ev('start', 2)]));
    expect([r.status, r.actual]).toEqual(['skip', 'unknown']);
    expect(r.message.en).toMatch(/^a docker exec cannot be checked here: the engine no longer remembers/);
  });
});
