/**
 * ssh children that ignore SIGTERM, with a grandchild that ignores it too (issue 26.8), under the real
 * CLI: when `check` gives up on the engine (its --timeout) and exits, nothing of the ssh process group
 * may run on. Before: ssh got a KILL (or a TERM at exit, ignored) and its grandchild ran for ever. No
 * engine or network is used (a fake `ssh`, DOCKGRADE_SSH).
 */
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { running, stubbornSsh, waitFor } from '../../fixtures/stubborn-ssh.js';

describe('an ssh child that ignores TERM, with a grandchild that ignores it too', () => {
  it('check --timeout 3: exit 3, and neither ssh nor its grandchild runs after the process ended', async () => {
    const fake = stubbornSsh();
    const run = await dockgrade(['check', '2.2.1', '--host', 'ssh://alice@lab-07', '--timeout', '3'], { DOCKGRADE_SSH: fake.program, DOCKER_HOST: '', DOCKER_CONTEXT: '' });
    expect(run.code).toBe(3);
    const pids = fake.pids();
    expect(pids).not.toBeNull();
    // the group got its KILL at exit: give the kernel a moment to take them down
    const gone = await waitFor(() => !running(pids!.ssh) && !running(pids!.grandchild), 1_000);
    const left = { ssh: running(pids!.ssh), grandchild: running(pids!.grandchild) };
    for (const pid of Object.values(pids!)) if (running(pid)) process.kill(pid, 'SIGKILL'); // never leave them behind
    expect({ gone, ...left }).toEqual({ gone: true, ssh: false, grandchild: false });
  }, 30_000);
});
