/**
 * `doctor --deep`: starts throwaway containers (label `dockgrade.doctor=true`, names `dgdoctor-<random>-…`)
 * to prove what the chapter relies on: a container reaches another by a legacy `--link` alias, and by a
 * network alias on a user-defined network. Uses busybox-compatible commands (`ping -c 1`), never pulls,
 * and removes everything it made, also when a step fails.
 */
import { randomBytes } from 'node:crypto';
import type { DockerCli } from '../docker/docker-cli.js';
import type { DoctorLine } from './doctor-checks.js';
import { msg } from '../core/i18n.js';
import { josa } from '../core/korean-particles.js';

export const DOCTOR_LABEL = 'dockgrade.doctor';

/** `--deep` without any image that has `ping`: a warning, and the pull that fixes it. */
export function noProbeImageLine(preferred: readonly string[]): DoctorLine {
  const list = preferred.join(', ');
  return {
    id: 'deep:start',
    status: 'warn',
    message: msg(`--deep에는 ping이 있는 이미지 ${list} 가운데 하나가 필요한데 하나도 없습니다`, `--deep needs one of ${list} (with ping) and none is present`),
    fix: msg('docker pull busybox', 'docker pull busybox'),
  };
}

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
      return [
        {
          id: 'deep:start',
          status: 'fail',
          message: msg(`${josa(image, '으로/로')} 컨테이너를 시작하지 못했습니다: ${server.detail}`, `cannot start a container from ${image}: ${server.detail}`),
          fix: msg('docker run을 직접 실행해 보고 엔진 로그를 보세요 (journalctl -u docker)', 'check `docker run` by hand; see the engine log (journalctl -u docker)'),
        },
      ];
    }
    lines.push({ id: 'deep:start', status: 'pass', message: msg(`${josa(image, '으로/로')} 임시 컨테이너가 시작됩니다`, `a throwaway container from ${image} starts`) });
    const link = await ok(cli, run('link', '--link', `${prefix}server:doctorlink`, '--entrypoint', 'ping', image, '-c', '1', '-W', '5', 'doctorlink'));
    lines.push(
      link.ok
        ? { id: 'deep:link', status: 'pass', message: msg('컨테이너가 --link 별명으로 다른 컨테이너에 닿습니다', 'a container reaches another by its --link alias') }
        : {
            id: 'deep:link',
            status: 'fail',
            message: msg(`컨테이너가 --link 별명으로 다른 컨테이너에 닿지 못합니다: ${link.detail}`, `a container cannot reach another by its --link alias: ${link.detail}`),
            fix: msg(
              '기본 브리지 네트워크(docker network inspect bridge)와, iptables를 도커가 관리하는지 확인하세요',
              'check the default bridge network (docker network inspect bridge) and that iptables is managed by Docker',
            ),
          },
    );
    const network = await ok(cli, ['network', 'create', ...label, `${prefix}net`]);
    if (!network.ok) {
      lines.push({
        id: 'deep:network',
        status: 'fail',
        message: msg(`사용자 정의 네트워크를 만들지 못했습니다: ${network.detail}`, `cannot create a user-defined network: ${network.detail}`),
        fix: msg(
          'docker network prune으로 주소 풀을 비우거나 daemon.json에 default-address-pools를 설정하세요',
          'free an address pool (docker network prune) or set default-address-pools in daemon.json',
        ),
      });
      return lines;
    }
    const aliased = await ok(cli, run('alias', '-d', '--network', `${prefix}net`, '--network-alias', 'doctoralias', '--entrypoint', 'sleep', image, '120'));
    const reach = aliased.ok ? await ok(cli, run('probe', '--network', `${prefix}net`, '--entrypoint', 'ping', image, '-c', '1', '-W', '5', 'doctoralias')) : aliased;
    lines.push(
      reach.ok
        ? { id: 'deep:network', status: 'pass', message: msg('사용자 정의 네트워크에서 컨테이너가 네트워크 별명으로 다른 컨테이너에 닿습니다', 'a container reaches another by its network alias on a user-defined network') }
        : {
            id: 'deep:network',
            status: 'fail',
            message: msg(`컨테이너가 네트워크 별명으로 다른 컨테이너에 닿지 못합니다: ${reach.detail}`, `a container cannot reach another by its network alias: ${reach.detail}`),
            fix: msg('도커 엔진의 내장 DNS(127.0.0.11)와 호스트 방화벽을 확인하세요', "check the engine's embedded DNS (127.0.0.11) and the host firewall"),
          },
    );
    return lines;
  } finally {
    await removeDoctorObjects(cli, prefix);
  }
}
