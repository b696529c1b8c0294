import { readFileSync } from 'node:fs';
import { makeNames } from '../names.js';
import { catalogModule, CATALOG_NOTE, parseExerciseYaml } from './catalog-compile.js';
import { buildExercise } from './exercise-builder.js';
import { compileExercise } from './exercise-compiler.js';

/** A small valid exercise file, as parsed YAML, with `change` applied. */
function file(change: (f: Record<string, any>) => void = () => {}): Record<string, any> {
  const f: Record<string, any> = parseExerciseYaml(
    `
id: 9.9/toy
section: '9.9'
order: 1
title: { ko: 장난감, en: toy }
goal: { ko: 목표, en: goal }
commands: [docker run -d --name web ubuntu:14.04]
targets:
  web: { name: web }
checks:
  - { kind: image, target: web, reference: ubuntu:14.04 }
  - { kind: running, target: web }
solution: &solution
  - docker run -d --name web ubuntu:14.04
mutations:
  - { check: image, description: { ko: 다른 이미지, en: another image }, steps: [docker run -d --name web centos:7] }
  - { check: running, description: { ko: 멈춤, en: stopped }, steps: [*solution, docker stop -t 1 web] }
`,
    'toy.yaml',
  ) as Record<string, any>;
  change(f);
  return f;
}

const compileError = (f: unknown) => {
  try {
    compileExercise(f, 'toy.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  return 'compiled';
};

describe('the exercise compiler', () => {
  it('keeps the generated catalog in step with exercises/*.yaml (else npm run build)', () => {
    const text = readFileSync('exercises/catalog.generated.ts', 'utf8');
    expect(text.split('\n')[0]).toBe(CATALOG_NOTE);
    expect(text).toBe(catalogModule('exercises'));
  });

  it('compiles a file into steps and checks, a YAML alias of the solution spliced into a mutation', () => {
    const compiled = compileExercise(file(), 'toy.yaml');
    expect(compiled.mutations[1].steps).toEqual([
      ['run', '-d', '--name', 'web', 'ubuntu:14.04'],
      ['stop', '-t', '1', 'web'],
    ]);
    const exercise = buildExercise(compiled);
    expect(exercise.checks.map((c) => c.id)).toEqual(['image', 'running']);
    expect(exercise.solution(makeNames('alice'))).toEqual([['run', '-d', '--name', 'alice-web', 'ubuntu:14.04']]);
    expect(exercise.creates).toEqual(['web']);
  });

  it.each([
    ['an unknown kind', (f: any) => (f.checks[0].kind = 'imag'), "checks[0].kind: no check kind 'imag'"],
    ['a parameter the kind does not know', (f: any) => (f.checks[0].tag = 'x'), 'checks[0] (image): (root): Unrecognized key: "tag"'],
    ['a missing parameter', (f: any) => delete f.checks[0].reference, 'checks[0] (image): reference:'],
    ['a container kind without target', (f: any) => delete f.checks[0].target, 'checks[0]: kind image checks a container: give target'],
    ['a target that does not exist', (f: any) => (f.checks[0].target = 'db'), "checks[0].target: no target 'db'"],
    ['a check without its mutation', (f: any) => f.mutations.pop(), 'mutations: no mutation fails running'],
    ['a mutation of an unknown check', (f: any) => (f.mutations[0].check = 'img'), "mutation names unknown check 'img'"],
    ['a requirement that comes later', (f: any) => (f.checks[0].requires = 'running'), "requires 'running', which is not an earlier check"],
    ['an id outside its section', (f: any) => (f.id = '9.8/toy'), 'id: 9.8/toy does not start with its section 9.9/'],
    ['a step that is not a docker command', (f: any) => (f.solution = ['rm -rf /']), 'solution.0: a step is a docker command line'],
    ['a build step, not run yet', (f: any) => (f.solution = [{ command: 'docker build -t web .', dockerfile: 'FROM ubuntu:14.04' }]), 'a step that builds'],
    ['an unknown key', (f: any) => (f.point = 3), 'Unrecognized key: "point"'],
    ['a template in a title', (f: any) => (f.title.ko = '{{container}} 실행'), 'title: this text is shown as written'],
    ['a hint with an unknown helper', (f: any) => (f.targets.web.missingHint = { ko: '{{upper container}}', en: 'x' }), "targets.web.missingHint.ko: unknown helper 'upper'"],
    ['a hint with an unknown variable', (f: any) => (f.targets.web.missingHint = { ko: '{{learner}}', en: 'x' }), "unknown variable 'learner'"],
    ['josa with a pair it does not know', (f: any) => (f.targets.web.missingHint = { ko: "{{josa container '가/이'}}", en: 'x' }), "josa's second argument is a particle pair"],
    ['an unnamed target without describe', (f: any) => (f.targets.web = { match: { repository: 'ubuntu' } }), 'targets.web: an unnamed target needs describe'],
  ])('refuses %s, naming the field', (_what, change, message) => {
    const error = compileError(file(change));
    expect(error).toContain('toy.yaml: ');
    expect(error).toContain(message);
  });

  it('refuses YAML with a duplicate key or an alias bomb', () => {
    expect(() => parseExerciseYaml('id: a\nid: b\n', 'x.yaml')).toThrow('x.yaml: not valid YAML');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect(() => parseExerciseYaml(bomb, 'x.yaml')).toThrow('x.yaml: not valid YAML');
  });
});
