import { DockerStepError } from './docker-flags.js';
import { prefixedImage, prefixSteps, rewriteDockerfile } from './prefix-rewriter.js';
import { stepArgs } from './docker-args.js';

/** One step under prefix `alice`. */
const alice = (step: string[], unnamed?: string) => prefixSteps([step], 'alice', unnamed ? { unnamed } : {})[0];

describe('prefixSteps: containers', () => {
  it('prefixes --name in both forms, and keeps everything else', () => {
    expect(alice(['run', '-d', '--name', 'web', '-p', '80:80', 'wordpress'])).toEqual(['run', '-d', '--name', 'alice-web', '-p', '80:80', 'wordpress']);
    expect(alice(['run', '-d', '--name=web', 'wordpress'])).toEqual(['run', '-d', '--name=alice-web', 'wordpress']);
    expect(alice(['container', 'create', '-i', '-t', '--name', 'mycentos', 'centos:7'])).toEqual(['container', 'create', '-i', '-t', '--name', 'alice-mycentos', 'centos:7']);
  });
  it('prefixes the target of --link, not its alias, in both forms', () => {
    expect(alice(['run', '--link', 'wordpressdb:mysql', 'wordpress'])).toEqual(['run', '--link', 'alice-wordpressdb:mysql', 'wordpress']);
    expect(alice(['run', '--link=wordpressdb:mysql', 'wordpress'])).toEqual(['run', '--link=alice-wordpressdb:mysql', 'wordpress']);
    expect(alice(['run', '--link', 'db', 'wordpress'])).toEqual(['run', '--link', 'alice-db', 'wordpress']);
  });
  it('prefixes --volumes-from (keeping :ro), --net container:x, --pid and --ipc container:x', () => {
    expect(alice(['run', '--volumes-from', 'volume_overide:ro', 'ubuntu:14.04'])).toEqual(['run', '--volumes-from', 'alice-volume_overide:ro', 'ubuntu:14.04']);
    expect(alice(['run', '--volumes-from=src', 'ubuntu:14.04'])).toEqual(['run', '--volumes-from=alice-src', 'ubuntu:14.04']);
    expect(alice(['run', '--net', 'container:network_container_1', 'ubuntu:14.04'])).toEqual(['run', '--net', 'container:alice-network_container_1', 'ubuntu:14.04']);
    expect(alice(['run', '--network=container:c1', '--pid', 'container:c2', '--ipc=container:c3', '--pid=host', 'ubuntu:14.04'])).toEqual(['run', '--network=container:alice-c1', '--pid', 'container:alice-c2', '--ipc=container:alice-c3', '--pid=host', 'ubuntu:14.04']);
  });
  it.each([
    [['exec', '-it', 'web', 'ls', 'web'], ['exec', '-it', 'alice-web', 'ls', 'web']],
    [['exec', '-e', 'A=b', '-w', '/x', 'web', 'sh', '-c', 'echo --name x'], ['exec', '-e', 'A=b', '-w', '/x', 'alice-web', 'sh', '-c', 'echo --name x']],
    [['start', '-a', 'a', 'b'], ['start', '-a', 'alice-a', 'alice-b']],
    [['stop', '-t', '1', 'web'], ['stop', '-t', '1', 'alice-web']],
    [['stop', '--time=1', 'web'], ['stop', '--time=1', 'alice-web']],
    [['restart', 'web'], ['restart', 'alice-web']],
    [['rm', '-fv', 'a', 'b'], ['rm', '-fv', 'alice-a', 'alice-b']],
    [['rename', 'a', 'b'], ['rename', 'alice-a', 'alice-b']],
    [['attach', '--sig-proxy=false', 'web'], ['attach', '--sig-proxy=false', 'alice-web']],
    [['logs', '-f', '--tail', '10', 'web'], ['logs', '-f', '--tail', '10', 'alice-web']],
    [['inspect', '--format', '{{.Name}}', 'web'], ['inspect', '--format', '{{.Name}}', 'alice-web']],
    [['container', 'inspect', 'web'], ['container', 'inspect', 'alice-web']],
    [['port', 'web', '80'], ['port', 'alice-web', '80']],
    [['export', '-o', 'x.tar', 'web'], ['export', '-o', 'x.tar', 'alice-web']],
    [['update', '--memory', '1g', '--cpus=0.5', 'a', 'b'], ['update', '--memory', '1g', '--cpus=0.5', 'alice-a', 'alice-b']],
    [['kill', '-s', 'KILL', 'web'], ['kill', '-s', 'KILL', 'alice-web']],
    [['pause', 'web'], ['pause', 'alice-web']],
    [['unpause', 'web'], ['unpause', 'alice-web']],
    [['wait', 'web'], ['wait', 'alice-web']],
    [['top', 'web', 'aux'], ['top', 'alice-web', 'aux']],
    [['diff', 'web'], ['diff', 'alice-web']],
    [['stats', '--no-stream', 'web'], ['stats', '--no-stream', 'alice-web']],
    [['container', 'rm', '-f', 'web'], ['container', 'rm', '-f', 'alice-web']],
  ])('%j', (step, expected) => {
    expect(alice(step)).toEqual(expected);
  });
  it('prefixes the container side of docker cp only', () => {
    expect(alice(['cp', 'web:/etc/hosts', './hosts'])).toEqual(['cp', 'alice-web:/etc/hosts', './hosts']);
    expect(alice(['cp', '-a', '/tmp/x', 'web:/x'])).toEqual(['cp', '-a', '/tmp/x', 'alice-web:/x']);
    expect(alice(['cp', 'web:/x', '-'])).toEqual(['cp', 'alice-web:/x', '-']);
  });
  it('leaves the book images that inspect names alone', () => {
    expect(alice(['inspect', 'ubuntu:14.04'])).toEqual(['inspect', 'ubuntu:14.04']);
    expect(alice(['inspect', '--type', 'image', 'ubuntu'])).toEqual(['inspect', '--type', 'image', 'ubuntu']);
    expect(alice(['inspect', '--type=network', 'mybridge'])).toEqual(['inspect', '--type=network', 'alice-mybridge']);
    expect(alice(['inspect', '--type', 'volume', 'v'])).toEqual(['inspect', '--type', 'volume', 'alice-v']);
  });
  it('prefixes the names in ps filters', () => {
    expect(alice(['ps', '-a', '--filter', 'name=web', '-f', 'ancestor=ubuntu', '-f', 'status=exited', '-f', 'network=mynet', '-f', 'volume=v'])).toEqual([
      'ps', '-a', '--filter', 'name=alice-web', '-f', 'ancestor=ubuntu', '-f', 'status=exited', '-f', 'network=alice-mynet', '-f', 'volume=alice-v',
    ]);
    expect(alice(['network', 'ls', '-f', 'name=mynet'])).toEqual(['network', 'ls', '-f', 'name=alice-mynet']);
    expect(alice(['volume', 'ls', '--filter=name=v'])).toEqual(['volume', 'ls', '--filter=name=alice-v']);
  });
});

