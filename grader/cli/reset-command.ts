/**
 * `dockgrade reset <id|section>`: removes exactly what `solve` made for those exercises: the containers,
 * networks and volumes the exercises name (under `--prefix`), plus whatever `solve` labelled for them
 * under the same prefix; and the image tags the solutions make (`docker build -t`, `tag`, `commit`), under
 * the prefix or labelled by `solve` (selectImagesForReset), and the dangling images `solve` built for them
 * under the same prefix (a tag it built again went to the newer build: selectDanglingForReset). Nothing
 * else. Asks unless `--yes`.
 */
import { selectExercises } from '../check/select.js';
import type { Catalog } from '../pipeline/catalog.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { inertLine } from '../../reports/terminal-text.js';
import { parseListing, PREFIX_LABEL, resetTargets, selectDanglingForReset, selectForReset, selectImagesForReset, SOLVE_LABEL, type ListedDangling, type ListedImage } from '../docker/solve.js';
import { confirm } from './confirm.js';
import type { ResetArgs } from './commands/reset-declaration.js';

const LABELS = `{{.Label "${SOLVE_LABEL}"}}\t{{.Label "${PREFIX_LABEL}"}}`;

export async function runReset(options: ResetArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (options.selectors.length === 0) throw new UsageError('name what to reset: an exercise id or a section', '`dockgrade list` shows them').inKorean('되돌릴 실습을 적으세요: 실습 ID 또는 절', '`dockgrade list`로 볼 수 있습니다');
  const exercises = selectExercises(catalog.exercises, options.selectors);
  const targets = resetTargets(exercises, options.prefix);
  const ids = exercises.map((e) => e.id);
  const { dockerCli } = await import('../docker/docker-cli.js');
  const cli = dockerCli({ host: options.host });
  const [containers, networks, volumes] = await Promise.all([
    cli.run(['ps', '-a', '--no-trunc', '--format', `{{.ID}}\t{{.Names}}\t${LABELS}`]),
    cli.run(['network', 'ls', '--no-trunc', '--format', `{{.ID}}\t{{.Name}}\t${LABELS}`]),
    cli.run(['volume', 'ls', '--format', `{{.Name}}\t{{.Name}}\t${LABELS}`]),
  ]);
  const remove = {
    containers: selectForReset(parseListing(containers), targets.containers, ids, options.prefix),
    networks: selectForReset(parseListing(networks), targets.networks, ids, options.prefix),
    volumes: selectForReset(parseListing(volumes), targets.volumes, ids, options.prefix),
    images: selectImagesForReset(await listImages(cli, targets.images), targets.images, ids, options.prefix),
    dangling: selectDanglingForReset(await listDangling(cli), ids, options.prefix),
  };
  if (targets.unprefixed.length) out.write(`Left alone (named without the prefix ${options.prefix}): ${targets.unprefixed.join(', ')}\n`);
  const count = remove.containers.length + remove.networks.length + remove.volumes.length + remove.images.length + remove.dangling.length;
  if (count === 0) {
    out.write('Nothing to remove.\n');
    return ExitCode.Ok;
  }
  const show = (label: string, objects: typeof remove.containers) => (objects.length ? [`  ${label}: ${objects.map((o) => inertLine(o.names[0] ?? o.id.slice(0, 12))).join(', ')}`] : []);
  const tags = remove.images.length ? [`  image tags: ${remove.images.map(inertLine).join(', ')}`] : [];
  const dangling = remove.dangling.length ? [`  dangling images: ${remove.dangling.map((id) => inertLine(id.replace(/^sha256:/, '').slice(0, 12))).join(', ')}`] : [];
  out.write(['dockgrade reset will remove:', ...show('containers (with their anonymous volumes)', remove.containers), ...show('networks', remove.networks), ...show('volumes', remove.volumes), ...tags, ...dangling].join('\n') + '\n');
  if (!(await confirm('Remove them?', { yes: options.yes, command: 'reset', stdout: out }))) {
    out.write('Nothing was changed.\n');
    return ExitCode.Findings;
  }
  // By id, so a name can never match another object's id prefix.
  if (remove.containers.length) await cli.run(['rm', '-f', '-v', ...remove.containers.map((o) => o.id)]);
  if (remove.networks.length) await cli.run(['network', 'rm', ...remove.networks.map((o) => o.id)]);
  if (remove.volumes.length) await cli.run(['volume', 'rm', ...remove.volumes.map((o) => o.id)]);
  // By tag, without force, after the containers: an image another tag or container still uses is only untagged or kept.
  if (remove.images.length || remove.dangling.length) await cli.run(['rmi', ...remove.images, ...remove.dangling]);
  out.write(`Removed ${count} object(s).\n`);
  return ExitCode.Ok;
}

/** The tags among `made` that exist, with the labels `solve` gave their image (one inspect of those only). */
async function listImages(cli: { run(args: readonly string[]): Promise<string> }, made: readonly string[]): Promise<ListedImage[]> {
  if (made.length === 0) return [];
  const existing = (await cli.run(['images', '--format', '{{.Repository}}:{{.Tag}}'])).split('\n').filter(Boolean);
  const { normalizeReference } = await import('../check/image-reference.js');
  const wanted = new Set(made.map(normalizeReference));
  const present = existing.filter((ref) => wanted.has(normalizeReference(ref)));
  if (present.length === 0) return [];
  const lines = await cli.run(['image', 'inspect', '--format', `{{index .Config.Labels "${SOLVE_LABEL}"}}\t{{index .Config.Labels "${PREFIX_LABEL}"}}`, ...present]);
  return lines
    .split('\n')
    .filter((line, i) => i < present.length || line)
    .slice(0, present.length)
    .map((line, i) => {
      const [solve = '', prefix = ''] = line.split('\t');
      return { reference: present[i], solve, prefix };
    });
}

/** The dangling images `solve` labelled, with its labels (one inspect of those only). */
async function listDangling(cli: { run(args: readonly string[]): Promise<string> }): Promise<ListedDangling[]> {
  const ids = (await cli.run(['images', '-q', '--no-trunc', '--filter', 'dangling=true', '--filter', `label=${SOLVE_LABEL}`])).split('\n').filter(Boolean);
  if (ids.length === 0) return [];
  const lines = await cli.run(['image', 'inspect', '--format', `{{.Id}}\t{{index .Config.Labels "${SOLVE_LABEL}"}}\t{{index .Config.Labels "${PREFIX_LABEL}"}}`, ...ids]);
  return lines
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id = '', solve = '', prefix = ''] = line.split('\t');
      return { id, solve, prefix };
    });
}
