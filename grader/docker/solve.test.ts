import { defineExercise } from '../check/define.js';
import { exists, named } from '../check/kinds/index.js';
import { msg } from '../core/i18n.js';
import { parseListing, planSolve, resetTargets, selectDanglingForReset, selectForReset, selectImagesForReset } from './solve.js';
import { stepArgs } from './docker-args.js';
import { prefixSteps } from './prefix-rewriter.js';
import type { DockerStep, Names } from '../check/types.js';

const db = named('db', { create: (n) => `docker run --name ${n.name('db')} mysql:5.7` });
function exercise(id: string, solution: (n: Names) => DockerStep[], creates?: string[]) {
  return defineExercise({
    id,
    section: id.split('/')[0],
    title: msg('t', 't'),
    goal: msg('g', 'g'),
    commands: ['docker run x'],
    checks: [exists(db)],
    solution,
    mutations: [{ check: 'exists', description: msg('m', 'm'), steps: () => [] }],
    creates,
  });
}

const dbEx = exercise('9.1/db', (n) => [['run', '-d', '--name', n.name('db'), '-v', `${n.name('data')}:/var/lib/mysql`, 'mysql:5.7']], ['db', 'db_old']);
const webEx = exercise('9.1/web', (n) => [
  ['run', '-d', '--name', n.name('db'), '-v', `${n.name('data')}:/var/lib/mysql`, 'mysql:5.7'],
  ['network', 'create', n.name('net')],
  ['run', '-d', ...n.nameFlag('anon'), 'ubuntu:14.04'],
]);

describe('planSolve', () => {
  it('labels every creating step with the exercise and prefix, and runs a shared step once', () => {
    const plan = planSolve([dbEx, webEx], 'p-');
    expect(plan.steps.map((s) => [s.exercise, stepArgs(s.step).join(' '), s.skip ?? ''])).toEqual([
      ['9.1/db', 'run --label dockgrade.solve=9.1/db --label dockgrade.prefix=p- -d --name p-db -v p-data:/var/lib/mysql mysql:5.7', ''],
      ['9.1/web', 'run -d --name p-db -v p-data:/var/lib/mysql mysql:5.7', 'already done for 9.1/db'],
      ['9.1/web', 'network create --label dockgrade.solve=9.1/web --label dockgrade.prefix=p- p-net', ''],
      ['9.1/web', 'run --label dockgrade.solve=9.1/web --label dockgrade.prefix=p- -d --name p-anon ubuntu:14.04', ''],
    ]);
    expect(plan.creates).toEqual({ containers: ['p-db', 'p-anon'], networks: ['p-net'], volumes: ['p-data'], images: [] });
  });

  it('counts unnamed containers (no prefix: the book leaves them unnamed)', () => {
    expect(planSolve([webEx], '').unnamed).toBe(1);
  });

  it("skips, with the reason, an exercise that needs the learner's certificates (2.5.3.3): solve makes none", () => {
    const tls = { ...exercise('9.2/tls', (n) => [['run', '-d', '--name', n.name('fw'), '-v', '.:/certs:ro', 'alpine/socat', 'x']]), certificates: { subjectAltName: 'IP:127.0.0.1' } };
    const plan = planSolve([tls], 'alice-');
    expect(plan.steps.map((s) => s.skip)).toEqual(['needs your certificates (2.5.3.3): make them with openssl and run it in their folder']);
    expect(plan.creates.containers).toEqual([]);
  });
  it('refuses two exercises that create one name differently', () => {
    const other = exercise('9.1/other', (n) => [['run', '-d', '--name', n.name('db'), 'mysql:latest']]);
    expect(() => planSolve([dbEx, other], '')).toThrow("9.1/db and 9.1/other both create 'db' differently");
  });
});

describe('resetTargets', () => {
  it('names what the solutions create plus the creates list, under the prefix', () => {
    expect(resetTargets([dbEx, webEx], 'alice')).toEqual({ containers: ['alice-db', 'alice-anon', 'alice-db_old'], networks: ['alice-net'], volumes: ['alice-data'], images: [], unprefixed: [] });
  });

  it('under a prefix, leaves alone a name an exercise forgot to prefix', () => {
    const careless = exercise('9.1/careless', () => [['run', '-d', '--name', 'shared', 'x']]);
    expect(resetTargets([careless], 'alice')).toEqual({ containers: [], networks: [], volumes: [], images: [], unprefixed: ['shared'] });
  });
});

