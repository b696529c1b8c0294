#!/usr/bin/env bash
# Proves an exercise rewritten as YAML says and does what its TypeScript folder did: for each folder
# given (as it is on REF, default main), compares with today's exercises/index.ts under prefixes '',
# 'dgself-x' and 'p_': title, goal, commands; each check's kind, id, title, points, requires and explain
# text; each target's name, aliases, shared, description, create line and missing hint (with and without
# an engine-named container); the solution; every mutation's description, steps and snapshot edit; and
# the whole result (status, points, message, hint, expected, found) on every recorded state of every
# exercise (fixtures/exercise-snapshots/, probe answers replayed), where probe hints and near misses speak.
# `creates` is compared as a set, and may only grow (names of mutation steps are now derived).
#   scripts/compare-conversion.sh 2.2.2-rename 2.2.3-remove        (REF=<commit> to compare with another)
set -euo pipefail
ref="${REF:-main}"
dir="conversion-compare.tmp"
rm -rf "$dir" && mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
imports="" list=""
i=0
for folder in "$@"; do
  mkdir -p "$dir/$folder"
  git show "$ref:exercises/$folder/index.ts" | sed "s#'\.\./\.\./grader#'../../grader#g; s#'\.\./\(2\.[^']*\)/index\.js'#'../\1/index.js'#g" > "$dir/$folder/index.ts"
  imports+="import old$i from './$folder/index.js';"$'\n'
  list+="old$i, "
  i=$((i + 1))
done
# folders an old module imports (2.2.5's share their runs) come along as they were
for dep in $(grep -ho "'\.\./2\.[^/']*" "$dir"/*/index.ts | sort -u | sed "s#'\.\./##"); do
  [ -d "$dir/$dep" ] || { mkdir -p "$dir/$dep"; git show "$ref:exercises/$dep/index.ts" | sed "s#'\.\./\.\./grader#'../../grader#g" > "$dir/$dep/index.ts"; }
done
cat > "$dir/compare.test.ts" <<TS
import { readdirSync } from 'node:fs';
import { readRecording } from '../fixtures/exercise-snapshots.js';
import { ReplayProbe } from '../grader/probe/probe.js';
const recorded = readdirSync('fixtures/exercise-snapshots').filter((f) => f.endsWith('.json')).flatMap((f) => {
  const r = readRecording(\`fixtures/exercise-snapshots/\${f}\`);
  return r.cases.map((c) => ({ state: \`\${r.exercise} \${c.check ?? 'solution'}\`, prefix: r.prefix, snapshot: c.snapshot }));
});
import { EXERCISES } from '../exercises/index.js';
import { makeNames } from '../grader/check/names.js';
import { gradeExercise } from '../grader/check/run.js';
import type { ExerciseDefinition } from '../grader/check/types.js';
import { makeContainer, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { parseStep } from '../grader/docker/docker-args.js';
import type { DockerStep } from '../grader/check/types.js';
const read = (steps: readonly DockerStep[]) => steps.map(parseStep);
$imports
async function view(e: ExerciseDefinition, prefix: string) {
  const n = makeNames(prefix);
  const snap = makeSnapshot({ images: [{ id: 'sha256:1', tags: ['centos:7', 'ubuntu:14.04'] } as never] });
  const states = [makeSnapshot({ containers: [] }), makeSnapshot({ containers: [makeContainer({ name: n.name('angry_morse') })] })];
  const missing = await Promise.all(states.map(async (s) => (await gradeExercise(e, s, { prefix })).checks.map((c) => [c.message, c.hint])));
  return {
    id: e.id, section: e.section, title: e.title, goal: e.goal, commands: e.commands, missing,
    checks: e.checks.map((k) => ({ kind: k.kind, id: k.id, title: k.title, points: k.points, requires: k.requires, explain: k.explain?.(n), target: k.kind === 'state' ? null : { name: k.target.name, aliases: k.target.aliases, shared: k.target.shared, describe: k.target.describe, create: k.target.create(n), match: typeof k.target.match } })),
    solution: read(e.solution(n)),
    mutations: e.mutations.map((m) => ({ check: m.check, description: m.description, steps: read(m.steps(n)), edit: m.edit ? JSON.stringify(m.edit(snap, n)) : null })),
    commandView: e.commandView,
  };
}
describe.each([$list].map((o) => [o.id, o] as const))('%s', (id, old) => {
  const now = EXERCISES.find((e) => e.id === id)!;
  it.each(['', 'dgself-x', 'p_'])('reads and runs the same under prefix %p', async (prefix) => {
    expect(await view(now, prefix)).toEqual(await view(old, prefix));
  });
  it('grades every recorded state alike', async () => {
    expect(recorded.length).toBeGreaterThan(0);
    for (const { state, prefix, snapshot } of recorded) {
      const grade = (e: ExerciseDefinition) => gradeExercise(e, snapshot, { prefix, probe: new ReplayProbe(snapshot.probes) });
      expect({ state, result: await grade(now) }).toEqual({ state, result: await grade(old) });
    }
  });
  it('creates at least what it created', () => {
    expect(new Set(now.creates ?? [])).toEqual(new Set([...(old.creates ?? []), ...(now.creates ?? [])]));
  });
});
TS
node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js --selectProjects unit --runTestsByPath "$dir/compare.test.ts"