describe('prefixSteps: networks', () => {
  it.each([
    [['network', 'create', 'mybridge'], ['network', 'create', 'alice-mybridge']],
    [['network', 'create', '--driver', 'bridge', '--subnet=172.72.0.0/16', '--ip-range', '172.72.0.0/24', '--gateway=172.72.0.1', 'mybridge'], ['network', 'create', '--driver', 'bridge', '--subnet=172.72.0.0/16', '--ip-range', '172.72.0.0/24', '--gateway=172.72.0.1', 'alice-mybridge']],
    [['network', 'create', '-d', 'bridge', '-o', 'com.docker.network.bridge.name=br0', 'mybridge'], ['network', 'create', '-d', 'bridge', '-o', 'com.docker.network.bridge.name=br0', 'alice-mybridge']],
    [['network', 'rm', 'a', 'b'], ['network', 'rm', 'alice-a', 'alice-b']],
    [['network', 'inspect', '-f', '{{.Id}}', 'mybridge'], ['network', 'inspect', '-f', '{{.Id}}', 'alice-mybridge']],
    [['network', 'connect', '--alias', 'web', '--link', 'db:mysql', 'mybridge', 'web'], ['network', 'connect', '--alias', 'web', '--link', 'alice-db:mysql', 'alice-mybridge', 'alice-web']],
    [['network', 'disconnect', '-f', 'mybridge', 'web'], ['network', 'disconnect', '-f', 'alice-mybridge', 'alice-web']],
  ])('%j', (step, expected) => {
    expect(alice(step)).toEqual(expected);
  });
  it('prefixes --net/--network in every form, but not host, none, bridge, default', () => {
    expect(alice(['run', '--net', 'mybridge', '--net-alias', 'alicek106', 'ubuntu:14.04'])).toEqual(['run', '--net', 'alice-mybridge', '--net-alias', 'alicek106', 'ubuntu:14.04']);
    expect(alice(['run', '--network=mybridge', 'ubuntu:14.04'])).toEqual(['run', '--network=alice-mybridge', 'ubuntu:14.04']);
    expect(alice(['run', '--network', 'name=mybridge,alias=web', 'ubuntu:14.04'])).toEqual(['run', '--network', 'name=alice-mybridge,alias=web', 'ubuntu:14.04']);
    for (const builtIn of ['host', 'none', 'bridge', 'default']) {
      expect(alice(['run', '--net', builtIn, 'ubuntu:14.04'])).toEqual(['run', '--net', builtIn, 'ubuntu:14.04']);
      expect(alice(['run', `--network=${builtIn}`, 'ubuntu:14.04'])).toEqual(['run', `--network=${builtIn}`, 'ubuntu:14.04']);
    }
  });
});

