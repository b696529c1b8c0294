/**
 * Each exercise graded as the book means it, and hints that work when pasted (issue #14), on factory
 * snapshots: every case here failed before the change it guards.
 */
import { makeContainer, makeImage, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { grade, gradeExercise } from '../grader/check/run.js';
import { probeKey, ReplayProbe } from '../grader/probe/probe.js';
import type { Container } from '../grader/model/snapshot-schema.js';
import { EXERCISES } from './index.js';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
const ubuntu = (overrides: Parameters<typeof makeContainer>[0]) => makeContainer({ image: 'ubuntu:14.04', tty: true, openStdin: true, attachStdin: true, attachStdout: true, ...overrides });

describe('2.2.1/run-ubuntu picks the container that fits the book', () => {
  const multi = ubuntu({ name: 'eager_hopper', portBindings: { '3306/tcp': [{ hostIp: '', hostPort: '3306' }], '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '7777' }] } });
  it('is not satisfied by the unnamed ubuntu container of publish-multi (-p 3306:3306)', async () => {
    const result = await gradeExercise(byId('2.2.1/run-ubuntu'), makeSnapshot({ containers: [multi] }));
    expect(result.status).toBe('fail');
    expect(result.points).toBe(0);
  });
  it('never picks a container another exercise claims by name (network_test), but may pick the renamed my_container', async () => {
    const [result] = (await grade([byId('2.2.1/run-ubuntu'), byId('2.2.4/network-test')], makeSnapshot({ containers: [multi, ubuntu({ name: 'network_test' })] }))).exercises;
    expect(result.status).toBe('fail');
    const [renamed] = (await grade([byId('2.2.1/run-ubuntu'), byId('2.2.2/rename')], makeSnapshot({ containers: [multi, ubuntu({ name: 'my_container' })] }))).exercises;
    expect(renamed.status).toBe('pass');
  });
  it('picks the book-like container beside it', async () => {
    const result = await gradeExercise(byId('2.2.1/run-ubuntu'), makeSnapshot({ containers: [ubuntu({ name: 'angry_morse' }), multi] }));
    expect(result.status).toBe('pass');
    expect(result.command?.container).toBe('angry_morse');
  });
});

describe("2.2.1/create-mycentos shows the book's docker create", () => {
  it('reads docker create -i -t --name mycentos centos:7', async () => {
    const result = await gradeExercise(byId('2.2.1/create-mycentos'), makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })], images: [makeImage(['centos:7'])] }));
    expect(result.command?.book).toBe('docker create -i -t --name mycentos centos:7');
  });
});

describe("2.2.5/wordpress: the book's -p 80 is container port 80 on any host port", () => {
  const wordpress = (overrides: Partial<Container>) =>
    makeContainer({ name: 'wordpress', image: 'wordpress', env: { WORDPRESS_DB_HOST: 'mysql', WORDPRESS_DB_USER: 'root', WORDPRESS_DB_PASSWORD: 'password' }, links: ['/wordpressdb:/wordpress/mysql'], ...overrides });
  const http = (c: Container, port: string) => new ReplayProbe([{ key: probeKey('http', c, '80/tcp'), kind: 'http', takenAt: '2026-01-01T00:00:00Z', outcome: 'ok', code: 200, output: '', detail: `127.0.0.1:${port}` }]);
  const check = (result: Awaited<ReturnType<typeof gradeExercise>>, id: string) => result.checks.find((c) => c.id === id)!;
  it('passes port-80 and the HTTP check on the host port actually published (-p 8080:80)', async () => {
    const c = wordpress({ portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] }, ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '8080' }] } });
    const result = await gradeExercise(byId('2.2.5/wordpress'), makeSnapshot({ containers: [c] }), { probe: http(c, '8080') });
    expect(check(result, 'port-80').status).toBe('pass');
    expect([check(result, 'http').status, check(result, 'http').message.en]).toEqual(['pass', '127.0.0.1:8080 answered HTTP 200']);
  });
  it('names -P for what it is, and counts it as port 80 published', async () => {
    const c = wordpress({ publishAllPorts: true, exposedPorts: ['80/tcp'], ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '32768' }] } });
    const port = check(await gradeExercise(byId('2.2.5/wordpress'), makeSnapshot({ containers: [c] })), 'port-80');
    expect(port.status).toBe('pass');
    expect(port.message.en).toBe('published by -P (every port the image exposes): 0.0.0.0:32768->80/tcp');
    expect(port.message.en).not.toContain('no -p');
  });
  it('still fails without any -p', async () => {
    expect(check(await gradeExercise(byId('2.2.5/wordpress'), makeSnapshot({ containers: [wordpress({})] })), 'port-80').status).toBe('fail');
  });
});

