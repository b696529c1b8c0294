/**
 * An ssh child that ignores SIGTERM, and a grandchild of it that does too (issue 26.8): destroying the
 * connection must end the whole process group, TERM first, then KILL after the grace period, while the
 * process goes on (a roster row past its timeout, a --watch round). Before: ssh alone got KILL, and the
 * grandchild ran on for ever.
 */
import { running, stubbornSsh, waitFor } from '../../fixtures/stubborn-ssh.js';
import { SSH_KILL_GRACE_MS, SshStdioStream } from './ssh-stdio.js';

describe('destroying an ssh connection ends its process group', () => {
  it('TERM to ssh and its grandchild, then KILL to both after the grace period', async () => {
    const fake = stubbornSsh();
    const stream = new SshStdioStream({ kind: 'ssh', host: 'lab-07', source: 'test' }, { ...process.env, DOCKGRADE_SSH: fake.program });
    stream.on('error', () => undefined);
    expect({ started: await waitFor(() => fake.pids() !== null, 5_000) }).toEqual({ started: true });
    const { ssh, grandchild } = fake.pids()!;
    expect(running(ssh) && running(grandchild)).toBe(true);
    const destroyed = Date.now();
    stream.destroy();
    // both got TERM (they ignore it: they still run, inside the grace period)
    const termed = await waitFor(() => fake.terms().includes('term-ssh') && fake.terms().includes('term-grandchild'), 2_000);
    expect({ termed, terms: fake.terms() }).toEqual({ termed: true, terms: expect.arrayContaining(['term-ssh', 'term-grandchild']) });
    // the grandchild's trap runs only between its 0.2 s sleeps; both must be gone soon after the grace
    const gone = await waitFor(() => !running(ssh) && !running(grandchild), SSH_KILL_GRACE_MS + 2_000);
    const left = { ssh: running(ssh), grandchild: running(grandchild) };
    for (const pid of [ssh, grandchild]) if (running(pid)) process.kill(pid, 'SIGKILL'); // never leave them behind
    expect({ gone, ...left }).toEqual({ gone: true, ssh: false, grandchild: false });
    expect(Date.now() - destroyed).toBeGreaterThanOrEqual(SSH_KILL_GRACE_MS - 50);
  }, 15_000);
});