describe('prefixSteps: volumes', () => {
  it.each([
    [['volume', 'create', 'myvolume'], ['volume', 'create', 'alice-myvolume']],
    [['volume', 'create', '--name', 'myvolume'], ['volume', 'create', '--name', 'alice-myvolume']],
    [['volume', 'create', '--name=myvolume', '-d', 'local', '-o', 'type=tmpfs'], ['volume', 'create', '--name=alice-myvolume', '-d', 'local', '-o', 'type=tmpfs']],
    [['volume', 'rm', '-f', 'a', 'b'], ['volume', 'rm', '-f', 'alice-a', 'alice-b']],
    [['volume', 'inspect', '--format', '{{.Mountpoint}}', 'v'], ['volume', 'inspect', '--format', '{{.Mountpoint}}', 'alice-v']],
  ])('%j', (step, expected) => {
    expect(alice(step)).toEqual(expected);
  });
  it('prefixes a named -v volume, not a host path or an anonymous volume', () => {
    expect(alice(['run', '-v', 'myvolume:/root/', '-v', '/home/wordpress_db:/var/lib/mysql', '-v', '/root', '-v', './data:/d', '-v', 'ro_vol:/x:ro', 'ubuntu:14.04'])).toEqual([
      'run', '-v', 'alice-myvolume:/root/', '-v', '/home/wordpress_db:/var/lib/mysql', '-v', '/root', '-v', './data:/d', '-v', 'alice-ro_vol:/x:ro', 'ubuntu:14.04',
    ]);
    expect(alice(['run', '--volume=myvolume:/root', '-vdata:/d', 'ubuntu:14.04'])).toEqual(['run', '--volume=alice-myvolume:/root', '-valice-data:/d', 'ubuntu:14.04']);
  });
  it('prefixes the source of a volume --mount, not of a bind or a tmpfs', () => {
    expect(alice(['run', '--mount', 'type=volume,source=myvolume,target=/root', '--mount', 'src=v2,dst=/x,readonly', '--mount=type=bind,source=/home/x,target=/y', '--mount', 'type=tmpfs,target=/t', '--mount', 'type=volume,target=/anon', 'ubuntu:14.04'])).toEqual([
      'run', '--mount', 'type=volume,source=alice-myvolume,target=/root', '--mount', 'src=alice-v2,dst=/x,readonly', '--mount=type=bind,source=/home/x,target=/y', '--mount', 'type=tmpfs,target=/t', '--mount', 'type=volume,target=/anon', 'ubuntu:14.04',
    ]);
  });
});