describe('hints that work when pasted', () => {
  it('a hint that recreates a named container removes the old one first, one numbered step a line', async () => {
    const result = await gradeExercise(byId('2.2.5/wordpress'), makeSnapshot({ containers: [makeContainer({ name: 'wordpress', image: 'wordpress', env: {} })] }));
    const hints = result.checks.filter((c) => c.hint && /recreate/.test(c.hint.en)).map((c) => c.hint!.en);
    expect(hints.length).toBeGreaterThan(2);
    for (const hint of hints) expect(hint).toMatch(/:\n1\. docker rm -f wordpress\n2\. docker run /);
    for (const hint of result.checks.filter((c) => c.hint && /다시 만드세요/.test(c.hint.ko)).map((c) => c.hint!.ko)) expect(hint).toMatch(/:\n1\. docker rm -f wordpress\n2\. docker run /);
  });
  it('a -d container that exited is told to read docker logs, not Ctrl+P, Q', async () => {
    const db = makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['Database is uninitialized and password option is not specified'] });
    const running = (await gradeExercise(byId('2.2.5/wordpressdb'), makeSnapshot({ containers: [db] }))).checks.find((c) => c.id === 'running')!;
    expect(running.hint?.en).toBe('it ran with -d and stopped by itself; start it again: docker start wordpressdb (if it stops again, docker logs wordpressdb says why)');
    expect(`${running.hint?.ko} ${running.hint?.en}`).not.toContain('Ctrl+P');
    expect(running.message.en).toContain('password option is not specified');
  });
  it("the rename hint renames the learner's own container by its current name", async () => {
    const result = await gradeExercise(byId('2.2.2/rename'), makeSnapshot({ containers: [ubuntu({ name: 'angry_morse' })] }));
    expect(result.checks[0].hint?.en).toBe('rename your container angry_morse, named by the engine: docker rename angry_morse my_container');
    expect(result.checks[0].hint?.ko).not.toContain('만드세요');
    const none = await gradeExercise(byId('2.2.2/rename'), makeSnapshot({ containers: [] }));
    expect(none.checks[0].hint?.en).toBe('find the name your container has now with docker ps -a, then rename it: docker rename THAT_NAME my_container');
  });
});

describe('2.2.4/network-test: ifconfig inside the container', () => {
  const ifconfig = (c: Container, output: string) => new ReplayProbe([{ key: probeKey('exec', c, JSON.stringify(['ifconfig'])), kind: 'exec', takenAt: '2026-01-01T00:00:00Z', outcome: 'ok', code: 0, output, detail: '' }]);
  const eth0 = 'eth0      Link encap:Ethernet  HWaddr 02:42:ac:11:00:02\n          inet addr:172.17.0.2  Bcast:172.17.255.255  Mask:255.255.0.0\n\nlo        Link encap:Local Loopback\n          inet addr:127.0.0.1  Mask:255.0.0.0\n';
  it('passes when ifconfig shows eth0 with the address the engine gave, and fails when there is no eth0', async () => {
    const c = ubuntu({ name: 'network_test' });
    const ok = await gradeExercise(byId('2.2.4/network-test'), makeSnapshot({ containers: [c] }), { probe: ifconfig(c, eth0) });
    expect([ok.status, ok.points, ok.maxPoints]).toEqual(['pass', 7, 7]);
    const none = await gradeExercise(byId('2.2.4/network-test'), makeSnapshot({ containers: [c] }), { probe: ifconfig(c, 'lo        Link encap:Local Loopback\n          inet addr:127.0.0.1  Mask:255.0.0.0\n') });
    const failed = none.checks.find((x) => x.id === 'ifconfig')!;
    expect([failed.status, failed.actual]).toEqual(['fail', 'lo']);
    expect(failed.hint?.en).toBe('recreate it on the default bridge, without --net:\n1. docker rm -f network_test\n2. docker run -i -t --name network_test ubuntu:14.04');
  });
  it("names the blog post's kms_network_test as a near miss", async () => {
    const result = await gradeExercise(byId('2.2.4/network-test'), makeSnapshot({ containers: [ubuntu({ name: 'kms_network_test' })] }));
    expect(result.checks[0].hint?.en).toBe('rename it: docker rename kms_network_test network_test');
  });
});
