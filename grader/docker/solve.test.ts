import { defineExercise } from '../check/define.js';
import { exists, named } from '../check/kinds/index.js';
import { msg } from '../core/i18n.js';
import { parseListing, planSolve, resetTargets, selectForReset } from './solve.js';

const db = named('db', { create: (n) => `docker run --name ${n.name('db')} mysql:5.7` });
function exercise(id: string, solution: (n: { name(b: string): string; nameFlag(b: string): string[] }) => string[][], creates?: string[]) {
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
    expect(plan.steps.map((s) => [s.exercise, s.step.join(' '), s.skip ?? ''])).toEqual([
      ['9.1/db', 'run --label dockgrade.solve=9.1/db --label dockgrade.prefix=p- -d --name p-db -v p-data:/var/lib/mysql mysql:5.7', ''],
      ['9.1/web', 'run -d --name p-db -v p-data:/var/lib/mysql mysql:5.7', 'already done for 9.1/db'],
      ['9.1/web', 'network create --label dockgrade.solve=9.1/web --label dockgrade.prefix=p- p-net', ''],
      ['9.1/web', 'run --label dockgrade.solve=9.1/web --label dockgrade.prefix=p- -d --name p-anon ubuntu:14.04', ''],
    ]);
    expect(plan.creates).toEqual({ containers: ['p-db', 'p-anon'], networks: ['p-net'], volumes: ['p-data'] });
  });

  it('counts unnamed containers (no prefix: the book leaves them unnamed)', () => {
    expect(planSolve([webEx], '').unnamed).toBe(1);
  });

  it('refuses two exercises that create one name differently', () => {
    const other = exercise('9.1/other', (n) => [['run', '-d', '--name', n.name('db'), 'mysql:latest']]);
    expect(() => planSolve([dbEx, other], '')).toThrow("9.1/db and 9.1/other both create 'db' differently");
  });
});

describe('resetTargets', () => {
  it('names what the solutions create plus the creates list, under the prefix', () => {
    expect(resetTargets([dbEx, webEx], 'alice')).toEqual({ containers: ['alice-db', 'alice-anon', 'alice-db_old'], networks: ['alice-net'], volumes: ['alice-data'], unprefixed: [] });
  });

  it('under a prefix, leaves alone a name an exercise forgot to prefix', () => {
    const careless = exercise('9.1/careless', () => [['run', '-d', '--name', 'shared', 'x']]);
    expect(resetTargets([careless], 'alice')).toEqual({ containers: [], networks: [], volumes: [], unprefixed: ['shared'] });
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