describe('prefixSteps: images the steps create', () => {
  it('names an image made elsewhere (the solution\'s build) under the prefix when told it was made', () => {
    expect(stepArgs(prefixSteps([['run', '-d', '-P', '--name', 'myserver', 'mybuild:0.0']], 'alice', { made: ['mybuild:0.0'] })[0])).toEqual(['run', '-d', '-P', '--name', 'alice-myserver', 'mybuild:alice-0.0']);
    // the book's images stay
    expect(stepArgs(prefixSteps([['run', '--name', 'web', 'ubuntu:14.04']], 'alice', { made: ['mybuild:0.0'] })[0])).toEqual(['run', '--name', 'alice-web', 'ubuntu:14.04']);
  });
  it('puts the prefix into the tag, keeping the registry and repository', () => {
    expect(prefixedImage('alice', 'myimage')).toBe('myimage:alice-latest');
    expect(prefixedImage('alice', 'mybuild:0.0')).toBe('mybuild:alice-0.0');
    expect(prefixedImage('dgt-x-', '127.0.0.1:5000/app:1.0')).toBe('127.0.0.1:5000/app:dgt-x-1.0');
    expect(prefixedImage('', 'myimage')).toBe('myimage');
    expect(() => prefixedImage('alice', 'ubuntu@sha256:abc')).toThrow(DockerStepError);
  });
  it('prefixes build -t, commit, tag and import targets and their later uses; never the book images', () => {
    const steps = [
      ['build', '-t', 'mybuild:0.0', '-f', 'Dockerfile', '.'],
      ['run', '-d', '--name', 'web', 'mybuild:0.0'],
      ['commit', '-a', 'alicek106', '-m', 'my first commit', 'commit_test', 'commit_test:first'],
      ['tag', 'commit_test:first', '127.0.0.1:5000/commit_test:first'],
      ['push', '127.0.0.1:5000/commit_test:first'],
      ['tag', 'ubuntu:14.04', 'ubuntu:16.04'],
      ['import', 'rootFS.tar', 'myimage:0.0'],
      ['run', '-i', '-t', 'myimage:0.0'],
      ['run', '-i', '-t', 'ubuntu:14.04'],
      ['history', 'commit_test:first'],
      ['save', '-o', 'x.tar', 'commit_test:first', 'ubuntu:14.04'],
      ['image', 'inspect', 'mybuild:0.0'],
      ['inspect', 'mybuild:0.0'],
      ['rmi', 'commit_test:first', 'ubuntu:16.04', 'centos:7'],
      ['image', 'build', '--tag=other', '--build-arg', 'A=b', '--network', 'mynet', '.'],
      ['create', 'other:latest'],
    ];
    expect(prefixSteps(steps, 'alice')).toEqual([
      ['build', '-t', 'mybuild:alice-0.0', '-f', 'Dockerfile', '.'],
      ['run', '-d', '--name', 'alice-web', 'mybuild:alice-0.0'],
      ['commit', '-a', 'alicek106', '-m', 'my first commit', 'alice-commit_test', 'commit_test:alice-first'],
      ['tag', 'commit_test:alice-first', '127.0.0.1:5000/commit_test:alice-first'],
      ['push', '127.0.0.1:5000/commit_test:alice-first'],
      ['tag', 'ubuntu:14.04', 'ubuntu:alice-16.04'],
      ['import', 'rootFS.tar', 'myimage:alice-0.0'],
      ['run', '-i', '-t', 'myimage:alice-0.0'],
      ['run', '-i', '-t', 'ubuntu:14.04'],
      ['history', 'commit_test:alice-first'],
      ['save', '-o', 'x.tar', 'commit_test:alice-first', 'ubuntu:14.04'],
      ['image', 'inspect', 'mybuild:alice-0.0'],
      ['inspect', 'mybuild:alice-0.0'],
      ['rmi', 'commit_test:alice-first', 'ubuntu:alice-16.04', 'centos:7'],
      ['image', 'build', '--tag=other:alice-latest', '--build-arg', 'A=b', '--network', 'alice-mynet', '.'],
      ['create', 'other:alice-latest'],
    ]);
  });
  it('does not rewrite an image before the step that creates it', () => {
    expect(prefixSteps([['run', 'myimage'], ['tag', 'ubuntu:14.04', 'myimage']], 'alice')).toEqual([['run', 'myimage'], ['tag', 'ubuntu:14.04', 'myimage:alice-latest']]);
  });
});

