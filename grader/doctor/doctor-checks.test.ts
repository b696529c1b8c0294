import { defineExercise } from '../check/define.js';
import { exists, named } from '../check/kinds/index.js';
import { msg } from '../core/i18n.js';
import { renderDoctor } from '../cli/doctor-command.js';
import { archLine, cliLine, diskLine, doctorExitCode, imageLine, lineText, parseEngineVersion, portLine, requiredHostPorts, requiredImages, selftestSteps, versionLine, type DoctorLine } from './doctor-checks.js';

/** A line as printed in English. */
const en = (line: DoctorLine | null) => (line ? lineText(line, 'en') : null);
import { EXERCISES } from '../../exercises/index.js';
import { anotherTag, makeNames, withAnotherTag } from '../check/names.js';
import { normalizeReference } from '../check/image-reference.js';
import { neededImages } from '../docker/docker-args.js';
import { pickProbeImage } from './deep-checks.js';

const web = named('web', { create: () => '' });
const exercises = [
  defineExercise({
    id: '9.1/web',
    section: '9.1',
    title: msg('t', 't'),
    goal: msg('g', 'g'),
    commands: ['docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04', 'docker run -d -p 3306:3306 -p 192.168.0.100:7777:80 ubuntu:14.04'],
    checks: [exists(web)],
    solution: (n) => [['run', '-d', '--name', n.name('web'), '-p', '127.0.0.1:8080:80', 'wordpress']],
    mutations: [
      { check: 'exists', description: msg('m', 'm'), steps: () => [['run', '-p', '9999:80', 'mysql:latest']] },
      { check: 'exists', description: msg('t', 't'), steps: (n) => withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [['run', '-d', other]]) },
    ],
  }),
  defineExercise({
    id: '9.2/pull',
    section: '9.2',
    title: msg('t', 't'),
    goal: msg('g', 'g'),
    commands: ['docker pull centos:7', 'docker images'],
    checks: [exists(web)],
    solution: () => [],
    mutations: [{ check: 'exists', description: msg('m', 'm'), steps: () => [] }],
  }),
];

describe('what the exercises need', () => {
  it('images from the solutions, the book commands and the mutations selftest runs, normalised; a tag a mutation makes is not needed, its source is', () => {
    expect(requiredImages(exercises)).toEqual([
      { image: 'centos:7', exercises: ['9.2/pull'] },
      { image: 'mysql:latest', exercises: ['9.1/web'] },
      { image: 'ubuntu:14.04', exercises: ['9.1/web'] },
      { image: 'wordpress:latest', exercises: ['9.1/web'] },
    ]);
  });
  it("the chapter's exercises need the book's images and nothing else (check, solve and selftest on a lab machine that has only those)", () => {
    expect(requiredImages(EXERCISES).map((i) => i.image)).toEqual(['alicek106/stress:latest', 'alicek106/volume_test:latest', 'alpine/socat:latest', 'centos:7', 'google/cadvisor:latest', 'mysql:5.7', 'nginx:latest', 'node:latest', 'registry:2.6', 'ubuntu:14.04', 'wordpress:latest']);
    // every step selftest and solve run needs only images doctor lists
    const listed = new Set(requiredImages(EXERCISES).map((i) => i.image));
    for (const exercise of EXERCISES) for (const steps of selftestSteps(exercise, 'dgt-pk-0-')) for (const image of neededImages(steps)) expect([exercise.id, normalizeReference(image), listed.has(normalizeReference(image))]).toEqual([exercise.id, normalizeReference(image), true]);
  });
  it("another tag is made from the book's image under the run's prefix, in the same repository", () => {
    expect(anotherTag(makeNames('dgself-ab12-'), 'ubuntu:14.04', 'ubuntu:16.04')).toEqual({ steps: [['tag', 'ubuntu:14.04', 'ubuntu:dgself-ab12-16.04']], image: 'ubuntu:dgself-ab12-16.04' });
    expect(anotherTag(makeNames('dgt-pk-1-'), 'wordpress', 'wordpress').image).toBe('wordpress:dgt-pk-1-latest');
    expect(neededImages([['tag', 'centos:7', 'centos:x-8'], ['create', 'centos:x-8'], ['run', 'mysql:5.7']])).toEqual(['centos:7', 'mysql:5.7']);
    // an image the steps commit, import or build is made, not needed: doctor never asks a lab for commit_test:first
    expect(neededImages([['run', '--name', 'c', 'ubuntu:14.04'], ['commit', 'c', 'commit_test:first'], ['run', 'commit_test:first'], ['import', 'rootFS.tar', 'myimage:0.0'], ['run', 'myimage:0.0', 'sh'], ['build', '-t', 'mybuild', '.'], ['run', 'mybuild:latest']])).toEqual(['ubuntu:14.04']);
  });
  it('fixed host ports from the solutions and the book commands', () => {
    expect(requiredHostPorts(exercises).map((p) => p.port)).toEqual([80, 3306, 7777, 8080]);
  });
});

