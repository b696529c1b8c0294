import { buildPaths, commandsOfLine, dockerfileBases, fixedHostPorts, forHost, formatStep, hostPortsOfPublish, imagesOf, isBuildStep, namesCpus, neededImages, normalRelative, objectsCreatedBy, parseStep, splitCommandLine, stepArgs, stepsOfCommands, removingVolumes, withImageLabels, withLabels, withoutPulling } from './docker-args.js';

describe('parseStep', () => {
  it('reads short clusters, attached values, long options with and without =', () => {
    const p = parseStep(['run', '-itd', '-p80:80', '--name=web', '-e', 'A=b', '--link', 'db:mysql', '--rm', 'ubuntu:14.04', 'sh', '-c', 'echo -p 1:1']);
    expect(p.verb).toBe('run');
    expect(p.options.get('interactive')).toEqual(['true']);
    expect(p.options.get('tty')).toEqual(['true']);
    expect(p.options.get('detach')).toEqual(['true']);
    expect(p.options.get('publish')).toEqual(['80:80']);
    expect(p.options.get('name')).toEqual(['web']);
    expect(p.options.get('env')).toEqual(['A=b']);
    expect(p.options.get('link')).toEqual(['db:mysql']);
    expect(p.positionals).toEqual(['ubuntu:14.04', 'sh', '-c', 'echo -p 1:1']);
  });

  it('knows `container run`, `image pull`, `network create -d`', () => {
    expect(parseStep(['container', 'run', 'x']).verb).toBe('run');
    expect(parseStep(['image', 'pull', 'centos:7']).verb).toBe('pull');
    const net = parseStep(['network', 'create', '-d', 'bridge', '--subnet=172.72.0.0/16', 'mybridge']);
    expect(net.verb).toBe('network create');
    expect(net.options.get('driver')).toEqual(['bridge']);
    expect(net.positionals).toEqual(['mybridge']);
  });
});

describe('port parsing', () => {
  it.each([
    ['80:80', [80]],
    ['127.0.0.1:7777:80', [7777]],
    ['192.168.0.100:7777:80/tcp', [7777]],
    ['3306:3306/udp', [3306]],
    ['[::1]:8080:80', [8080]],
    ['8000-8002:80-82', [8000, 8001, 8002]],
    ['80', []],
    ['127.0.0.1::80', []],
    ['abc:80', []],
    ['0:80', []],
  ])('%s binds %j', (value, ports) => {
    expect(hostPortsOfPublish(value)).toEqual(ports);
  });

  it('finds fixed host ports across steps, sorted, random ones left out', () => {
    expect(fixedHostPorts([['run', '-d', '-p', '80:80', '-p', '80', '-p', '127.0.0.1:7777:80', '--publish=3306:3306', 'x'], ['start', 'x'], ['create', '-p8080:8080', 'y']])).toEqual([80, 3306, 7777, 8080]);
    expect(fixedHostPorts([['run', '-p', '80', 'wordpress']])).toEqual([]);
    expect(fixedHostPorts([['exec', 'x', 'nc', '-p', '80:80']])).toEqual([]);
  });
});

describe('images and created objects', () => {
  it('lists the images run, created and pulled', () => {
    expect(imagesOf([['pull', 'centos:7'], ['run', '-d', '-e', 'X=1', 'mysql:5.7'], ['create', '-i', '-t', '--name', 'a', 'centos:7'], ['start', 'a']])).toEqual(['centos:7', 'mysql:5.7']);
  });

  it('finds containers, networks and named volumes (not bind mounts)', () => {
    const steps = [
      ['network', 'create', '--driver', 'bridge', 'p-mybridge'],
      ['volume', 'create', '--name', 'p-myvolume'],
      ['run', '-d', '--name', 'p-db', '-v', 'p-data:/var/lib/mysql', '-v', '/home/x:/y', '--mount', 'type=volume,source=p-m,target=/r', '--mount', 'type=bind,source=/h,target=/t', 'mysql:5.7'],
      ['run', '-d', 'ubuntu:14.04'],
      ['rename', 'p-db', 'p-db2'],
    ];
    expect(objectsCreatedBy(steps)).toEqual({ containers: ['p-db', 'p-db2'], networks: ['p-mybridge'], volumes: ['p-myvolume', 'p-data', 'p-m'], images: [] });
  });
});