describe('selecting what reset removes', () => {
  const listed = parseListing(
    ['c1\tp-db\t\t', 'c2\tp-db2\t\t', 'c3\tfocused_tesla\t9.1/web\tp-', 'c4\tother\t9.1/web\tq-', 'c5\tp-web,p-x/mysql\t\t', 'c6\tp-anonymous\t9.1/db\tp-', ''].join('\n'),
  );

  it('parses listings, dropping legacy link names', () => {
    expect(listed.find((o) => o.id === 'c5')!.names).toEqual(['p-web']);
  });

  it('takes exact names and our labels under this prefix only: similar names and other prefixes survive', () => {
    expect(selectForReset(listed, ['p-db', 'p-web'], ['9.1/web'], 'p-').map((o) => o.id)).toEqual(['c1', 'c3', 'c5']);
  });
});

describe('selecting the image tags reset removes', () => {
  const built = { args: ['build', '-t', 'mybuild:0.0', './'], files: { Dockerfile: 'FROM ubuntu:14.04' } };
  const buildEx = exercise('9.2/build', (n) => [...prefixSteps([built, ['run', '-d', '-P', '--name', 'myserver', 'mybuild:0.0']], n.prefix)]);

  it('names the tags the solution builds, under the prefix, and labels the build for solve', () => {
    expect(resetTargets([buildEx], 'alice').images).toEqual(['mybuild:alice-0.0']);
    const plan = planSolve([buildEx], 'alice');
    expect(stepArgs(plan.steps[0].step)).toEqual(['build', '--label', 'dockgrade.solve=9.2/build', '--label', 'dockgrade.prefix=alice', '-t', 'mybuild:alice-0.0', './']);
    expect(plan.steps[0].step).toMatchObject({ files: { Dockerfile: 'FROM ubuntu:14.04' } });
    expect(plan.creates.images).toEqual(['mybuild:alice-0.0']);
  });

  it('under a prefix takes its made tags; without one only those solve built for these exercises; never the book images or another tag', () => {
    const listed = [
      { reference: 'mybuild:alice-0.0', solve: '', prefix: '' },
      { reference: 'mybuild:0.0', solve: '9.2/build', prefix: '' },
      { reference: 'mybuild:0.1', solve: '9.2/build', prefix: '' },
      { reference: 'ubuntu:14.04', solve: '', prefix: '' },
    ];
    expect(selectImagesForReset(listed, ['mybuild:alice-0.0'], ['9.2/build'], 'alice')).toEqual(['mybuild:alice-0.0']);
    expect(selectImagesForReset(listed, ['mybuild:0.0'], ['9.2/build'], '')).toEqual(['mybuild:0.0']);
    // the learner's own build of the same tag, without solve's label, is theirs
    expect(selectImagesForReset([{ reference: 'mybuild:0.0', solve: '', prefix: '' }], ['mybuild:0.0'], ['9.2/build'], '')).toEqual([]);
    // solve's build for another exercise, or under another prefix, stays
    expect(selectImagesForReset([{ reference: 'mybuild:0.0', solve: '9.3/other', prefix: '' }], ['mybuild:0.0'], ['9.2/build'], '')).toEqual([]);
    expect(selectImagesForReset([{ reference: 'mybuild', solve: '9.2/build', prefix: '' }], ['mybuild:latest'], ['9.2/build'], '')).toEqual(['mybuild']);
  });
});

describe('selectDanglingForReset', () => {
  it('takes the dangling images solve built for these exercises under this prefix, nothing else', () => {
    const listed = [
      { id: 'sha256:a', solve: '2.3.2/dangling', prefix: 'alice' },
      { id: 'sha256:b', solve: '2.3.2/dangling', prefix: 'bob' },
      { id: 'sha256:c', solve: '2.4.3/mybuild', prefix: 'alice' },
      { id: 'sha256:d', solve: '', prefix: 'alice' },
      { id: 'sha256:e', solve: '2.3.2/dangling', prefix: '' },
    ];
    expect(selectDanglingForReset(listed, ['2.3.2/dangling'], 'alice')).toEqual(['sha256:a']);
    expect(selectDanglingForReset(listed, ['2.3.2/dangling'], '')).toEqual(['sha256:e']);
    expect(selectDanglingForReset(listed, ['2.2.1/run-ubuntu'], 'alice')).toEqual([]);
  });
});
