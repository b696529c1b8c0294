import { readFileSync } from 'node:fs';
import { makeNames } from '../names.js';
import { catalogModule, CATALOG_NOTE, compileExerciseDir, parseExerciseYaml } from './catalog-compile.js';
import type { CompiledExercise } from './compiled-exercise.js';
import { buildExercise, noPrefixLines } from './exercise-builder.js';
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

/** `file` as compiled before its lines were kept: the builder renders every line when asked. */
function withoutLines(file: CompiledExercise): CompiledExercise {
  const bare: { -readonly [K in keyof CompiledExercise]: CompiledExercise[K] } = { ...file, targets: Object.fromEntries(Object.entries(file.targets).map(([key, t]) => [key, { ...t, createLine: undefined }])) };
  delete bare.lines;
  return bare;
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

  it('compiles a build step into its command and files: the Dockerfile where the command reads it, files in its context', () => {
    const build = (command: string, extra: Record<string, unknown> = {}) =>
      compileExercise(file((f) => (f.solution = [{ command, dockerfile: 'FROM ubuntu:14.04\nADD test.html /var/www/html', files: { 'test.html': '<h1>hi</h1>' }, ...extra }, ...f.solution])), 'toy.yaml').solution[0];
    expect(build('docker build -t mybuild:0.0 ./')).toEqual({ args: ['build', '-t', 'mybuild:0.0', './'], files: { Dockerfile: 'FROM ubuntu:14.04\nADD test.html /var/www/html', 'test.html': '<h1>hi</h1>' } });
    expect(build('docker build -f Dockerfile2 ./ -t mybuild:0.0')).toMatchObject({ files: { Dockerfile2: expect.stringContaining('FROM'), 'test.html': '<h1>hi</h1>' } });
    expect(build('docker build -t x ctx/')).toMatchObject({ files: { 'ctx/Dockerfile': expect.any(String), 'ctx/test.html': '<h1>hi</h1>' } });
    // a built image is what the steps make: under a prefix its tag, and a later FROM of it, carry the prefix
    const compiled = compileExercise(
      file((f) => (f.solution = [{ command: 'docker build -t base:0.0 .', dockerfile: 'FROM ubuntu:14.04' }, { command: 'docker build -t top:0.0 .', dockerfile: 'FROM base:0.0 AS b\nFROM b\nFROM ubuntu:14.04' }, ...f.solution])),
      'toy.yaml',
    );
    expect(buildExercise(compiled).solution(makeNames('alice')).slice(0, 2)).toEqual([
      { args: ['build', '-t', 'base:alice-0.0', '.'], files: { Dockerfile: 'FROM ubuntu:14.04' } },
      { args: ['build', '-t', 'top:alice-0.0', '.'], files: { Dockerfile: 'FROM base:alice-0.0 AS b\nFROM b\nFROM ubuntu:14.04' } },
    ]);
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
    ['a build step without a Dockerfile', (f: any) => (f.solution = [{ command: 'docker build -t web .', files: { 'test.html': 'x' } }]), 'solution[0]: no Dockerfile: give dockerfile (written to Dockerfile)'],
    ['a build from stdin', (f: any) => (f.solution = [{ command: 'docker build -t web -', dockerfile: 'FROM ubuntu:14.04' }]), "solution[0].command: 'docker build -t web -' builds from no folder of files"],
    ['a build context outside the folder', (f: any) => (f.solution = [{ command: 'docker build -t web ../x', dockerfile: 'FROM ubuntu:14.04' }]), 'builds from no folder of files'],
    ['a build file outside the context', (f: any) => (f.solution = [{ command: 'docker build -t web .', dockerfile: 'FROM ubuntu:14.04', files: { '../etc/passwd': 'x' } }]), "solution[0].files: '../etc/passwd' is not a path inside the build context"],
    ['a Dockerfile given twice', (f: any) => (f.solution = [{ command: 'docker build -t web .', dockerfile: 'FROM ubuntu:14.04', files: { Dockerfile: 'FROM centos:7' } }]), 'the Dockerfile Dockerfile is given twice'],
    ['a build step that is not a build', (f: any) => (f.solution = [{ command: 'docker run web', dockerfile: 'FROM ubuntu:14.04' }]), 'a step with a Dockerfile is a docker build line'],
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

  it("keeps each hint's command line as typed without a prefix, the same as the builder renders it, and renders it under a prefix as before", () => {
    const compiled = compileExerciseDir('exercises');
    let lines = 0;
    for (const file of compiled) {
      // the same file without the lines compiled: everything is rendered when asked
      const bare = withoutLines(file);
      const fresh = noPrefixLines(bare);
      expect(file.lines ?? {}).toEqual(fresh.lines);
      for (const [key, target] of Object.entries(file.targets)) expect(target.createLine).toBe(fresh.creates[key]);
      lines += Object.keys(fresh.lines).length + Object.keys(fresh.creates).length;
      // a check of each prints the same hints with the compiled lines as without, with and without a prefix
      for (const prefix of ['', 'alice']) {
        const names = makeNames(prefix);
        const hints = (exercise: ReturnType<typeof buildExercise>) => exercise.checks.map((c) => (c.kind === 'state' ? null : c.target.create(names)));
        expect(hints(buildExercise(file))).toEqual(hints(buildExercise(bare)));
      }
    }
    // the chapter's fix and create lines (94 when written)
    expect(lines).toBeGreaterThan(80);
    // a line it has is what the no-prefix grading prints, not worked out again
    const sample = compiled.find((f) => f.targets.mycentos?.createLine !== undefined)!;
    const doctored = { ...sample, targets: { ...sample.targets, mycentos: { ...sample.targets.mycentos, createLine: 'docker create MARK' } } };
    const target = buildExercise(doctored).checks.find((c) => c.kind !== 'state' && c.target.name === 'mycentos');
    expect(target && target.kind !== 'state' && target.target.create(makeNames(''))).toBe('docker create MARK');
    expect(target && target.kind !== 'state' && target.target.create(makeNames('alice'))).toBe('docker create -i -t --name alice-mycentos centos:7');
  });

  it("refuses a check's command line with a flag docker does not have when it is compiled, not when a grading prints it", () => {
    const error = compileError(file((f) => (f.targets.web.create = 'docker run -d --no-such-flag --name web ubuntu:14.04')));
    expect(error).toContain('toy.yaml: ');
    expect(error).toContain('--no-such-flag');
  });

  it('refuses YAML with a duplicate key or an alias bomb', () => {
    expect(() => parseExerciseYaml('id: a\nid: b\n', 'x.yaml')).toThrow('x.yaml: not valid YAML');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect(() => parseExerciseYaml(bomb, 'x.yaml')).toThrow('x.yaml: not valid YAML');
  });
});
