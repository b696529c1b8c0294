/**
 * `dockgrade solve <id|section>`: applies the reference solutions to the engine with the docker CLI,
 * under `--prefix` when given. It prints exactly the commands it will run and what they create, and asks
 * unless `--yes`. It refuses when something it would create already exists (reset first).
 */
import { selectExercises } from '../check/select.js';
import type { Catalog } from '../pipeline/catalog.js';
import { forHost, formatStep, isBuildStep, namesCpus, parseStep } from '../docker/docker-args.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { planSolve } from '../docker/solve.js';
import { confirm } from './confirm.js';
import type { SolveArgs } from './commands/solve-declaration.js';

function list(label: string, names: readonly string[]): string[] {
  return names.length ? [`${label} ${names.join(', ')}`] : [];
}

export async function runSolve(options: SolveArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (options.selectors.length === 0) throw new UsageError('name what to solve: an exercise id or a section', '`dockgrade list` shows them').inKorean('풀 실습을 적으세요: 실습 ID 또는 절', '`dockgrade list`로 볼 수 있습니다');
  const exercises = selectExercises(catalog.exercises, options.selectors);
  const plan = planSolve(exercises, options.prefix);
  const { dockerCli } = await import('../docker/docker-cli.js');
  const cli = dockerCli({ host: options.host });
  // Nothing it creates may exist already: the steps would fail half-way.
  const [containers, networks, volumes] = await Promise.all([
    cli.run(['ps', '-a', '--format', '{{.Names}}']),
    cli.run(['network', 'ls', '--format', '{{.Name}}']),
    cli.run(['volume', 'ls', '--format', '{{.Name}}']),
  ]);
  const existing = [
    ...plan.creates.containers.filter((n) => containers.split('\n').includes(n)),
    ...plan.creates.networks.filter((n) => networks.split('\n').includes(n)),
    ...plan.creates.volumes.filter((n) => volumes.split('\n').includes(n)),
  ];
  if (existing.length) {
    throw new UsageError(`already exists: ${existing.join(', ')}`, `\`dockgrade reset ${options.selectors.join(' ')}${options.prefix ? ` --prefix ${options.prefix}` : ''}\` removes it first`).inKorean(`이미 있습니다: ${existing.join(', ')}`, `먼저 \`dockgrade reset ${options.selectors.join(' ')}${options.prefix ? ` --prefix ${options.prefix}` : ''}\`로 지우세요`);
  }
  // The book's host-specific values as this host takes them (--cpuset-cpus=2 on two CPUs: 1), shown as run.
  if (namesCpus(plan.steps.map((s) => s.step))) {
    const ncpu = Number((await cli.run(['info', '--format', '{{.NCPU}}'])).trim()) || 0;
    for (const planned of plan.steps) planned.step = forHost(planned.step, { ncpu });
  }
  // A pull of an image that is here already would only ask the registry again.
  for (const planned of plan.steps) {
    const parsed = parseStep(planned.step);
    if (planned.skip || parsed.verb !== 'pull') continue;
    const present = await cli.run(['image', 'inspect', '--format', '{{.Id}}', parsed.positionals[0] ?? '']).then(() => true, () => false);
    if (present) planned.skip = `${parsed.positionals[0]} is present`;
  }
  const lines = [`dockgrade solve will run${options.host ? ` (docker --host ${options.host})` : ''}:`];
  let current = '';
  for (const planned of plan.steps) {
    if (planned.exercise !== current) lines.push(`  # ${(current = planned.exercise)}`);
    lines.push(planned.skip ? `  # skipped (${planned.skip}): ${formatStep(planned.step)}` : `  ${formatStep(planned.step)}`);
    // a build runs in a folder holding its files: show them, so what is built is what is read
    if (!planned.skip && isBuildStep(planned.step)) lines.push(`    (in a folder holding ${Object.keys(planned.step.files).join(', ')})`);
  }
  const creates = [
    ...list('containers:', plan.creates.containers),
    ...list('networks:', plan.creates.networks),
    ...list('volumes:', plan.creates.volumes),
    ...list('image tags (labelled dockgrade.solve):', plan.creates.images),
    ...(plan.unnamed ? [`${plan.unnamed} unnamed container(s), labelled dockgrade.solve`] : []),
  ];
  lines.push(creates.length ? `It creates ${creates.join('; ')}.` : 'It creates nothing.');
  out.write(`${lines.join('\n')}\n`);
  const toRun = plan.steps.filter((s) => !s.skip);
  if (toRun.length === 0) return ExitCode.Ok;
  if (!(await confirm('Run these commands?', { yes: options.yes, command: 'solve', stdout: out }))) {
    out.write('Nothing was changed.\n');
    return ExitCode.Findings;
  }
  for (const planned of toRun) {
    out.write(`$ ${formatStep(planned.step)}\n`);
    try {
      await cli.runStep(planned.step);
    } catch (error) {
      const reset = `dockgrade reset ${options.selectors.join(' ')}${options.prefix ? ` --prefix ${options.prefix}` : ''}`;
      throw Object.assign(error as Error, { hint: `\`${reset}\` removes what was created so far` });
    }
  }
  out.write(`Done. Grade it: dockgrade check ${options.selectors.join(' ')}${options.prefix ? ` --prefix ${options.prefix}` : ''}\n`);
  return ExitCode.Ok;
}