describe('doctor lines', () => {
  it('engine version: pass, warn when old, fail when too old or not Linux', () => {
    expect(versionLine({ Version: '20.10.24+dfsg1', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64' }).status).toBe('pass');
    expect(versionLine({ Version: '19.03.1', ApiVersion: '1.40', Os: 'linux', Arch: 'amd64' }).status).toBe('warn');
    expect(en(versionLine({ Version: '1.13.1', ApiVersion: '1.26', Os: 'linux' }))).toMatchObject({ status: 'fail', fix: expect.stringContaining('upgrade') });
    expect(versionLine({ Version: '27.0.0', ApiVersion: '1.46', Os: 'windows' }).status).toBe('fail');
    expect(parseEngineVersion('27.3.1')).toEqual([27, 3]);
    expect(parseEngineVersion('dev')).toBeNull();
  });

  it('arm64 warns about mysql:5.7 only when the exercises need it', () => {
    expect(en(archLine('aarch64', ['mysql:5.7']))).toMatchObject({ status: 'warn', fix: expect.stringContaining('--platform linux/amd64') });
    expect(archLine('aarch64', ['ubuntu:14.04'])).toBeNull();
    expect(archLine('x86_64', ['mysql:5.7'])).toBeNull();
  });

  it('images: present passes, stand-in warns, missing fails (or warns when the registry has it)', () => {
    expect(imageLine('centos:7', ['a'], { present: true }).status).toBe('pass');
    expect(imageLine('centos:7', ['a'], { present: true, standIn: true }).status).toBe('warn');
    expect(en(imageLine('centos:7', ['a'], { present: false }))).toMatchObject({ status: 'fail', fix: expect.stringContaining('docker pull centos:7') });
    expect(imageLine('centos:7', ['a'], { present: false, pullable: true }).status).toBe('warn');
    expect(en(imageLine('centos:7', ['a'], { present: false, pullable: false, registryError: 'denied' }))!.message).toContain('denied');
  });

  it('ports: published by a container or held by a program fails, naming it', () => {
    expect(en(portLine(80, ['x'], { publishedBy: ['web'], listen: 'in-use' }))).toMatchObject({ status: 'fail', fix: 'stop or remove it: docker rm -f web' });
    expect(en(portLine(80, ['x'], { publishedBy: [], listen: 'in-use' }))).toMatchObject({ status: 'fail', fix: expect.stringContaining("ss -ltnp 'sport = :80'") });
    expect(portLine(80, ['x'], { publishedBy: [], listen: 'free' }).status).toBe('pass');
    expect(portLine(80, ['x'], { publishedBy: [], listen: 'denied' }).status).toBe('pass');
    expect(portLine(80, ['x'], { publishedBy: [], listen: 'unchecked' }).status).toBe('warn');
  });

  it('disk: fail below 2 GiB, warn below 5 GiB, warn when not measurable', () => {
    const GiB = 1024 ** 3;
    expect(diskLine('/var/lib/docker', 1 * GiB).status).toBe('fail');
    expect(diskLine('/var/lib/docker', 3 * GiB).status).toBe('warn');
    expect(en(diskLine('/var/lib/docker', 50 * GiB))).toEqual({ id: 'disk', status: 'pass', message: '50.0 GiB free under /var/lib/docker' });
    expect(diskLine('/x', null, { ko: '원격', en: 'remote' }).status).toBe('warn');
  });

  it('the CLI: missing warns', () => {
    expect(cliLine(null).status).toBe('warn');
    expect(cliLine('28.2.2').status).toBe('pass');
  });

  it('exit code: 1 only when a line fails; warnings do not fail', () => {
    expect(doctorExitCode([cliLine(null), diskLine('/', null)])).toBe(0);
    expect(doctorExitCode([cliLine(null), diskLine('/', 1)])).toBe(1);
  });

  it('renders one line per check with the fix below, and the counts', () => {
    const text = renderDoctor([cliLine('28'), portLine(80, ['x'], { publishedBy: ['web'], listen: 'in-use' })]);
    expect(text).toBe(['✔ cli      docker CLI 28', '✘ port:80  host port 80 is published by container web (bound by x)', '           fix: stop or remove it: docker rm -f web', '', 'doctor: 1 pass, 0 warn, 1 fail', ''].join('\n'));
  });

  it('speaks Korean under --lang ko: every line, its fix and the counts, with particles from the word', () => {
    const lines = [
      cliLine('28'),
      portLine(80, ['2.2.4/publish-80'], { publishedBy: ['web'], listen: 'in-use' }),
      imageLine('centos:7', ['2.2.1/pull-centos'], { present: false }),
      diskLine('/var/lib/docker', 3 * 1024 ** 3),
    ];
    expect(renderDoctor(lines, 'ko')).toBe(
      [
        '✔ cli             docker CLI 28',
        '✘ port:80         호스트의 80번 포트는 컨테이너 web이 쓰고 있습니다 (2.2.4/publish-80 실습이 바인딩)',
        '                  해결: 그 컨테이너를 멈추거나 지우세요: docker rm -f web',
        '✘ image:centos:7  centos:7이 없습니다 (2.2.1/pull-centos 실습에 필요)',
        '                  해결: 수업 전에 받아 두세요: docker pull centos:7 (받을 수 있는지는 doctor --online이 레지스트리에 물어봅니다)',
        '! disk            /var/lib/docker 아래 3.0 GiB가 남아 있습니다. 이 장의 이미지를 받기에는 빠듯합니다',
        '                  해결: 수업 전에 docker system prune으로 공간을 비우세요',
        '',
        'doctor: 통과 1, 주의 1, 실패 2',
        '',
      ].join('\n'),
    );
  });

  it('every line of every kind has Korean text that is not the English one (bar names and versions)', () => {
    const every = [
      versionLine({ Version: '1.13.1', ApiVersion: '1.26', Os: 'linux' }),
      versionLine({ Version: '19.03.1', ApiVersion: '1.40', Os: 'linux' }),
      versionLine({ Version: '27.0.0', ApiVersion: '1.46', Os: 'windows' }),
      archLine('aarch64', ['mysql:5.7'])!,
      ...([{ present: true }, { present: true, standIn: true }, { present: false }, { present: false, pullable: true }, { present: false, pullable: false }] as const).map((f) => imageLine('centos:7', ['a'], f)),
      ...(['in-use', 'free', 'denied', 'unchecked'] as const).map((listen) => portLine(80, ['x'], { publishedBy: [], listen })),
      portLine(80, ['x'], { publishedBy: ['web'], listen: 'in-use' }),
      diskLine('/d', 1), diskLine('/d', 3 * 1024 ** 3), diskLine('/d', null, { ko: '원격', en: 'remote' }),
      cliLine(null),
    ];
    for (const line of every) {
      expect([line.id, line.message.ko === line.message.en]).toEqual([line.id, false]);
      if (line.fix && !line.fix.en.startsWith('docker ')) expect([line.id, line.fix.ko === line.fix.en]).toEqual([line.id, false]);
      expect(line.message.ko).toMatch(/[가-힣]/);
    }
  });

  it('--deep picks the first preferred image that is present', () => {
    expect(pickProbeImage(['centos:7', 'ubuntu:14.04'], ['busybox:latest', 'ubuntu:14.04', 'centos:7'])).toBe('ubuntu:14.04');
    expect(pickProbeImage(['mysql:5.7'], ['busybox:latest'])).toBeNull();
  });
});
