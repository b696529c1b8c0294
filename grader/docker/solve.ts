/**
 * What `solve` runs and what `reset` removes, planned from the exercises alone (pure; the commands in
 * grader/cli/ run the plans). `solve` labels everything it creates with the exercise id and the prefix,
 * so `reset` finds even the containers the book leaves unnamed; by name, `reset` removes only what the
 * exercise names (its steps' `--name`, networks, volumes, and its `creates` list), under the prefix.
 */
import { makeNames } from '../check/names.js';
import type { DockerStep, ExerciseDefinition } from '../check/types.js';
import { objectsCreatedBy, parseStep, withLabels, type CreatedObjects } from './docker-args.js';
import { UsageError } from '../core/errors.js';
import { normalizeReference } from '../check/image-reference.js';
import { PREFIX_LABEL } from '../core/constants.js';

/** Label on everything `solve` creates: the exercise id. */
export const SOLVE_LABEL = 'dockgrade.solve';
/** Label on everything `solve` creates: the prefix it ran under (empty without one). */
export { PREFIX_LABEL };

export interface PlannedStep {
  exercise: string;
  /** The step as it runs (labels added). */
  step: DockerStep;
  /** Why it does not run (another exercise of the plan already does it). */
  skip?: string;
}

export interface SolvePlan {
  steps: PlannedStep[];
  /** Named objects the plan creates. */
  creates: CreatedObjects;
  /** Containers created without a name (found again by their label). */
  unnamed: number;
}

/**
 * The steps that apply the selected exercises' reference solutions under `prefix`. A step two exercises
 * share runs once; two exercises creating the same name differently cannot be solved together.
 */
export function planSolve(exercises: readonly ExerciseDefinition[], prefix: string): SolvePlan {
  const names = makeNames(prefix);
  const steps: PlannedStep[] = [];
  const seen = new Map<string, string>();
  const creators = new Map<string, { exercise: string; key: string }>();
  let unnamed = 0;
  for (const exercise of exercises) {
    for (const step of exercise.solution(names)) {
      // the learner's certificates (2.5.3.3) are theirs to make: solve writes none, and the step reads them from
      // the folder it runs in, which only the learner knows
      if (exercise.certificates) {
        steps.push({ exercise: exercise.id, step, skip: 'needs your certificates (2.5.3.3): make them with openssl and run it in their folder' });
        continue;
      }
      const key = JSON.stringify(step);
      const earlier = seen.get(key);
      if (earlier) {
        steps.push({ exercise: exercise.id, step, skip: `already done for ${earlier}` });
        continue;
      }
      const made = objectsCreatedBy([step]);
      for (const name of [...made.containers, ...made.networks, ...made.volumes]) {
        const other = creators.get(name);
        if (other && other.key !== key) {
          throw new UsageError(`${other.exercise} and ${exercise.id} both create '${name}' differently`, 'solve them one at a time (reset in between)').inKorean(`${other.exercise}, ${exercise.id} 두 실습이 '${name}' 컨테이너를 서로 다르게 만듭니다`, '하나씩 풀고 그사이에 reset 하세요');
        }
        creators.set(name, { exercise: exercise.id, key });
      }
      const parsed = parseStep(step);
      if ((parsed.verb === 'run' || parsed.verb === 'create') && !parsed.options.has('name')) unnamed += 1;
      seen.set(key, exercise.id);
      steps.push({ exercise: exercise.id, step: withLabels(step, { [SOLVE_LABEL]: exercise.id, [PREFIX_LABEL]: prefix }) });
    }
  }
  return { steps, creates: objectsCreatedBy(steps.filter((s) => !s.skip).map((s) => s.step)), unnamed };
}

export interface ResetTargets extends CreatedObjects {
  /** Names an exercise gives without the prefix, which reset leaves alone under a prefix. */
  unprefixed: string[];
}

/** The names `reset` removes: what the solutions create, plus each exercise's `creates` list, under the prefix. */
export function resetTargets(exercises: readonly ExerciseDefinition[], prefix: string): ResetTargets {
  const names = makeNames(prefix);
  const start = names.name('');
  const made = objectsCreatedBy(exercises.flatMap((e) => e.solution(names)));
  const containers = [...new Set([...made.containers, ...exercises.flatMap((e) => (e.creates ?? []).map((c) => names.name(c)))])];
  const unprefixed: string[] = [];
  const keep = (list: string[]) =>
    list.filter((name) => {
      if (!prefix || name.startsWith(start)) return true;
      unprefixed.push(name);
      return false;
    });
  return { containers: keep(containers), networks: keep(made.networks), volumes: keep(made.volumes), images: made.images, unprefixed };
}

/** An image tag as reset sees it: the reference, and the labels solve gave its image (empty when none). */
export interface ListedImage {
  reference: string;
  solve: string;
  prefix: string;
}

/**
 * Which image tags reset removes: only those the exercises' solutions make (`build -t`, `tag`, `commit`,
 * `import`, under the prefix), and of those only a tag under a prefix (it carries the learner's prefix)
 * or, without one, a tag whose image `solve` built for one of these exercises (its labels). A tag the
 * learner made without a prefix and without solve is theirs: left alone.
 */
export function selectImagesForReset(listed: readonly ListedImage[], made: readonly string[], exerciseIds: readonly string[], prefix: string): string[] {
  const wanted = new Set(made.map(normalizeReference));
  const ids = new Set(exerciseIds);
  return listed.filter((i) => wanted.has(normalizeReference(i.reference)) && (prefix !== '' || (ids.has(i.solve) && i.prefix === prefix))).map((i) => i.reference);
}

/** A dangling image (no tag left: a tag solve built went to a newer build) with the labels solve gave it. */
export interface ListedDangling {
  id: string;
  solve: string;
  prefix: string;
}

/** Which dangling images reset removes: only those solve built for one of these exercises under this prefix (its labels). */
export function selectDanglingForReset(listed: readonly ListedDangling[], exerciseIds: readonly string[], prefix: string): string[] {
  const ids = new Set(exerciseIds);
  return listed.filter((i) => ids.has(i.solve) && i.prefix === prefix).map((i) => i.id);
}

/** One object as `docker ps` / `network ls` / `volume ls` list it, with our labels. */
export interface ListedObject {
  id: string;
  names: string[];
  solve: string;
  prefix: string;
}

/** Parses `--format '{{.ID}}\t{{.Names}}\t{{.Label "dockgrade.solve"}}\t{{.Label "dockgrade.prefix"}}'` lines. */
export function parseListing(text: string): ListedObject[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [id, names = '', solve = '', prefix = ''] = line.split('\t');
      // Legacy links add names like `wordpress/mysql`; only the container's own name counts.
      return { id, names: names.split(',').filter((n) => n && !n.includes('/')), solve, prefix };
    });
}

/** Which listed objects reset removes: exactly the named ones, plus those solve labelled for these exercises under this prefix. */
export function selectForReset(listed: readonly ListedObject[], names: readonly string[], exerciseIds: readonly string[], prefix: string): ListedObject[] {
  const wanted = new Set(names);
  const ids = new Set(exerciseIds);
  return listed.filter((o) => o.names.some((n) => wanted.has(n)) || (ids.has(o.solve) && o.prefix === prefix));
}
