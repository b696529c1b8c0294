/**
 * CONTRIBUTING.md's recipe 1, followed literally with a toy exercise: one YAML file in a folder of its
 * own, compiled as `npm run build` compiles exercises/, graded against factory snapshots: it passes on
 * the state its solution leaves and fails exactly the named check on each mutation's state. No other
 * file is written or edited.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { josa } from '../../core/korean-particles.js';
import { failing } from '../../docker/selftest.js';
import { makeNames } from '../names.js';
import { gradeExercise } from '../run.js';
import { catalogModule, compileExerciseDir, parseExerciseYaml, sectionTitlesOfFiles } from './catalog-compile.js';
import { compileExercise } from './exercise-compiler.js';
import { withProof } from './compiled-exercise.js';
import { buildExercise } from './exercise-builder.js';

const TOY = `# yaml-language-server: $schema=../schemas/exercise.schema.json
id: 9.1/toy-web
section: '9.1'
sectionTitles: { '9.1': { ko: 장난감 실습, en: Toy exercises } }
order: 1
title: { ko: 장난감 웹 서버, en: A toy web server }
goal: { ko: ubuntu:14.04로 web 컨테이너를 -d로 실행합니다., en: Run the container web from ubuntu:14.04 with -d. }
commands: [docker run -d --name web ubuntu:14.04]
targets:
  web:
    name: web
    missingHint: { ko: "{{josa (name 'web') '을/를'}} 만드세요: {{create}}", en: "create {{name 'web'}}: {{create}}" }
checks:
  - { kind: image, target: web, reference: ubuntu:14.04 }
  - { kind: running, target: web, requires: image }
solution: &solution
  - docker run -d --name web ubuntu:14.04
mutations:
  - check: image
    description: { ko: 다른 이미지, en: another image }
    steps: [docker run -d --name web centos:7]
  - check: running
    description: { ko: 멈춤, en: stopped }
    steps: [*solution, docker stop -t 1 web]
`;

describe('a new exercise is one YAML file (CONTRIBUTING recipe 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dgt-lang-toy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, '9.1-toy-web.yaml'), TOY);
  const [compiled] = compileExerciseDir(dir);
  const exercise = buildExercise(compiled);

  it('compiles into the generated module form, as npm run build does for exercises/', () => {
    // the section's files as one JSON text, parsed when the section is built, and their proofs (solution,
    // mutations) as another, parsed when one is read: exactly the compiled file
    const [, grading, proof] = /^ {2}"9\.1": \(\): readonly CompiledExercise\[\] => withProof\(JSON\.parse\((".*")\), \(\) => JSON\.parse\((".*")\)\),$/m.exec(catalogModule(dir)) ?? ['', '""', '""'];
    let proofsRead = 0;
    const files = withProof(JSON.parse(JSON.parse(grading)), () => (proofsRead++, JSON.parse(JSON.parse(proof))));
    expect(proofsRead).toBe(0);
    expect(files.map((f) => f.checks)).toEqual([compiled.checks]);
    expect(proofsRead).toBe(0);
    expect(files).toEqual([compiled]);
    expect(proofsRead).toBe(1);
    // a new section's title comes with its file (the book's catalog adds the titles it lacks)
    expect(catalogModule(dir)).toContain('export const FILE_SECTION_TITLES: readonly CatalogSection[] = [{"id":"9.1","title":{"ko":"장난감 실습","en":"Toy exercises"}}];');
    expect(exercise.mutations.map((m) => m.steps(makeNames('alice')))).toEqual([
      [['run', '-d', '--name', 'alice-web', 'centos:7']],
      [['run', '-d', '--name', 'alice-web', 'ubuntu:14.04'], ['stop', '-t', '1', 'alice-web']],
    ]);
  });

  const states = {
    solution: [makeContainer({ name: 'alice-web' })],
    image: [makeContainer({ name: 'alice-web', image: 'centos:7', imageId: 'sha256:centos7' })],
    running: [makeContainer({ name: 'alice-web', state: { status: 'exited', running: false, exitCode: 137 } })],
  };

  it('passes with full points on the state its solution leaves', async () => {
    const result = await gradeExercise(exercise, makeSnapshot({ containers: states.solution }), { prefix: 'alice' });
    expect([result.status, result.points, result.maxPoints, failing(result)]).toEqual(['pass', 2, 2, []]);
  });

  it.each(['image', 'running'] as const)('fails exactly %s on its mutation state', async (check) => {
    const result = await gradeExercise(exercise, makeSnapshot({ containers: states[check] }), { prefix: 'alice' });
    expect(failing(result)).toEqual([check]);
  });

  it('renders its hint template with the learner names when the container is missing', async () => {
    const result = await gradeExercise(exercise, makeSnapshot({ containers: [] }), { prefix: 'alice' });
    expect(result.checks[0].hint).toEqual({ ko: `${josa('alice-web', '을/를')} 만드세요: docker run -d --name alice-web ubuntu:14.04`, en: 'create alice-web: docker run -d --name alice-web ubuntu:14.04' });
  });
});

describe('sectionTitles: a file titles its new section', () => {
  const toy = (titles: string) => compileExercise(parseExerciseYaml(TOY.replace(/^sectionTitles: .*$/m, titles), 'toy.yaml'), 'toy.yaml');
  it('its own section or a parent, never another', () => {
    expect(toy("sectionTitles: { '9.1': { ko: 가, en: A }, '9': { ko: 나, en: B } }").sectionTitles).toEqual({ '9.1': { ko: '가', en: 'A' }, '9': { ko: '나', en: 'B' } });
    expect(() => toy("sectionTitles: { '9.2': { ko: 가, en: A } }")).toThrow("toy.yaml: sectionTitles.9.2: expected the exercise's section or one of its parents (9, 9.1)");
    expect(toy('').sectionTitles).toBeUndefined();
  });
  it('two files that title one section otherwise fail the build, naming both', () => {
    const a = { ...toy("sectionTitles: { '9.1': { ko: 가, en: A } }"), source: 'a.yaml' };
    const b = { ...toy("sectionTitles: { '9.1': { ko: 가, en: B } }"), source: 'b.yaml' };
    expect(sectionTitlesOfFiles([a, { ...a, source: 'c.yaml' }])).toEqual([{ id: '9.1', title: { ko: '가', en: 'A' } }]);
    expect(() => sectionTitlesOfFiles([a, b])).toThrow("b.yaml: sectionTitles.9.1: a.yaml titles section 9.1 otherwise ('A' / 'B'): one title per section");
  });
});