describe('step rewriting', () => {
  it('labels what a step creates, right after the verb', () => {
    expect(withLabels(['run', '-d', 'x'], { 'dockgrade.solve': 'a/b' })).toEqual(['run', '--label', 'dockgrade.solve=a/b', '-d', 'x']);
    expect(withLabels(['network', 'create', 'n'], { k: 'v' })).toEqual(['network', 'create', '--label', 'k=v', 'n']);
    expect(withLabels(['start', 'x'], { k: 'v' })).toEqual(['start', 'x']);
  });

  it('labels the images a commit, an import or a build makes (--change LABEL, --label), and nothing else', () => {
    expect(withImageLabels(['build', '-t', 'p-mybuild:0.0', './'], { 'dockgrade.prefix': 'p-' })).toEqual(['build', '--label', 'dockgrade.prefix=p-', '-t', 'p-mybuild:0.0', './']);
    expect(withImageLabels({ args: ['build', '-t', 'x', '.'], files: { Dockerfile: 'FROM scratch\n' } }, { k: 'v' })).toEqual({ args: ['build', '--label', 'k=v', '-t', 'x', '.'], files: { Dockerfile: 'FROM scratch\n' } });
    expect(withImageLabels(['commit', '-a', 'alicek106', 'c', 'p-commit_test:first'], { 'dockgrade.prefix': 'p-' })).toEqual(['commit', '--change', 'LABEL dockgrade.prefix="p-"', '-a', 'alicek106', 'c', 'p-commit_test:first']);
    expect(withImageLabels(['container', 'commit', 'c', 'i'], { k: 'v w' })).toEqual(['container', 'commit', '--change', 'LABEL k="v w"', 'c', 'i']);
    expect(withImageLabels(['import', 'rootFS.tar', 'p-myimage:0.0'], { k: 'v' })).toEqual(['import', '--change', 'LABEL k="v"', 'rootFS.tar', 'p-myimage:0.0']);
    expect(withImageLabels(['run', '-d', 'ubuntu:14.04'], { k: 'v' })).toEqual(['run', '-d', 'ubuntu:14.04']);
    expect(withImageLabels(['tag', 'a', 'b'], { k: 'v' })).toEqual(['tag', 'a', 'b']);
  });

  it("removes a container's anonymous volumes with it (rm -v), once, and touches nothing else", () => {
    expect(removingVolumes(['rm', '-f', 'p-web'])).toEqual(['rm', '-v', '-f', 'p-web']);
    expect(removingVolumes(['container', 'rm', 'p-web'])).toEqual(['container', 'rm', '-v', 'p-web']);
    expect(removingVolumes(['rm', '-fv', 'p-web'])).toEqual(['rm', '-fv', 'p-web']);
    expect(removingVolumes(['rm', '--volumes', 'p-web'])).toEqual(['rm', '--volumes', 'p-web']);
    expect(removingVolumes(['volume', 'rm', 'p-myvolume'])).toEqual(['volume', 'rm', 'p-myvolume']);
    expect(removingVolumes(['rmi', 'p-x'])).toEqual(['rmi', 'p-x']);
  });

  it('never pulls: --pull=never on runs, pull becomes image inspect', () => {
    expect(withoutPulling(['create', '-i', 'centos:7'])).toEqual(['create', '--pull=never', '-i', 'centos:7']);
    expect(withoutPulling(['pull', 'centos:7'])).toEqual(['image', 'inspect', '--format', '{{.Id}}', 'centos:7']);
    expect(withoutPulling(['stop', 'x'])).toEqual(['stop', 'x']);
  });

  it("runs the book's --cpuset-cpus on a host that lacks its CPUs with as many of the host's last ones", () => {
    const run = ['run', '-d', '--name', 'cpuset_2', '--cpuset-cpus=2', 'alicek106/stress', 'stress', '--cpu', '1'];
    expect(forHost(run, { ncpu: 2 })).toEqual(['run', '-d', '--name', 'cpuset_2', '--cpuset-cpus=1', 'alicek106/stress', 'stress', '--cpu', '1']);
    expect(forHost(run, { ncpu: 4 })).toEqual(run);
    expect(forHost(run, { ncpu: 0 })).toEqual(run);
    expect(forHost(['update', '--cpuset-cpus', '1', 'cpuset_2'], { ncpu: 1 })).toEqual(['update', '--cpuset-cpus', '0', 'cpuset_2']);
    expect(forHost(['container', 'create', '--cpuset-cpus', '2-3', 'x'], { ncpu: 3 })).toEqual(['container', 'create', '--cpuset-cpus', '1-2', 'x']);
    // the command inside the container and other verbs are left alone
    expect(forHost(['run', 'img', 'sh', '-c', '--cpuset-cpus=2'], { ncpu: 2 })).toEqual(['run', 'img', 'sh', '-c', '--cpuset-cpus=2']);
    expect(forHost(['exec', 'x', 'ls'], { ncpu: 1 })).toEqual(['exec', 'x', 'ls']);
    expect(namesCpus([['run', 'x'], run])).toBe(true);
    expect(namesCpus([['run', 'x']])).toBe(false);
  });

  it('formats a step for the shell', () => {
    expect(formatStep(['run', '-e', 'A=b c', '--name', "it's", 'x:1'])).toBe(`docker run -e 'A=b c' --name 'it'\\''s' x:1`);
  });
});

