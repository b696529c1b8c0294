/**
 * `dockgrade doctor`: can this machine do the chapter's exercises? One line per fact, pass / warn / fail
 * with the fix; exit 1 when a line fails (warnings don't). Read-only like `check`; `--deep` also starts
 * labelled throwaway containers (and removes them); `--online` also asks the registry about missing images.
 */
import type { Catalog } from '../pipeline/catalog.js';
import { secondsToMs } from './command-declaration.js';
import type { DoctorArgs } from './commands/doctor-declaration.js';
import { DockerUnavailableError } from '../core/errors.js';
import type { EngineClient } from '../engine/engine-client.js';
import { inertLine, sanitizeTerminal } from '../../reports/terminal-text.js';
import {
  archLine,
  cliLine,
  diskLine,
  doctorExitCode,
  engineDownLine,
  engineLine,
  imageLine,
  portLine,
  requiredHostPorts,
  requiredImages,
  versionLine,
  lineText,
  type DoctorLine,
  type DoctorStatus,
} from '../doctor/doctor-checks.js';
import { inertJsonText } from '../core/inert-json.js';
import { msg, type Lang } from '../core/i18n.js';

/** Images with `ping` and `sleep` for `--deep`, preferred first (the stand-ins are busybox). */
const PROBE_IMAGES = ['busybox:latest', 'ubuntu:14.04', 'centos:7', 'ubuntu:16.04', 'centos:8'];

const SYMBOL: Record<DoctorStatus, string> = { pass: '✔', warn: '!', fail: '✘' };

/** The report in `lang`: one line per check, its fix indented below, then the counts. */
export function renderDoctor(all: readonly DoctorLine[], lang: Lang = 'en'): string {
  const lines = all.map((l) => lineText(l, lang));
  const width = Math.max(...lines.map((l) => l.id.length));
  const fixLabel = lang === 'ko' ? '해결' : 'fix';
  // Messages quote the engine (versions, paths, image and container names, its errors): inert lines.
  const rows = lines.flatMap((l) => [`${SYMBOL[l.status]} ${inertLine(l.id).padEnd(width)}  ${inertLine(l.message)}`, ...(l.fix && l.status !== 'pass' ? [`  ${' '.repeat(width)}  ${fixLabel}: ${inertLine(l.fix)}`] : [])]);
  const count = (s: DoctorStatus) => lines.filter((l) => l.status === s).length;
  rows.push('', lang === 'ko' ? `doctor: 통과 ${count('pass')}, 주의 ${count('warn')}, 실패 ${count('fail')}` : `doctor: ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail`);
  return `${rows.join('\n')}\n`;
}

/** One GitHub workflow command per line that is not a pass (warn: `::warning`, fail: `::error`). */
export async function doctorAnnotations(all: readonly DoctorLine[], lang: Lang = 'en'): Promise<string[]> {
  const { workflowCommand } = await import('../../reports/github-annotations-reporter.js');
  const fixLabel = lang === 'ko' ? '해결' : 'fix';
  return all
    .map((l) => lineText(l, lang))
    .filter((l) => l.status !== 'pass')
    .map((l) => workflowCommand(l.status === 'fail' ? 'error' : 'warning', { title: `dockgrade doctor ${l.id}` }, `${l.message}${l.fix ? `\n${fixLabel}: ${l.fix}` : ''}`));
}

/** Gathers every line (never throws for what it finds; a missing engine is a failed line). */
export async function doctorLines(options: DoctorArgs, catalog: Catalog): Promise<DoctorLine[]> {
  const timeoutMs = secondsToMs(options.timeout, '--timeout');
  const probes = await import('../doctor/doctor-probes.js');
  const images = requiredImages(catalog.exercises);
  const ports = requiredHostPorts(catalog.exercises);
  const lines: DoctorLine[] = [cliLine(await probes.dockerCliVersion())];
  // The pipeline's source stage: the same engine `check` would grade (doctor only asks it, never grades).
  const { openEngine } = await import('../pipeline/source.js');
  let client;
  try {
    client = await openEngine({ host: options.host, timeoutMs });
  } catch (error) {
    if (!(error instanceof DockerUnavailableError)) throw error;
    lines.push(engineDownLine(msg(error.ko?.message ?? error.message, error.message), error.hint ? msg(error.ko?.hint ?? error.hint, error.hint) : undefined));
    return lines;
  }
  lines.push(engineLine(client.location, client.endpoint.source));
  const engine = client;
  try {
    await engineFacts(engine, options, lines, probes, images, ports);
  } catch (error) {
    // An engine that answers a ping and then 404, 500, bad JSON or the wrong shape: one failed line.
    lines.push(engineAnswerLine(error));
  } finally {
    engine.close?.();
  }
  return lines;
}

