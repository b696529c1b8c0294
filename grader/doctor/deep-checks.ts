/**
 * `doctor --deep`: starts throwaway containers (label `dockgrade.doctor=true`, names `dgdoctor-<random>-…`)
 * to prove what the chapter relies on: a container reaches another by a legacy `--link` alias, and by a
 * network alias on a user-defined network. Uses busybox-compatible commands (`ping -c 1`), never pulls,
 * and removes everything it made, also when a step fails.
 */
import { randomBytes } from 'node:crypto';
import type { DockerCli } from '../docker/docker-cli.js';
import type { DoctorLine } from './doctor-checks.js';

export const DOCTOR_LABEL = 'dockgrade.doctor';

/** Images that carry `ping` and `sleep`, in order of preference; the first present one is used. */
export function pickProbeImage(present: readonly string[], preferred: readonly string[]): string | null {
  return preferred.find((image) => present.includes(image)) ?? null;
}

async function ok(cli: DockerCli, args: string[]): Promise<{ ok: boolean; detail: string }> {
  try {
    await cli.run(args, { timeoutMs: 60_000 });
    return { ok: true, detail: '' };
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
}

/** Removes what the doctor made under `prefix` (containers first, then the network). */
export async function removeDoctorObjects(cli: DockerCli, prefix: string): Promise<void> {
  const containers = (await cli.run(['ps', '-a', '--filter', `label=${DOCTOR_LABEL}=true`, '--format', '{{.Names}}'])).split('\n').filter((n) => n.startsWith(prefix));
  if (containers.length) await cli.run(['rm', '-f', '-v', ...containers]);
  const networks = (await cli.run(['network', 'ls', '--filter', `label=${DOCTOR_LABEL}=true`, '--format', '{{.Name}}'])).split('\n').filter((n) => n.startsWith(prefix));
  if (networks.length) await cli.run(['network', 'rm', ...networks]);
}

/** Runs the deep checks with `image`; always cleans up. */
export async function deepChecks(cli: DockerCli, image: string, prefix = `dgdoctor-${randomBytes(3).toString('hex')}-`): Promise<DoctorLine[]> {
  const label = ['--label', `${DOCTOR_LABEL}=true`];
  const run = (name: string, ...rest: string[]) => ['run', '--pull=never', ...label, '--name', `${prefix}${name}`, ...rest];
  const lines: DoctorLine[] = [];
  try {
    const server = await ok(cli, run('server', '-d', '--entrypoint', 'sleep', image, '120'));
    if (!server.ok) {
      return [{ id: 'deep:start', status: 'fail', message: `cannot start a container from ${image}: ${server.detail}`, fix: 'check `docker run` by hand; see the engine log (journalctl -u docker)' }];
    }
    lines.push({ id: 'deep:start', status: 'pass', message: `a throwaway container from ${image} starts` });
    const link = await ok(cli, run('link', '--link', `${prefix}server:doctorlink`, '--entrypoint', 'ping', image, '-c', '1', '-W', '5', 'doctorlink'));
    lines.push(
      link.ok
        ? { id: 'deep:link', status: 'pass', message: 'a container reaches another by its --link alias' }
        : { id: 'deep:link', status: 'fail', message: `a container cannot reach another by its --link alias: ${link.detail}`, fix: 'check the default bridge network (docker network inspect bridge) and that iptables is managed by Docker' },
    );
    const network = await ok(cli, ['network', 'create', ...label, `${prefix}net`]);
    if (!network.ok) {
      lines.push({ id: 'deep:network', status: 'fail', message: `cannot create a user-defined network: ${network.detail}`, fix: 'free an address pool (docker network prune) or set default-address-pools in daemon.json' });
      return lines;
    }
    const aliased = await ok(cli, run('alias', '-d', '--network', `${prefix}net`, '--network-alias', 'doctoralias', '--entrypoint', 'sleep', image, '120'));
    const reach = aliased.ok ? await ok(cli, run('probe', '--network', `${prefix}net`, '--entrypoint', 'ping', image, '-c', '1', '-W', '5', 'doctoralias')) : aliased;
    lines.push(
      reach.ok
        ? { id: 'deep:network', status: 'pass', message: 'a container reaches another by its network alias on a user-defined network' }
        : { id: 'deep:network', status: 'fail', message: `a container cannot reach another by its network alias: ${reach.detail}`, fix: "check the engine's embedded DNS (127.0.0.11) and the host firewall" },
    );
    return lines;
  } finally {
    await removeDoctorObjects(cli, prefix);
  }
}
