import { EXERCISES } from '../../exercises/index.js';
import { UsageError } from '../core/errors.js';
import { explainExercise, renderExplanation, runExplain } from './explain-command.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

function sink(): NodeJS.WritableStream & { text: string } {
  const out = { text: '', write(chunk: string) { out.text += chunk; return true; } };
  return out as unknown as NodeJS.WritableStream & { text: string };
}

describe('dockgrade explain', () => {
  it('every check of every exercise explains itself, in both languages', () => {
    for (const exercise of EXERCISES) {
      for (const check of explainExercise(exercise).checks) {
        expect([exercise.id, check.id, (check.hint?.ko.length ?? 0) > 0, (check.hint?.en.length ?? 0) > 0]).toEqual([exercise.id, check.id, true, true]);
      }
    }
  });

  it("shows the goal, the book's commands and each check with points and hint", () => {
    const exercise = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;
    const text = renderExplanation(explainExercise(exercise), 'en', bookCatalog());
    expect(text).toContain('2.2.1/create-mycentos  Create, start and attach a container  (6 pts)');
    expect(text).toContain(exercise.goal.en);
    expect(text).toContain('  $ docker create -i -t --name mycentos centos:7');
    expect(text).toMatch(/tty +1 pt {2}-t \(a TTY\)\n +→ -t allocates the TTY a shell needs: docker create -i -t --name mycentos centos:7/);
    expect(text).toContain('running (needs: started)');
  });

  it('speaks Korean', () => {
    const text = renderExplanation(explainExercise(EXERCISES.find((e) => e.id === '2.2.1/pull-centos')!), 'ko', bookCatalog());
    expect(text).toContain('목표');
    expect(text).toContain('책의 명령');
    expect(text).toContain('docker pull centos:7');
    // The counter right after the number: 2점, never "2 점".
    expect(text).toMatch(/2점/);
    expect(text).not.toMatch(/\d 점/);
  });

  it("names the learner's objects with the prefix in hints", () => {
    const e = explainExercise(EXERCISES.find((x) => x.id === '2.2.1/create-mycentos')!, 'alice');
    expect(e.checks.find((c) => c.id === 'started')?.hint?.en).toContain('docker start alice-mycentos');
    expect(renderExplanation(e, 'en', bookCatalog())).toContain("(prefix 'alice': put it before every name, alice-…)");
  });

  it('prints JSON', async () => {
    const out = sink();
    expect(await runExplain({ id: '2.2.1/pull-centos', format: 'json', lang: 'en', prefix: '' }, bookCatalog(), out)).toBe(0);
    const parsed = JSON.parse(out.text);
    expect(parsed).toMatchObject({ id: '2.2.1/pull-centos', points: 2 });
    expect(parsed.commands).toContain('docker pull centos:7');
    expect(parsed.checks[0].hint.en).toContain('docker pull centos:7');
  });

  it('explains a whole section', async () => {
    const out = sink();
    await runExplain({ id: '2.2.1', format: 'pretty', lang: 'en', prefix: '' }, bookCatalog(), out);
    for (const e of EXERCISES.filter((x) => x.section === '2.2.1')) expect(out.text).toContain(`${e.id}  `);
  });

  it('an unknown id is a usage error (exit 2) naming the closest ids', async () => {
    const error = await runExplain({ id: '2.2.1/create-mycentso', format: 'pretty', lang: 'en', prefix: '' }, bookCatalog(), sink()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toContain('did you mean 2.2.1/create-mycentos');
  });
});