describe('prefixSteps: unnamed containers', () => {
  it('names a run/create without --name under a prefix, after the leading boolean flags', () => {
    expect(alice(['run', '-i', '-t', '-p', '3306:3306', 'ubuntu:14.04'], 'publish-multi')).toEqual(['run', '-i', '-t', '--name', 'alice-publish-multi', '-p', '3306:3306', 'ubuntu:14.04']);
    expect(alice(['run', '-itd', 'ubuntu:14.04'], 'u')).toEqual(['run', '-itd', '--name', 'alice-u', 'ubuntu:14.04']);
    expect(alice(['create', 'ubuntu:14.04'], 'u')).toEqual(['create', '--name', 'alice-u', 'ubuntu:14.04']);
    expect(alice(['container', 'run', '--rm', '-d', '-e', 'A=b', 'ubuntu:14.04', 'sleep', '1'], 'u')).toEqual(['container', 'run', '--rm', '-d', '--name', 'alice-u', '-e', 'A=b', 'ubuntu:14.04', 'sleep', '1']);
  });
  it('leaves a named one, other commands, and everything without a prefix alone', () => {
    expect(alice(['run', '-d', '--name', 'web', 'ubuntu:14.04'], 'u')).toEqual(['run', '-d', '--name', 'alice-web', 'ubuntu:14.04']);
    expect(alice(['start', 'web'], 'u')).toEqual(['start', 'alice-web']);
    expect(prefixSteps([['run', '-i', '-t', 'ubuntu:14.04']], '', { unnamed: 'u' })).toEqual([['run', '-i', '-t', 'ubuntu:14.04']]);
  });
});

describe('prefixSteps: shapes', () => {
  const book = [
    ['network', 'create', '--driver=bridge', 'mybridge'],
    ['volume', 'create', '--name', 'myvolume'],
    ['run', '-itd', '-p80:80', '--name=web', '-v', 'myvolume:/root', '--net', 'mybridge', '--link', 'db:mysql', '-e', 'WORDPRESS_DB_HOST=mysql', 'ubuntu:14.04', 'sh', '-c', '--name x'],
    ['tag', 'ubuntu:14.04', 'mine:1'],
    ['exec', 'web', 'ls'],
  ];
  it('is the identity without a prefix (and copies, never shares, the steps)', () => {
    const out = prefixSteps(book, '');
    expect(out).toEqual(book);
    expect(out[0]).not.toBe(book[0]);
  });
  it('changes only the words that name objects, each in the shape it was written in, and never its input', () => {
    const before = JSON.stringify(book);
    const out = prefixSteps(book, 'alice').map(stepArgs);
    expect(JSON.stringify(book)).toBe(before);
    expect(out.map((s) => s.length)).toEqual(book.map((s) => s.length));
    const changed = out.flatMap((step, i) => step.flatMap((word, k) => (word === book[i][k] ? [] : [[book[i][k], word]])));
    expect(changed).toEqual([
      ['mybridge', 'alice-mybridge'],
      ['myvolume', 'alice-myvolume'],
      ['--name=web', '--name=alice-web'],
      ['myvolume:/root', 'alice-myvolume:/root'],
      ['mybridge', 'alice-mybridge'],
      ['db:mysql', 'alice-db:mysql'],
      ['mine:1', 'mine:alice-1'],
      ['web', 'alice-web'],
    ]);
  });
  it('joins as names.ts prefixed() does: a prefix ending in a separator is used as is', () => {
    expect(prefixSteps([['run', '--name', 'web', 'x']], 'dgt-flags-1-')[0]).toEqual(['run', '--name', 'dgt-flags-1-web', 'x']);
    expect(prefixSteps([['run', '--name', 'web', 'x']], 'bob_')[0]).toEqual(['run', '--name', 'bob_web', 'x']);
  });
  it('reads a value flag at the end of a -cluster and -f=value', () => {
    expect(alice(['run', '-itp', '8080:80', '--', 'ubuntu:14.04'])).toEqual(['run', '-itp', '8080:80', '--', 'ubuntu:14.04']);
    expect(alice(['run', '-dv', 'data:/d', 'ubuntu:14.04'])).toEqual(['run', '-dv', 'alice-data:/d', 'ubuntu:14.04']);
    expect(alice(['run', '-dvdata:/d', 'ubuntu:14.04'])).toEqual(['run', '-dvalice-data:/d', 'ubuntu:14.04']);
    expect(alice(['run', '-v=data:/d', 'ubuntu:14.04'])).toEqual(['run', '-v=alice-data:/d', 'ubuntu:14.04']);
  });
  it('never reads the container command as flags', () => {
    expect(alice(['run', '-d', 'ubuntu:14.04', 'sh', '-c', 'docker run --name x y'])).toEqual(['run', '-d', 'ubuntu:14.04', 'sh', '-c', 'docker run --name x y']);
  });
});

