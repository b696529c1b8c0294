/**
 * `dockgrade doctor` on the real engine: the lines it prints, port detection both ways, and `--deep`
 * leaving nothing labelled behind. Never `--online` (no traffic beyond this machine).
 */
import { createServer, type Server } from 'node:net';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { EXERCISES } from '../../exercises/index.js';
import { DOCTOR_LABEL } from '../doctor/deep-checks.js';
import { lineText, portLine, requiredImages, type DoctorLineText } from '../doctor/doctor-checks.js';
import { publishedHostPorts, tryListen } from '../doctor/doctor-probes.js';
import { connect } from '../engine/engine-client.js';

const prefix = uniquePrefix('ci6');
afterAll(() => removeByPrefix(prefix));

async function labelled(): Promise<string[]> {
  const containers = await docker(['ps', '-a', '--filter', `label=${DOCTOR_LABEL}=true`, '--format', '{{.Names}}']);
  const networks = await docker(['network', 'ls', '--filter', `label=${DOCTOR_LABEL}=true`, '--format', '{{.Name}}']);
  return [...containers.split('\n'), ...networks.split('\n')].filter(Boolean);
}

describe('dockgrade doctor', () => {
  it('reports the engine, its version, every needed image and port; exit code follows the lines', async () => {
    const run = await dockgrade(['doctor', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { ok: boolean; lines: DoctorLineText[] };
    const byId = new Map(report.lines.map((l) => [l.id, l]));
    expect(byId.get('engine')).toMatchObject({ status: 'pass', message: expect.stringContaining('unix:///var/run/docker.sock') });
    expect(byId.get('version')!.message).toMatch(/^Docker \d+\.\d+/);
    expect(byId.get('disk')!.message).toMatch(/GiB free under \//);
    for (const { image } of requiredImages(EXERCISES)) {
      // Here every image is an offline stand-in: present, and flagged as not the real thing.
      expect(byId.get(`image:${image}`)).toMatchObject({ status: 'warn', message: expect.stringContaining('offline stand-in') });
    }
    expect(run.code).toBe(report.lines.some((l) => l.status === 'fail') ? 1 : 0);
    expect(report.ok).toBe(run.code === 0);
  });

  it('an engine that does not answer is a failed line with the fix, exit 1', async () => {
    const run = await dockgrade(['doctor'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✘ engine +no Docker engine at unix:\/\/\/nonexistent\/docker\.sock/);
    expect(run.stdout).toContain('fix: start Docker');
  });

  it('speaks Korean under --lang ko and a Korean LANG: the lines, their fixes and the counts', async () => {
    const down = { DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    for (const run of [await dockgrade(['doctor', '--lang', 'ko'], down), await dockgrade(['doctor'], { ...down, LANG: 'ko_KR.UTF-8', LC_ALL: '' })]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/✘ engine +unix:\/\/\/nonexistent\/docker\.sock \(DOCKER_HOST\)에 도커 엔진이 없습니다/);
      expect(run.stdout).toContain('해결: ');
      expect(run.stdout).toMatch(/doctor: 통과 \d+, 주의 \d+, 실패 \d+/);
      expect(run.stdout).not.toMatch(/\bfix: |\bpass, /);
    }
    const live = await dockgrade(['doctor', '--lang', 'ko', '--format', 'json']);
    const report = JSON.parse(live.stdout) as { lang: string; lines: DoctorLineText[] };
    expect(report.lang).toBe('ko');
    for (const line of report.lines) expect([line.id, /[가-힣]/.test(line.message) || /^(docker CLI|Docker) /.test(line.message)]).toEqual([line.id, true]);
  });

  it('a port held by a program here is in use; once closed it is free', async () => {
    const server: Server = createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '0.0.0.0', () => resolve((server.address() as { port: number }).port)));
    expect(await tryListen(port)).toBe('in-use');
    await new Promise((resolve) => server.close(resolve));
    expect(await tryListen(port)).toBe('free');
  });

  it('a port a container publishes is named with the container', async () => {
    const web = await startOwnContainer('wordpress:latest', `${prefix}web`, (c) => c.withLoopbackPorts(80));
    const hostPort = web.getMappedPort(80);
    const published = await publishedHostPorts(await connect());
    expect(published.get(hostPort)).toEqual([`${prefix}web`]);
    expect(lineText(portLine(hostPort, ['x'], { publishedBy: published.get(hostPort)!, listen: 'in-use' }), 'en')).toMatchObject({ status: 'fail', fix: `stop or remove it: docker rm -f ${prefix}web` });
    await web.stop({ timeout: 1 });
  });

  it('--deep proves links and network aliases, and leaves no labelled container or network', async () => {
    const before = await labelled();
    const run = await dockgrade(['doctor', '--deep', '--format', 'json']);
    const lines = (JSON.parse(run.stdout) as { lines: DoctorLineText[] }).lines;
    expect(lines.filter((l) => l.id.startsWith('deep:')).map((l) => [l.id, l.status])).toEqual([
      ['deep:start', 'pass'],
      ['deep:link', 'pass'],
      ['deep:network', 'pass'],
    ]);
    // Other runs may hold their own doctor containers for a moment; none of ours (dgdoctor-) may remain.
    expect((await labelled()).filter((n) => !before.includes(n))).toEqual([]);
  });

  it('--deep cleans up when a step fails half-way', async () => {
    const { deepChecks } = await import('../doctor/deep-checks.js');
    const { dockerCli } = await import('../docker/docker-cli.js');
    const deepPrefix = `dgdoctor-${prefix.slice(4)}`;
    const real = dockerCli();
    // The engine refuses the network (as when its address pools are used up) after two containers exist.
    const refusing = {
      ...real,
      run: (args: readonly string[], options?: { timeoutMs?: number }) =>
        args[0] === 'network' && args[1] === 'create' ? Promise.reject(new Error('could not find an available, non-overlapping IPv4 address pool')) : real.run(args, options),
    };
    const lines = await deepChecks(refusing, 'ubuntu:14.04', deepPrefix);
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      ['deep:start', 'pass'],
      ['deep:link', 'pass'],
      ['deep:network', 'fail'],
    ]);
    expect(lines[2].message.en).toContain('non-overlapping');
    expect((await labelled()).filter((n) => n.startsWith(deepPrefix))).toEqual([]);
  });
});