/** The engine's answer that doctor could not use, as one failed line (its text made inert and short). */
export function engineAnswerLine(error: unknown): DoctorLine {
  const text = sanitizeTerminal(((error as Error)?.message ?? String(error)).split('\n')[0]).slice(0, 300);
  return {
    id: 'engine:answer',
    status: 'fail',
    message: msg(`도커 엔진이 응답했지만 그 응답을 쓸 수 없습니다: ${text}`, `the engine answered but its answer was not usable: ${text}`),
    fix: msg('엔진을 확인하고 (docker info) --host가 도커 엔진을 가리키는지 보세요', 'check the engine (`docker info`) and that --host points at a Docker engine'),
  };
}

/** Everything doctor asks the engine, after the ping; throws on an answer it cannot use. */
async function engineFacts(
  client: EngineClient,
  options: DoctorArgs,
  lines: DoctorLine[],
  probes: typeof import('../doctor/doctor-probes.js'),
  images: ReturnType<typeof requiredImages>,
  ports: ReturnType<typeof requiredHostPorts>,
): Promise<void> {
  const [version, info] = await Promise.all([client.version(), client.info()]);
  lines.push(versionLine(version));
  const arch = archLine(String(version.Arch ?? ''), images.map((i) => i.image));
  if (arch) lines.push(arch);
  const local = client.endpoint.kind === 'unix';
  const root = String(info.DockerRootDir ?? '');
  const disk = local ? probes.freeBytes(root) : { bytes: null, why: msg('도커 엔진이 원격에 있습니다', 'the engine is remote') };
  lines.push(diskLine(root, disk.bytes, disk.why));
  const facts = await probes.imageFacts(client, images.map((i) => i.image));
  for (const { image, exercises } of images) {
    let fact = facts.get(image)!;
    if (!fact.present && options.online) fact = { ...fact, ...(await probes.askRegistry(client, image)) };
    lines.push(imageLine(image, exercises, fact));
  }
  const published = await probes.publishedHostPorts(client);
  for (const { port, exercises } of ports) {
    const publishedBy = published.get(port) ?? [];
    const listen = publishedBy.length ? 'in-use' : local ? await probes.tryListen(port) : 'unchecked';
    lines.push(portLine(port, exercises, { publishedBy, listen }));
  }
  if (options.deep) {
    const { deepChecks, noProbeImageLine, pickProbeImage } = await import('../doctor/deep-checks.js');
    const present = (await client.listImages()).flatMap((i) => i.RepoTags ?? []);
    const image = pickProbeImage(present, PROBE_IMAGES);
    if (!image) {
      lines.push(noProbeImageLine(PROBE_IMAGES));
    } else {
      const { dockerCli } = await import('../docker/docker-cli.js');
      lines.push(...(await deepChecks(dockerCli({ host: options.host }), image)));
    }
  }
}

export async function runDoctor(options: DoctorArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const lines = await doctorLines(options, catalog);
  const code = doctorExitCode(lines);
  const lang = options.lang ?? 'en';
  const json = () => inertJsonText({ kind: 'dockgrade.doctor', ok: code === 0, lang, lines: lines.map((l) => lineText(l, lang)) }, 2);
  out.write(options.format === 'json' ? `${json()}\n` : renderDoctor(lines, lang));
  const env = process.env;
  if (env.GITHUB_ACTIONS === 'true') {
    const annotations = await doctorAnnotations(lines, lang);
    if (annotations.length) (options.format === 'json' ? process.stderr : out).write(`${annotations.join('\n')}\n`);
  }
  return code;
}