describe('the book commands as text', () => {
  it('splits shell words with quotes', () => {
    expect(splitCommandLine(`docker exec wordpressdb mysql -uroot -ppassword -e 'show databases'`)).toEqual(['docker', 'exec', 'wordpressdb', 'mysql', '-uroot', '-ppassword', '-e', 'show databases']);
    expect(splitCommandLine('docker run -e "A=\\"q\\"" x')).toEqual(['docker', 'run', '-e', 'A="q"', 'x']);
    // The book's multi-line commands: a backslash-newline continues the line; a second command is not read.
    expect(splitCommandLine('docker run -d \\\n--name wordpressdb mysql:5.7; docker ps')).toEqual(['docker', 'run', '-d', '--name', 'wordpressdb', 'mysql:5.7']);
  });
  it('splits a line into its && commands, outside quotes', () => {
    expect(commandsOfLine("docker export -o rootFS.tar c && docker import rootFS.tar i")).toEqual(['docker export -o rootFS.tar c', 'docker import rootFS.tar i']);
    expect(commandsOfLine("docker exec c sh -c 'a && b' && docker commit c x")).toEqual(["docker exec c sh -c 'a && b'", 'docker commit c x']);
    expect(commandsOfLine('docker ps')).toEqual(['docker ps']);
  });
  it('keeps docker lines only, first command of a line', () => {
    expect(stepsOfCommands(['docker run -i -t ubuntu:14.04', 'apt-get update; apt-get install apache2', 'docker images; docker ps'])).toEqual([['run', '-i', '-t', 'ubuntu:14.04'], ['images']]);
  });
});

describe('build steps', () => {
  const build = (command: string[], files: Record<string, string> = { Dockerfile: 'FROM ubuntu:14.04' }) => ({ args: command, files });

  it('reads where a build reads from: its context and its Dockerfile, as typed', () => {
    expect(buildPaths(['build', '-t', 'mybuild:0.0', './'])).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(buildPaths(['build', '-f', 'Dockerfile2', './', '-t', 'x'])).toEqual({ context: '.', dockerfile: 'Dockerfile2' });
    expect(buildPaths(['image', 'build', '-t', 'x', 'ctx/'])).toEqual({ context: 'ctx', dockerfile: 'ctx/Dockerfile' });
    for (const context of ['-', '/srv/app', '../up', 'https://github.com/a/b.git', 'git@github.com:a/b.git']) expect(buildPaths(['build', '-t', 'x', context])).toBeNull();
    expect(buildPaths(['run', 'x'])).toBeNull();
  });

  it('keeps relative paths inside their folder', () => {
    expect(normalRelative('./a/./b')).toBe('a/b');
    expect(normalRelative('./')).toBe('.');
    for (const bad of ['', '-', '/etc/passwd', 'a/../../b', 'a\\b']) expect(normalRelative(bad)).toBeNull();
  });

  it('finds the images a Dockerfile starts from, not its own stages, across continuations and comments', () => {
    expect(dockerfileBases('# FROM commented:1\nFROM --platform=linux/amd64 golang:1.14 AS builder\nRUN go build \\\n  -o /app\nFROM builder\nfrom alpine:3.10\nFROM scratch\n')).toEqual(['golang:1.14', 'alpine:3.10']);
  });

  it('a build needs its FROM images unless an earlier step made them, and makes its tags', () => {
    const steps = [build(['build', '-t', 'onbuild_test:0.0', '.']), build(['build', '-t', 'onbuild_test:0.1', '-f', 'Dockerfile2', '.'], { Dockerfile2: 'FROM onbuild_test:0.0' }), ['run', '-d', 'onbuild_test:0.1']];
    expect(neededImages(steps)).toEqual(['ubuntu:14.04']);
    expect(objectsCreatedBy(steps).images).toEqual(['onbuild_test:0.0', 'onbuild_test:0.1']);
    expect(objectsCreatedBy([['tag', 'ubuntu:14.04', 'my:1'], ['commit', 'c', 'commit_test:first']]).images).toEqual(['my:1', 'commit_test:first']);
  });

  it('labels a build (its image) and keeps its files; formats only its command', () => {
    const labelled = withLabels(build(['build', '-t', 'x', './']), { 'dockgrade.solve': '2.4.2/x' });
    expect(labelled).toEqual({ args: ['build', '--label', 'dockgrade.solve=2.4.2/x', '-t', 'x', './'], files: { Dockerfile: 'FROM ubuntu:14.04' } });
    expect(isBuildStep(labelled)).toBe(true);
    expect(stepArgs(labelled)).toEqual(['build', '--label', 'dockgrade.solve=2.4.2/x', '-t', 'x', './']);
    expect(formatStep(build(['build', '-t', 'mybuild:0.0', './']))).toBe('docker build -t mybuild:0.0 ./');
    expect(withoutPulling(build(['build', '-t', 'x', '.']))).toEqual(build(['build', '-t', 'x', '.']));
  });
});