describe('prefixSteps: what it cannot read is an error naming it', () => {
  it.each([
    [['run', '--bogus', 'x', 'ubuntu:14.04'], /docker run: unknown flag '--bogus'/],
    [['run', '-dZ', 'ubuntu:14.04'], /docker run: unknown flag '-Z'/],
    [['create', '-d', 'ubuntu:14.04'], /docker create: unknown flag '-d'/],
    [['network', 'create', '--bogus=1', 'n'], /docker network create: unknown flag '--bogus'/],
    [['volume', 'create', '--subnet', '1', 'v'], /docker volume create: unknown flag '--subnet'/],
    [['stop', '--force', 'web'], /docker stop: unknown flag '--force'/],
    [['run', '--name'], /docker run: flag '--name' needs a value/],
    [['frobnicate', 'web'], /docker frobnicate: a command dockgrade cannot read/],
    [['compose', 'up'], /docker compose: a command dockgrade cannot read/],
    [['container', 'prune', '-f'], /docker container prune: a command dockgrade cannot read/],
  ])('%j', (step, error) => {
    expect(() => alice(step)).toThrow(DockerStepError);
    expect(() => alice(step)).toThrow(error);
    // The same without a prefix: an exercise's steps are wrong whoever runs them.
    expect(() => prefixSteps([step], '')).toThrow(error);
  });
});

describe('prefixSteps: what no prefix can narrow', () => {
  it('refuses network and volume prune under a prefix (they would remove what others made), not without one', () => {
    expect(() => alice(['network', 'prune', '-f'])).toThrow(/docker network prune: removes what other learners made too/);
    expect(() => alice(['volume', 'prune', '-f'])).toThrow(DockerStepError);
    expect(prefixSteps([['volume', 'prune', '-f']], '')).toEqual([['volume', 'prune', '-f']]);
  });
  it("keeps image prune to the learner's labelled images under a prefix (a dangling image has no tag to carry it), as it is without one", () => {
    expect(alice(['image', 'prune', '-f'])).toEqual(['image', 'prune', '-f', '--filter', 'label=dockgrade.prefix=alice']);
    expect(prefixSteps([['image', 'prune', '-a', '--filter', 'until=1h']], 'dgt-walk-x-')).toEqual([['image', 'prune', '-a', '--filter', 'until=1h', '--filter', 'label=dockgrade.prefix=dgt-walk-x-']]);
    expect(prefixSteps([['image', 'prune', '-f']], '')).toEqual([['image', 'prune', '-f']]);
  });
  it('passes the commands that name nothing it made', () => {
    const reads = [['login', '-u', 'alicek106', '127.0.0.1:5000'], ['search', '--limit', '5', 'ubuntu'], ['events', '--since', '10m'], ['system', 'df', '-v'], ['version'], ['ps', '-a', '--format', '{{.Names}}'], ['images'], ['load', '-i', 'x.tar']];
    expect(prefixSteps(reads, 'alice')).toEqual(reads);
  });
});

