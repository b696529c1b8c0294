/**
 * The hints, pasted (issue 27): for every mutation of every exercise, on the real engine, each failing
 * check's hint is taken as a learner reads it, in Korean and in English, its `docker` commands are run in
 * order as typed (both languages must give the same commands), and the exercise is graded again: the
 * check the hint belongs to must pass. Everything runs under one `dgt-ko2-…` prefix, removed before each
 * case and at the end; a pasted command that names nothing of that prefix is refused, never run.
 *
 * As a learner's terminal would: `docker run -i -t` without `-d` attaches, and the learner leaves with
 * Ctrl+P, Q: here `-d` stands in (as in every exercise's steps); `docker attach` is that same detach, so
 * it is not run; `docker exec -i -t … bash` gets no terminal here and runs without `-t` (the shell ends at
 * once; the engine records the exec). A step that fails is reported, and the grade decides.
 */
import type { ExerciseDefinition } from '../grader/check/types.js';
import type { ExerciseResult } from '../grader/model/result-schema.js';
import { forHost, splitCommandLine, withoutPulling, type HostFacts } from '../grader/docker/docker-args.js';
import { dockerCli } from '../grader/docker/docker-cli.js';
import { makeNames } from '../grader/check/names.js';
import { withHostPorts } from '../grader/core/host-port-lock.js';
import { engine, fixedHostPorts, gradeAfter } from '../fixtures/exercise-tester.js';
import { gradeSource } from '../grader/pipeline/pipeline.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import { removeByPrefix, uniquePrefix } from '../fixtures/docker-cli.js';
import { proofSteps } from '../grader/docker/selftest.js';
import { selectedExercises } from '../fixtures/selected-exercises.js';
import { EXERCISES } from './index.js';
import { NOT_YET_PASTEABLE } from './not-yet-pasteable.js';

const cli = dockerCli({ timeoutMs: 60_000 });

/** The `docker` commands of a hint, in order: each `docker …` up to `&&`, a comma, a parenthesis or the end. */
export function hintCommands(hint: string): string[] {
  // What to paste follows the last colon before a command ("다시 시작하세요: docker start x"); an earlier
  // `docker stop` in the explanation ("exit 137: docker stop이나 docker kill") is prose.
  // ("…(look: docker history x)" inside parentheses is an aside, not the fix)
  const numbered = /^\s*1\. docker /m.exec(hint);
  const outside = hint.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const at = numbered ? numbered.index : Math.max(0, ...[...outside.matchAll(/: (?=docker )/g)].map((m) => m.index! + 2));
  // a command runs to a parenthesis (an aside, never pasted), a line end or Korean; ', ' and ' && ' separate
  // commands (a comma inside a word does not)
  const found = outside.slice(at).match(/(?<![\w-])docker [^()\n\uAC00-\uD7A3]+/g) ?? [];
  return found
    .flatMap((part) => part.split(/,\s+(?:then\s+)?|\s+&&\s+/))
    .map((c) => c.replace(/[.。]\s*$/, '').trim())
    .filter((c) => c.startsWith('docker '));
}

/** The words docker runs for a pasted command line, as a learner's terminal would (see above); null: not run. */
export function pastedStep(line: string): string[] | null {
  const words = splitCommandLine(line).slice(1);
  const verb = words[0];
  if (verb === 'attach') return null;
  const shortFlags = (w: string) => /^-[a-zA-Z]+$/.test(w);
  if (verb === 'run' && !words.some((w) => w === '-d' || w === '--detach' || (shortFlags(w) && w.includes('d')))) return [...(withoutPulling(['run', '-d', ...words.slice(1)]) as readonly string[])];
  if (verb === 'exec') return ['exec', ...words.slice(1).flatMap((w) => (w === '-t' ? [] : shortFlags(w) && w.includes('t') ? [w.replace('t', '')] : [w])).filter((w) => w !== '-')];
  return [...(withoutPulling(words) as readonly string[])];
}

async function pasteHints(exercise: ExerciseDefinition, prefix: string, host: HostFacts): Promise<{ cases: number; failures: string[] }> {
  const names = makeNames(prefix);
  const failures: string[] = [];
  let cases = 0;
  for (const mutation of exercise.mutations) {
    // a state made by editing a recorded snapshot cannot be made on an engine
    if (mutation.edit) continue;
    // as on this host (`--cpuset-cpus=2` on a two-CPU host names CPU 1, as selftest and solve run it)
    const steps = mutation.steps(names).map((step) => forHost(step, host));
    const before = await gradeAfter(exercise, steps, { prefix, waitMs: 5000 });
    const target = before.checks.find((c) => c.id === mutation.check);
    if (!target || target.status === 'pass') {
      failures.push(`${mutation.check}: the mutation did not fail its check here`);
      continue;
    }
    if (!target.hint) {
      failures.push(`${mutation.check}: fails without a hint`);
      continue;
    }
    const ko = hintCommands(target.hint.ko);
    const en = hintCommands(target.hint.en);
    if (JSON.stringify(ko) !== JSON.stringify(en)) failures.push(`${mutation.check}: the Korean and English hints give other commands: ${JSON.stringify(ko)} / ${JSON.stringify(en)}`);
    if (en.length === 0) {
      failures.push(`${mutation.check}: no command to paste in '${target.hint.en}'`);
      continue;
    }
    cases += 1;
    const result = await afterPasting(exercise, steps, en, prefix, mutation.check);
    const after = result.result.checks.find((c) => c.id === mutation.check);
    if (after?.status !== 'pass') failures.push(`${mutation.check}: still ${after?.status} after pasting ${JSON.stringify(en)}${result.errors.length ? ` (errors: ${result.errors.join(' | ')})` : ''}: ${after?.message.en} — hint was '${target.hint.en}'`);
  }
  return { cases, failures };
}

