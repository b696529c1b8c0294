import { z } from 'zod';
import { makeAttachment, makeContainer, makeImage, makeNetwork, makeSnapshot, makeVolume } from '../../../fixtures/snapshot-factory.js';
import { passesAgainstTest, stateOf, statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { field, fieldKind, pathWithNames, withNames } from './field.js';
import { parseExerciseYaml } from '../exercise/catalog-compile.js';
import { buildExercise } from '../exercise/exercise-builder.js';
import { compileExercise } from '../exercise/exercise-compiler.js';
import { gradeExercise } from '../run.js';
import { EXERCISES } from '../../../exercises/index.js';

const params = (p: Record<string, unknown>) => fieldKind.params(z).safeParse(p);

describe('kind field: parameters', () => {
  it('takes one comparison, a name for every object but the engine, made for images only', () => {
    expect(params({ object: 'network', name: 'mynet', field: 'ipam.config.0.subnet', equals: '172.72.0.0/16' }).success).toBe(true);
    expect(params({ object: 'engine', field: 'ncpu', atLeast: 3 }).success).toBe(true);
    expect(params({ field: 'resources.memory', equals: 1073741824 }).success).toBe(true);
    expect(params({ object: 'image', name: 'commit_test:first', made: true, field: 'author', equals: 'alicek106' }).success).toBe(true);
    for (const bad of [
      { object: 'network', name: 'mynet', field: 'driver' },
      { object: 'network', name: 'mynet', field: 'driver', equals: 'bridge', oneOf: ['bridge'] },
      { object: 'network', field: 'driver', equals: 'bridge' },
      { object: 'engine', name: 'x', field: 'ncpu', atLeast: 1 },
      { object: 'volume', name: 'v', made: true, field: 'driver', equals: 'local' },
      { object: 'network', name: 'mynet', field: 'a..b', equals: 1 },
      { object: 'container', name: 'web', field: 'tty', equals: true },
      { object: 'network', name: 'mynet', field: 'driver', equals: 'bridge', nope: 1 },
      { object: 'network', name: 'mynet', field: 'driver', equals: 'bridge', fix: 'network create x' },
    ]) expect([bad, params(bad).success]).toEqual([bad, false]);
  });

  it('refuses a check with both a container target and an object, or neither', () => {
    expect(() => field(web, { object: 'network', name: 'n', field: 'driver', expect: { equals: 'bridge' } })).toThrow(/not both/);
    expect(() => field(undefined, { field: 'driver', expect: { equals: 'bridge' } })).toThrow(/give target/);
  });
});

describe('kind field: a container target', () => {
  const gig = 1024 ** 3;
  const check = field(web, { field: 'resources.memory', expect: { equals: gig } });

  it('says whether it passes without its words as its test does, for each comparison', async () => {
    const memory = (value: number) => makeContainer({ name: 'web', resources: { ...makeContainer().resources, memory: value } });
    const cases = [
      [check, [memory(gig), memory(512 * 1024 ** 2), memory(0)], [true, false, false]],
      [field(web, { field: 'resources.memory', expect: { atLeast: 1024 } }), [memory(gig), memory(512), memory(0)], [true, false, false]],
      [field(web, { field: 'env.NOTE', expect: { present: true } }), [makeContainer({ name: 'web', env: { NOTE: 'x' } }), makeContainer({ name: 'web' })], [true, false]],
      [field(web, { field: 'binds', expect: { includes: '/a:/b' } }), [makeContainer({ name: 'web', binds: ['/a:/b'] }), makeContainer({ name: 'web', binds: ['/a:/c'] })], [true, false]],
    ] as const;
    for (const [one, containers, verdicts] of cases) {
      const pairs = await passesAgainstTest(one, containers);
      expect(pairs.map(([passes]) => passes)).toEqual(verdicts);
      for (const [passes, test] of pairs) expect(passes).toBe(test);
    }
  });

  it('passes on the value, fails with expected/found and the recreate command', async () => {
    const ok = await statusOf(check, [makeContainer({ name: 'web', resources: { ...makeContainer().resources, memory: gig } })]);
    expect(ok).toMatchObject({ status: 'pass', expected: `resources.memory=${gig}`, actual: `resources.memory=${gig}` });
    const bad = await statusOf(check, [makeContainer({ name: 'web', resources: { ...makeContainer().resources, memory: 512 * 1024 ** 2 } })]);
    expect(bad).toMatchObject({ status: 'fail', actual: 'resources.memory=536870912' });
    expect(bad.message).toEqual({ ko: `컨테이너 web의 resources.memory 값이 다릅니다: 536870912 (필요: ${gig})`, en: `container web resources.memory is 536870912, expected ${gig}` });
    expect(bad.hint?.en).toBe('recreate it:\n1. docker rm -f web\n2. docker run --name web ubuntu:14.04');
  });

  it('finds the container as every container check does (did you mean, under the prefix)', async () => {
    const missing = await statusOf(check, [makeContainer({ name: 'alice-wbe' }), makeContainer({ name: 'bob-web' })], 'alice');
    expect(missing.status).toBe('fail');
    expect(JSON.stringify(missing)).not.toContain('bob-web');
  });

  it('uses the fix command when given (docker update), and masks secret values', async () => {
    const shares = field(web, { field: 'resources.cpuShares', expect: { equals: 512 }, fix: (n) => `docker update --cpu-shares 512 ${n.name('web')}` });
    expect((await statusOf(shares, [makeContainer({ name: 'web' })])).hint?.en).toBe('fix it: docker update --cpu-shares 512 web');
    const password = field(web, { field: 'env.MYSQL_ROOT_PASSWORD', expect: { equals: 'password' } });
    const r = await statusOf(password, [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' } })]);
    expect(r.status).toBe('fail');
    expect(JSON.stringify(r)).not.toMatch(/hunter2|"password/);
    // the whole environment: its secret values masked, the others shown
    const all = field(web, { field: 'env', expect: { includes: 'MYSQL_DATABASE' } });
    const whole = await statusOf(all, [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2', MYSQL_USER: 'wordpress' } })]);
    expect(whole.actual).toBe('env={"MYSQL_ROOT_PASSWORD":"(hidden)","MYSQL_USER":"wordpress"}');
    const list = await stateOf(field(undefined, { object: 'image', name: 'mysql:5.7', field: 'config.env', expect: { present: true } }), makeSnapshot({ images: [makeImage(['mysql:5.7'], { config: { ...makeImage([]).config, env: ['MYSQL_PASSWORD=hunter2', 'PATH=/bin'] } })] }));
    expect(list.message.en).toBe('image mysql:5.7 config.env: ["MYSQL_PASSWORD=(hidden)","PATH=/bin"]');
  });
});

describe('kind field: mentions, a line of a log', () => {
  const why = field(web, { field: 'logTail', expect: { mentions: 'password option is not specified' } });
  const tail = ['2026-12-06 01:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified', '    - MYSQL_RANDOM_ROOT_PASSWORD'];
  it('passes on the line that holds the text, showing that line, not the whole log', async () => {
    const r = await statusOf(why, [makeContainer({ name: 'web', logTail: tail })]);
    expect([r.status, r.actual]).toEqual(['pass', `logTail=${tail[0]}`]);
    expect(r.expected).toBe("logTail ∋ '…password option is not specified…'");
    expect(params({ field: 'logTail', mentions: 'x' }).success).toBe(true);
    expect(params({ field: 'logTail', mentions: '' }).success).toBe(false);
  });
  it('fails on another log (its last line shown), no log, and masks the learner\'s secret in the line', async () => {
    const other = await statusOf(why, [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' }, logTail: ['starting', 'login with hunter2 refused'] })]);
    expect([other.status, other.actual]).toEqual(['fail', 'logTail=login with (hidden) refused']);
    expect(other.message.ko).toBe("컨테이너 web의 logTail 값이 다릅니다: login with (hidden) refused (필요: 'password option is not specified' 문구가 든 줄)");
    expect(other.message.en).toBe("container web logTail is login with (hidden) refused, expected a line with 'password option is not specified'");
    for (const logTail of [[], undefined]) {
      const none = await statusOf(why, [makeContainer({ name: 'web', ...(logTail ? { logTail } : {}) })]);
      expect([none.status, none.actual, none.message.ko]).toEqual(['fail', 'logTail=(none)', "컨테이너 web의 logTail 값이 다릅니다: 없음 (필요: 'password option is not specified' 문구가 든 줄)"]);
    }
    // a text field: the text itself
    const cmd = await statusOf(field(web, { field: 'state.error', expect: { mentions: 'xvda' } }), [makeContainer({ name: 'web', state: { error: 'stat /dev/xvda: no such file or directory' } })]);
    expect(cmd.status).toBe('pass');
  });
});

describe('kind field: images, networks, volumes, the engine', () => {
  const snapshot = makeSnapshot({
    images: [makeImage(['commit_test:alice-first'], { author: 'alicek106' }), makeImage(['commit_test:bob-first'], { author: 'bob' }), makeImage(['ubuntu:14.04'])],
    networks: [makeNetwork('alice-mynet', { ipam: { driver: 'default', config: [{ subnet: '172.72.0.0/16', ipRange: '', gateway: '172.72.0.1' }] } }), makeNetwork('bob-frontend_network')],
    volumes: [makeVolume('alice-myvolume', { labels: { owner: 'alice' } }), makeVolume('a'.repeat(64))],
    engine: { ncpu: 2, loggingDriver: 'json-file' },
  });

  it('an image the steps make: its tag under the prefix; a book image as the book names it', async () => {
    const made = field(undefined, { object: 'image', name: 'commit_test:first', made: true, field: 'author', expect: { equals: 'alicek106' } });
    expect(await stateOf(made, snapshot, 'alice')).toMatchObject({ status: 'pass', message: { en: 'image commit_test:alice-first author: alicek106' } });
    expect(await stateOf(made, snapshot, 'bob')).toMatchObject({ status: 'fail', message: { en: 'image commit_test:bob-first author is bob, expected alicek106' }, hint: { en: 'look: docker image inspect commit_test:bob-first' } });
    const book = field(undefined, { object: 'image', name: 'ubuntu:14.04', field: 'tags', expect: { includes: 'ubuntu:14.04' } });
    expect((await stateOf(book, snapshot, 'alice')).status).toBe('pass');
  });

  it('an image a build makes: the hint says what the Dockerfile needs and to build where it is, then the build', async () => {
    const build = (n: { prefix: string }) => `docker build -t commit_test:${n.prefix}-first ./`;
    const label = field(undefined, { object: 'image', name: 'commit_test:first', made: true, field: 'author', expect: { equals: 'alicek106' }, fix: build, dockerfile: 'MAINTAINER alicek106' });
    expect((await stateOf(label, snapshot, 'bob')).hint).toEqual({
      ko: 'Dockerfile에 MAINTAINER alicek106 줄이 있어야 합니다. 고친 뒤 Dockerfile이 있는 폴더에서 다시 빌드하세요: docker build -t commit_test:bob-first ./',
      en: 'the Dockerfile needs the line MAINTAINER alicek106; add it, then build again in the folder that holds the Dockerfile: docker build -t commit_test:bob-first ./',
    });
    // the line as a file edit: in words, then as the shell line that appends it, before the build
    const edited = field(undefined, { object: 'image', name: 'commit_test:first', made: true, field: 'author', expect: { equals: 'alicek106' }, fix: build, edit: () => ({ file: 'Dockerfile', line: 'MAINTAINER alicek106' }) });
    expect((await stateOf(edited, snapshot, 'bob')).hint).toEqual({
      ko: 'Dockerfile에 MAINTAINER alicek106 줄이 있어야 합니다. Dockerfile이 있는 폴더에서 고친 뒤 다시 빌드하세요 (편집기로 고쳐도 됩니다):\n1. echo \'MAINTAINER alicek106\' >> Dockerfile\n2. docker build -t commit_test:bob-first ./',
      en: 'Dockerfile needs the line MAINTAINER alicek106; in the folder that holds the Dockerfile, change it and build again (or change it in an editor):\n1. echo \'MAINTAINER alicek106\' >> Dockerfile\n2. docker build -t commit_test:bob-first ./',
    });
    expect(params({ object: 'image', name: 'x:1', made: true, field: 'author', equals: 'a', fix: 'docker build -t x:1 ./', edit: { file: 'Dockerfile', line: 'MAINTAINER a' } }).success).toBe(true);
    expect(params({ object: 'image', name: 'x:1', made: true, field: 'author', equals: 'a', fix: 'docker commit c x:1', edit: { file: 'Dockerfile', line: 'MAINTAINER a' } }).success).toBe(false);
    expect(params({ object: 'image', name: 'x:1', made: true, field: 'author', equals: 'a', fix: 'docker build -t x:1 ./', dockerfile: 'MAINTAINER a', edit: { file: 'Dockerfile', line: 'MAINTAINER a' } }).success).toBe(false);
    const missing = field(undefined, { object: 'image', name: 'commit_test:second', made: true, field: 'tags', expect: { present: true }, fix: (n) => `docker build -t commit_test:${n.prefix}-second ./` });
    expect((await stateOf(missing, snapshot, 'alice')).hint?.en).toBe('build it in the folder that holds the Dockerfile: docker build -t commit_test:alice-second ./');
    // a line names a build's Dockerfile only
    expect(params({ object: 'image', name: 'x:1', made: true, field: 'author', equals: 'a', fix: 'docker commit c x:1', dockerfile: 'MAINTAINER a' }).success).toBe(false);
    expect(params({ object: 'image', name: 'x:1', made: true, field: 'author', equals: 'a', fix: 'docker build -t x:1 ./', dockerfile: 'MAINTAINER a' }).success).toBe(true);
  });

  it("a network: pass, fail with the remake command, missing with the nearest of the learner's own names only", async () => {
    const subnet = (name: string) => field(undefined, { object: 'network', name, field: 'ipam.config.0.subnet', expect: { equals: '172.72.0.0/16' }, fix: (n) => `docker network create --subnet 172.72.0.0/16 ${n.name(name)}` });
    expect((await stateOf(subnet('mynet'), snapshot, 'alice')).status).toBe('pass');
    const other = makeSnapshot({ networks: [makeNetwork('alice-mynet')] });
    expect(await stateOf(subnet('mynet'), other, 'alice')).toMatchObject({
      status: 'fail',
      expected: 'ipam.config.0.subnet=172.72.0.0/16',
      actual: 'ipam.config.0.subnet=(none)',
      message: { ko: '네트워크 alice-mynet의 ipam.config.0.subnet 값이 다릅니다: 없음 (필요: 172.72.0.0/16)' },
      hint: { en: 'fix it:\n1. docker network rm alice-mynet\n2. docker network create --subnet 172.72.0.0/16 alice-mynet' },
    });
    expect(await stateOf(subnet('mynte'), snapshot, 'alice')).toMatchObject({
      status: 'fail',
      message: { ko: 'alice-mynte 네트워크가 없습니다. alice-mynet을 말한 것입니까?', en: 'no network alice-mynte; did you mean alice-mynet?' },
      hint: { en: 'make it:\n1. docker network rm alice-mynet\n2. docker network create --subnet 172.72.0.0/16 alice-mynte' },
    });
    // bob-frontend_network is as near to alice-frontend_network as a typo, but alice is never shown bob's
    const isolated = await stateOf(subnet('frontend_network'), snapshot, 'alice');
    expect(isolated).toMatchObject({ status: 'fail', actual: '(none)', message: { en: 'no network alice-frontend_network' } });
    expect((await stateOf(subnet('frontend_network'), snapshot)).message.en).toBe('no network frontend_network; did you mean bob-frontend_network?');
    expect((await stateOf(subnet('frontend_netwrk'), snapshot, 'bob')).message.en).toBe('no network bob-frontend_netwrk; did you mean bob-frontend_network?');
  });

  it('a volume: a label by a quoted key, never an anonymous volume as a near name', async () => {
    const owner = field(undefined, { object: 'volume', name: 'myvolume', field: 'labels["owner"]', expect: { equals: 'alice' } });
    expect((await stateOf(owner, snapshot, 'alice')).status).toBe('pass');
    expect(await stateOf(owner, snapshot, 'bob')).toMatchObject({ status: 'fail', message: { ko: 'bob-myvolume 볼륨이 없습니다' }, hint: { en: 'see what there is: docker volume ls' } });
    const anonymous = field(undefined, { object: 'volume', name: 'a'.repeat(63), field: 'driver', expect: { equals: 'local' } });
    expect((await stateOf(anonymous, snapshot)).actual).toBe('(none)');
  });

  it('the engine: found always, compared as numbers and texts', async () => {
    const cpus = field(undefined, { object: 'engine', field: 'ncpu', expect: { atLeast: 3 } });
    expect(await stateOf(cpus, snapshot)).toMatchObject({ status: 'fail', expected: 'ncpu ≥ 3', message: { ko: '도커 엔진의 ncpu 값이 다릅니다: 2 (필요: 3 이상)', en: 'the Docker engine ncpu is 2, expected at least 3' }, hint: { en: 'look: docker info' } });
    expect((await stateOf(field(undefined, { object: 'engine', field: 'loggingDriver', expect: { oneOf: ['json-file', 'local'] } }), snapshot)).status).toBe('pass');
  });

  it('says what it looks for without a state (explain), under the prefix', () => {
    const check = field(undefined, { object: 'network', name: 'mynet', field: 'driver', expect: { equals: 'bridge' } });
    expect(check.id).toBe('mynet.driver');
    expect(check.explain?.({ prefix: 'alice', name: (b) => `alice-${b}`, nameFlag: () => [] })).toEqual({ ko: '네트워크 alice-mynet의 driver: bridge', en: 'network alice-mynet driver: bridge' });
    expect(field(undefined, { object: 'volume', name: 'v', field: 'labels["com.example/x"]', expect: { present: true } }).id).toBe('v.labels-com.example-x');
  });
});

describe("kind field: {{name 'x'}}, the book's name under the learner's prefix", () => {
  const alice = { name: (b: string) => `alice-${b}` };
  it('rewrites names in a text and in a path key (quoted when the name is no plain key)', () => {
    expect(withNames("container:{{name 'network_container_1'}}", alice)).toBe('container:alice-network_container_1');
    expect(withNames("{{ name 'a' }} and {{name 'b'}}", alice)).toBe('alice-a and alice-b');
    expect(pathWithNames("networks.{{name 'mybridge'}}.aliases", alice)).toBe('networks.alice-mybridge.aliases');
    expect(pathWithNames("networks.{{name 'mybridge'}}.aliases", { name: (b) => `lab.1-${b}` })).toBe('networks["lab.1-mybridge"].aliases');
    expect(pathWithNames('resources.memory', alice)).toBe('resources.memory');
  });

  it('reads a network attachment by its prefixed name and compares prefixed values; ids and titles keep the book name', async () => {
    const aliases = field(web, { field: "networks.{{name 'mybridge'}}.aliases", expect: { includes: 'alicek106' } });
    expect([aliases.id, aliases.title.en]).toEqual(['web.networks.mybridge.aliases', 'container web networks.mybridge.aliases']);
    const on = (network: string, alias: string) => [makeContainer({ name: 'alice-web', networks: { [network]: makeAttachment({ aliases: [alias] }) } })];
    expect(await statusOf(aliases, on('alice-mybridge', 'alicek106'), 'alice')).toMatchObject({ status: 'pass', actual: 'networks.alice-mybridge.aliases=["alicek106"]' });
    // the book's name without the prefix is another learner's (or nobody's) network
    expect(await statusOf(aliases, on('mybridge', 'alicek106'), 'alice')).toMatchObject({ status: 'fail', expected: 'networks.alice-mybridge.aliases ∋ alicek106', actual: 'networks.alice-mybridge.aliases=(none)' });
    expect((await statusOf(aliases, on('alice-mybridge', 'alice'), 'alice')).status).toBe('fail');
    const mode = field(web, { field: 'networkMode', expect: { equals: "{{name 'mybridge'}}" } });
    const modeOf = (networkMode: string) => statusOf(mode, [makeContainer({ name: 'alice-web', networkMode })], 'alice');
    expect((await modeOf('alice-mybridge')).status).toBe('pass');
    expect(await modeOf('mybridge')).toMatchObject({ status: 'fail', message: { ko: '컨테이너 alice-web의 networkMode 값이 다릅니다: mybridge (필요: alice-mybridge)', en: 'container alice-web networkMode is mybridge, expected alice-mybridge' } });
    const either = field(web, { field: 'volumesFrom.0', expect: { oneOf: ["{{name 'volume_overide'}}", "{{name 'volume_override'}}"] } });
    expect(await statusOf(either, [makeContainer({ name: 'web', volumesFrom: ['volume_override'] })])).toMatchObject({ status: 'pass', message: { en: 'container web volumesFrom.0: volume_override' } });
    expect(await statusOf(either, [makeContainer({ name: 'alice-web', volumesFrom: ['volume_overide'] })], 'alice')).toMatchObject({ status: 'fail', expected: 'volumesFrom.0=alice-volume_overide | alice-volume_override' });
  });

  it('an object check and explain: the names under the prefix', async () => {
    const users = field(undefined, { object: 'volume', name: 'myvolume', field: 'usedBy', expect: { includes: "{{name 'myvolume_1'}}" } });
    expect((await stateOf(users, makeSnapshot({ volumes: [makeVolume('alice-myvolume', { usedBy: ['alice-myvolume_1'] })] }), 'alice')).status).toBe('pass');
    expect((await stateOf(users, makeSnapshot({ volumes: [makeVolume('alice-myvolume', { usedBy: ['myvolume_1'] })] }), 'alice')).status).toBe('fail');
    expect(users.explain?.({ prefix: 'alice', name: (b) => `alice-${b}`, nameFlag: () => [] })).toEqual({ ko: '볼륨 alice-myvolume의 usedBy: alice-myvolume_1 포함', en: 'volume alice-myvolume usedBy: including alice-myvolume_1' });
    const aliases = field(web, { field: "networks.{{name 'mybridge'}}.aliases", expect: { includes: 'alicek106' } });
    expect(aliases.explain?.({ prefix: 'alice', name: (b) => `alice-${b}`, nameFlag: () => [] }).en).toMatch(/^alice-web networks\.alice-mybridge\.aliases: including alicek106 \(/);
  });

  it('takes the notation in a path of an exercise file, and refuses a broken one', () => {
    expect(params({ field: "networks.{{name 'mybridge'}}.aliases", includes: 'alicek106' }).success).toBe(true);
    expect(params({ field: "networks.{{name 'my bridge'}}..aliases", includes: 'alicek106' }).success).toBe(false);
    expect(params({ field: "networks.{{name mybridge}}.aliases", includes: 'alicek106' }).success).toBe(false);
  });
});

describe('kind field: a file edit in an exercise file', () => {
  it("writes a FROM of an image the steps make with the learner's tag (2.4.4/onbuild's Dockerfile2)", async () => {
    const onbuild = EXERCISES.find((e) => e.id === '2.4.4/onbuild')!;
    const parent = makeImage(['onbuild_test:alice-0.0'], { config: { ...makeImage([]).config, onBuild: ['RUN echo "onbuild!" >> /onbuild_file'] } });
    const child = makeImage(['onbuild_test:alice-0.1'], { history: [{ created: '', createdBy: '/bin/sh -c echo "this is onbuild test!"', size: 0, comment: '' }] });
    const result = await gradeExercise(onbuild, makeSnapshot({ images: [parent, child] }), { prefix: 'alice' });
    expect(result.checks.find((c) => c.id === 'child-ran')?.hint).toEqual({
      ko: "Dockerfile2에는 FROM onbuild_test:alice-0.0 한 줄만 있어야 합니다. Dockerfile이 있는 폴더에서 고친 뒤 다시 빌드하세요 (편집기로 고쳐도 됩니다):\n1. echo 'FROM onbuild_test:alice-0.0' > Dockerfile2\n2. docker build -f ./Dockerfile2 ./ -t onbuild_test:alice-0.1",
      en: "Dockerfile2 must hold the one line FROM onbuild_test:alice-0.0; in the folder that holds the Dockerfile, change it and build again (or change it in an editor):\n1. echo 'FROM onbuild_test:alice-0.0' > Dockerfile2\n2. docker build -f ./Dockerfile2 ./ -t onbuild_test:alice-0.1",
    });
  });
});

describe('a note after the commands of a fix (2.2.7/macvlan: the parent interface)', () => {
  it('follows the numbered commands as an aside, in both languages, for the network and each of its fields', async () => {
    const macvlan = EXERCISES.find((e) => e.id === '2.2.7/macvlan')!;
    const none = await gradeExercise(macvlan, makeSnapshot({}), { prefix: 'alice' });
    const made = none.checks.find((c) => c.id === 'network-my_macvlan')!;
    expect(made.hint?.en).toMatch(/^create it: docker network create -d macvlan .* -o parent=eth0 alice-my_macvlan \(eth0 is the book's host interface: list your host's interface names with `ip -o link` on the host, or take the word after `dev` in the `default` line of `ip route`, and write that name after -o parent=\)$/);
    expect(made.hint?.ko).toMatch(/\(eth0은 책의 호스트에 있는 네트워크 인터페이스입니다\. 내 호스트의 인터페이스 이름은 호스트에서 `ip -o link`로 보거나 `ip route`의 `default` 줄에서 `dev` 다음 단어로 찾고, -o parent= 뒤에 그 이름을 쓰세요\)$/);
    const bridge = await gradeExercise(macvlan, makeSnapshot({ networks: [makeNetwork('alice-my_macvlan')] }), { prefix: 'alice' });
    const driver = bridge.checks.find((c) => c.id === 'driver')!;
    expect(driver.hint?.en.split('\n')).toEqual([
      'fix it:',
      '1. docker network rm alice-my_macvlan',
      expect.stringMatching(/^2\. docker network create -d macvlan .* -o parent=eth0 alice-my_macvlan$/),
      expect.stringMatching(/^\(eth0 is the book's host interface: .*`ip -o link`.*`ip route`.*\)$/),
    ]);
  });
});

describe('kind field in an exercise file', () => {
  const yaml = (checks: string) =>
    parseExerciseYaml(
      `
id: 9.9/limits
section: '9.9'
order: 1
title: { ko: 제한, en: limits }
goal: { ko: 목표, en: goal }
commands: [docker network create --subnet 172.72.0.0/16 mynet, docker run -d --name m --memory 1g ubuntu:14.04]
targets:
  m: { name: m, create: docker run -d --name m --memory 1g ubuntu:14.04 }
checks:
${checks}
solution: [docker network create --subnet 172.72.0.0/16 mynet, docker run -d --name m --memory 1g ubuntu:14.04]
mutations:
  - { check: mynet.ipam.config.0.subnet, description: { ko: 다른 서브넷, en: another subnet }, steps: [docker network create mynet, docker run -d --name m --memory 1g ubuntu:14.04] }
  - { check: memory, description: { ko: 제한 없음, en: no limit }, steps: [docker network create --subnet 172.72.0.0/16 mynet, docker run -d --name m ubuntu:14.04] }
`,
      'limits.yaml',
    );
  const good = `  - { kind: field, object: network, name: mynet, field: ipam.config.0.subnet, equals: 172.72.0.0/16, fix: docker network create --subnet 172.72.0.0/16 mynet }
  - { kind: field, target: m, id: memory, field: resources.memory, equals: 1073741824 }`;

  it('compiles a network by name and a container target, and grades them under the prefix', async () => {
    const exercise = buildExercise(compileExercise(yaml(good), 'limits.yaml'));
    expect(exercise.checks.map((c) => [c.id, c.kind])).toEqual([['mynet.ipam.config.0.subnet', 'state'], ['memory', 'container']]);
    const snapshot = makeSnapshot({
      containers: [makeContainer({ name: 'alice-m', resources: { ...makeContainer().resources, memory: 1024 ** 3 } })],
      networks: [makeNetwork('alice-mynet', { ipam: { driver: 'default', config: [{ subnet: '172.72.0.0/16', ipRange: '', gateway: '' }] } })],
    });
    expect((await gradeExercise(exercise, snapshot, { prefix: 'alice' })).checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    const wrong = await gradeExercise(exercise, { ...snapshot, networks: [makeNetwork('alice-mynet')] }, { prefix: 'alice' });
    expect(wrong.checks[0]).toMatchObject({ status: 'fail', hint: { en: 'fix it:\n1. docker network rm alice-mynet\n2. docker network create --subnet 172.72.0.0/16 alice-mynet' } });
  });

  it('refuses a field check with neither target nor object, an unknown target, or a target on an object', () => {
    const error = (checks: string) => {
      try {
        compileExercise(yaml(checks), 'limits.yaml');
        return 'compiled';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error(good)).toBe('compiled');
    expect(error(good.replace('target: m, ', ''))).toMatch(/limits\.yaml: .*give target \(a container of targets\) or object/);
    expect(error(good.replace('target: m, ', 'target: nope, '))).toMatch(/checks\[1\]\.target: no target 'nope'/);
    expect(error(good.replace('object: network, ', 'object: network, target: m, '))).toMatch(/not both/);
    expect(error(good.replace('equals: 1073741824', 'atLeast: 1, atMost: 2'))).toMatch(/checks\[1\] \(field\): .*give exactly one of equals, oneOf, includes, mentions, atLeast, atMost, present \(found atLeast, atMost\)/);
  });
});