describe('build steps under a prefix', () => {
  it("renames a later build's FROM of an image the steps made, and only the FROM words", () => {
    const dockerfile2 = '# FROM onbuild_test:0.0 in a comment stays\nFROM onbuild_test:0.0\nRUN echo FROM onbuild_test:0.0\n';
    const out = prefixSteps(
      [
        { args: ['build', './', '-t', 'onbuild_test:0.0'], files: { Dockerfile: 'FROM ubuntu:14.04\nONBUILD RUN echo "onbuild!" >> /onbuild_file' } },
        { args: ['build', '-f', 'Dockerfile2', './', '-t', 'onbuild_test:0.1'], files: { Dockerfile2: dockerfile2 } },
      ],
      'alice',
    );
    expect(out[0]).toEqual({ args: ['build', './', '-t', 'onbuild_test:alice-0.0'], files: { Dockerfile: 'FROM ubuntu:14.04\nONBUILD RUN echo "onbuild!" >> /onbuild_file' } });
    expect(out[1]).toEqual({
      args: ['build', '-f', 'Dockerfile2', './', '-t', 'onbuild_test:alice-0.1'],
      files: { Dockerfile2: '# FROM onbuild_test:0.0 in a comment stays\nFROM onbuild_test:alice-0.0\nRUN echo FROM onbuild_test:0.0\n' },
    });
  });

  it("never renames a stage of the same Dockerfile or the book's images, and a build's own tag is not its FROM", () => {
    expect(rewriteDockerfile('FROM mybuild:0.0 AS mybuild\nFROM mybuild\nfrom --platform=linux/amd64 ubuntu:14.04', (ref) => (ref.startsWith('mybuild') ? `${ref}-X` : ref))).toBe(
      'FROM mybuild:0.0-X AS mybuild\nFROM mybuild\nfrom --platform=linux/amd64 ubuntu:14.04',
    );
    const [step] = prefixSteps([{ args: ['build', '-t', 'ubuntu:14.04', '.'], files: { Dockerfile: 'FROM ubuntu:14.04' } }], 'alice');
    expect(step).toEqual({ args: ['build', '-t', 'ubuntu:alice-14.04', '.'], files: { Dockerfile: 'FROM ubuntu:14.04' } });
  });

  it("writes the prefix into a LABEL line's dockgrade.prefix, bare or quoted, beside other labels; nothing else", () => {
    const dockerfile = 'FROM ubuntu:14.04\nLABEL purpose=dangling dockgrade.prefix=""\nlabel "dockgrade.prefix.not"=x dockgrade.prefix=old\nRUN echo dockgrade.prefix=""';
    expect(rewriteDockerfile(dockerfile, (ref) => ref, 'alice')).toBe('FROM ubuntu:14.04\nLABEL purpose=dangling dockgrade.prefix=alice\nlabel "dockgrade.prefix.not"=x dockgrade.prefix=alice\nRUN echo dockgrade.prefix=""');
    expect(rewriteDockerfile(dockerfile, (ref) => ref)).toBe(dockerfile);
    const [step] = prefixSteps([{ args: ['build', '-t', 'mydangle:0.0', './'], files: { Dockerfile: dockerfile } }], 'dgt-walk-x-');
    expect((step as { files: Record<string, string> }).files.Dockerfile).toContain('LABEL purpose=dangling dockgrade.prefix=dgt-walk-x-\n');
  });

  it('leaves a build as it is without a prefix', () => {
    const step = { args: ['build', '-t', 'mybuild:0.0', './'], files: { Dockerfile: 'FROM ubuntu:14.04', 'test.html': 'x' } };
    expect(prefixSteps([step], '')).toEqual([step]);
  });
});