/** Re-makes the mutation's state, runs the pasted commands in order (a failing one is noted, the rest still run), grades. */
async function afterPasting(exercise: ExerciseDefinition, steps: Parameters<typeof gradeAfter>[1], commands: readonly string[], prefix: string, check: string): Promise<{ result: ExerciseResult; errors: string[] }> {
  await removeByPrefix(prefix);
  await cli.apply(steps);
  const errors: string[] = [];
  for (const line of commands) {
    if (!line.includes(prefix) && !/^docker (pull|ps|images|port)\b/.test(line)) {
      errors.push(`refused, names nothing of ${prefix}: ${line}`);
      continue;
    }
    const step = pastedStep(line);
    if (!step) continue;
    try {
      await cli.run(step);
    } catch (error) {
      errors.push(`${line}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  // grade what is there now, as `check` would (re-graded for a few seconds: a started server needs a moment)
  let result: ExerciseResult | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { run } = await gradeSource({ client: await engine(), probes: true }, { catalog: bookCatalog(), exercises: [exercise], prefix });
    result = run.exercises[0]!;
    if (result.checks.find((c) => c.id === check)?.status === 'pass') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { result: result!, errors };
}

describe('hintCommands and pastedStep read a hint as a learner pastes it', () => {
  it('takes every docker command in order, up to &&, a comma or a parenthesis', () => {
    expect(hintCommands('recreate it with -d: docker rm -f db && docker run -d --name db mysql:5.7')).toEqual(['docker rm -f db', 'docker run -d --name db mysql:5.7']);
    expect(hintCommands('start it again: docker start db (if it stops again, docker logs db says why)')).toEqual(['docker start db']);
    expect(hintCommands('1. docker stop a b\n2. docker start b')).toEqual(['docker stop a b', 'docker start b']);
    expect(hintCommands('밖에서 멈췄습니다 (exit 137: docker stop이나 docker kill). 다시 시작하세요: docker start x')).toEqual(['docker start x']);
    expect(hintCommands('docker start x 후 docker attach x')).toEqual(['docker start x', 'docker attach x']);
    expect(hintCommands('recreate it: docker rm -f x && docker run --mount type=bind,source=/a,target=/b ubuntu')).toEqual(['docker rm -f x', 'docker run --mount type=bind,source=/a,target=/b ubuntu']);
    expect(hintCommands('fix it: docker commit -m "my first commit" c t (look: docker history t)')).toEqual(['docker commit -m "my first commit" c t']);
  });
  it('-d stands in for Ctrl+P, Q; attach is that detach; exec -it runs without a terminal', () => {
    expect(pastedStep('docker run -i -t --name x ubuntu:14.04')).toEqual(['run', '--pull=never', '-d', '-i', '-t', '--name', 'x', 'ubuntu:14.04']);
    expect(pastedStep('docker attach x')).toBeNull();
    expect(pastedStep('docker exec -it x /bin/bash')).toEqual(['exec', '-i', 'x', '/bin/bash']);
  });
});


describe.each(selectedExercises(EXERCISES).filter((e) => e.mutations.some((m) => !m.edit)).map((e) => [e.id, e] as const))('%s: every hint, pasted, makes its check pass', (_id, exercise) => {
  it('in Korean and English, on the real engine', async () => {
    const prefix = uniquePrefix('ko2');
    const outcome = await withHostPorts(fixedHostPorts(proofSteps(exercise, prefix)), async () => {
      try {
        return await pasteHints(exercise, prefix, { ncpu: Number((await (await engine()).info()).NCPU ?? 0) });
      } finally {
        await removeByPrefix(prefix);
      }
    });
    const key = (failure: string) => `${exercise.id} ${failure.slice(0, failure.indexOf(':'))}`;
    // A busy shared engine keeps its last 256 events only: a check the engine's history decides says so (skip), which is lost
    // evidence, not a hint that does not work.
    const lostHistory = (failure: string) => failure.includes('no longer remembers');
    expect(outcome.failures.filter((f) => !Object.hasOwn(NOT_YET_PASTEABLE, key(f)) && !lostHistory(f))).toEqual([]);
    // a hint on the list that works now: take it off
    const listed = Object.keys(NOT_YET_PASTEABLE).filter((k) => k.startsWith(`${exercise.id} `));
    const ncpu = Number((await (await engine()).info()).NCPU ?? 0);
    expect(listed.filter((k) => !(k.includes('cpuset') && ncpu > 2) && !outcome.failures.some((f) => key(f) === k))).toEqual([]);
    expect(outcome.cases).toBeGreaterThan(0);
  }, (1 + exercise.mutations.length) * 90_000);
});
