/**
 * The check vocabulary: small builders that exercises declare their checks with. Each builder owns its
 * messages (Korean and English), its expected/actual evidence and the hint with the fixing command.
 */
import { msg, type Msg } from '../core/i18n.js';
import type { Container, Snapshot } from '../model/snapshot-schema.js';
import { isSecretName, MASK, maskEnvValues } from '../core/secrets.js';
import { closest } from './names.js';
import type { CheckContext, ContainerCheck, ContainerTarget, Names, Outcome, Resolved, StateCheck } from './types.js';

/** Env var names whose values are never printed (defined with the other secret rules in grader/core/secrets.ts). */
export { SECRET_NAME } from '../core/secrets.js';

const pass = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'pass', message, ...evidence });
const fail = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'fail', message, ...evidence });

/** `ubuntu` → `ubuntu:latest`, `docker.io/library/ubuntu:14.04` → `ubuntu:14.04`. */
export function normalizeReference(reference: string): string {
  let ref = reference.trim().replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '').replace(/^index\.docker\.io\/library\//, '');
  if (ref.includes('@')) return ref;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash + 1).includes(':')) ref = `${ref}:latest`;
  return ref;
}

/** Repository part of a reference: `ubuntu:14.04` → `ubuntu`. */
export function repositoryOf(reference: string): string {
  const ref = normalizeReference(reference);
  const at = ref.lastIndexOf(':');
  return at > ref.lastIndexOf('/') ? ref.slice(0, at) : ref;
}

/** The image in the snapshot carrying `reference`, if any. */
export function findImage(snapshot: Snapshot, reference: string) {
  const wanted = normalizeReference(reference);
  return snapshot.images.find((image) => image.tags.some((tag) => normalizeReference(tag) === wanted));
}

/** Whether the container was made from `reference` (by name, or by id when run from an image id). */
export function usesImage(container: Container, snapshot: Snapshot, reference: string): boolean {
  if (normalizeReference(container.image) === normalizeReference(reference)) return true;
  const image = findImage(snapshot, reference);
  return Boolean(image && (container.image === image.id || container.image === image.id.replace(/^sha256:/, '').slice(0, container.image.length)) && container.image.length >= 12);
}

/** A container target by the name the book gives. */
export function named(name: string, options: { aliases?: string[]; create: (n: Names) => string; describe?: Msg }): ContainerTarget {
  return {
    name,
    aliases: options.aliases,
    describe: options.describe ?? msg(`컨테이너 ${name}`, `container ${name}`),
    create: options.create,
  };
}

/** A target for exercises where the book names no container: the best container `match` admits. */
export function matching(match: (c: Container) => boolean, options: { describe: Msg; create: (n: Names) => string }): ContainerTarget {
  return { match, describe: options.describe, create: options.create };
}

export interface CheckOptions {
  /** Overrides the builder's default check id. */
  id?: string;
  /** Default 1. */
  points?: number;
  /** A check that must pass first (else this one is skipped). */
  requires?: string | readonly string[];
}

function containerCheck(
  defaults: { id: string; title: Msg; explain?: (names: Names) => Msg },
  target: ContainerTarget,
  options: CheckOptions,
  test: (c: Container, ctx: CheckContext, resolved: Resolved) => Outcome,
): ContainerCheck {
  return { kind: 'container', id: options.id ?? defaults.id, title: defaults.title, points: options.points ?? 1, requires: options.requires, explain: defaults.explain, target, test };
}

/** The target as a learner reads it: its prefixed name, or its description when the book names none (for explanations). */
export function whom(target: ContainerTarget, n: Names): Msg {
  return target.name ? msg(n.name(target.name), n.name(target.name)) : target.describe;
}

/** The container exists under the book's name (a near-miss name is found and named, but fails). */
export function exists(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const wanted = target.name ?? '';
  const explain = (n: Names) =>
    msg(`컨테이너 이름이 정확히 ${n.name(wanted)}이어야 합니다 (docker ps -a로 확인): ${target.create(n)}`, `a container named exactly ${n.name(wanted)} (see docker ps -a): ${target.create(n)}`);
  return containerCheck({ id: 'exists', title: msg(`${target.describe.ko} 존재`, `${target.describe.en} exists`), explain }, target, options, (c, ctx, resolved) => {
    const expected = target.name ? ctx.name(wanted) : target.describe.en;
    if (resolved.how === 'exact' || resolved.how === 'match') return pass(msg(`${c.name} 컨테이너가 있습니다`, `container ${c.name} exists`), { expected, actual: c.name });
    const fix = `docker rename ${c.name} ${expected}`;
    if (resolved.how === 'alias') {
      return fail(msg(`${c.name}이(가) 있습니다. 책의 이름은 ${expected}입니다`, `found ${c.name}, but the book names it ${expected}`), {
        expected,
        actual: c.name,
        hint: msg(`이름을 바꾸세요: ${fix}`, `rename it: ${fix}`),
      });
    }
    return fail(msg(`${expected} 컨테이너가 없습니다. ${c.name}을(를) 말한 건가요?`, `no container ${expected}; did you mean ${c.name}?`), {
      expected,
      actual: resolved.suggestions.join(', '),
      hint: msg(`이름을 바꾸세요: ${fix}`, `rename it: ${fix}`),
    });
  });
}

/** The container runs the given image reference. */
export function image(target: ContainerTarget, reference: string, options: CheckOptions = {}): ContainerCheck {
  const wanted = normalizeReference(reference);
  const explain = (n: Names) => msg(`${reference} 이미지로 만들어야 합니다 (${whom(target, n).ko}): ${target.create(n)}`, `${whom(target, n).en} is made from ${reference}: ${target.create(n)}`);
  return containerCheck({ id: 'image', title: msg(`이미지 ${reference}`, `image ${reference}`), explain }, target, options, (c, ctx) => {
    if (usesImage(c, ctx.snapshot, reference)) return pass(msg(`이미지 ${reference}로 만들었습니다`, `made from ${reference}`), { expected: reference, actual: c.image });
    const sameRepo = repositoryOf(c.image) === repositoryOf(wanted);
    // `mysql` typed without a tag means `mysql:latest`: say so, it is the usual slip.
    const found = normalizeReference(c.image) !== c.image && !c.image.includes('@') ? `${c.image} (= ${normalizeReference(c.image)})` : c.image;
    return fail(
      sameRepo
        ? msg(`태그가 다릅니다: ${found} ≠ ${reference}`, `wrong tag: ${found} is not ${reference}`)
        : msg(`다른 이미지입니다: ${found} (필요: ${reference})`, `expected image ${reference}, found ${found}`),
      {
        expected: reference,
        actual: c.image,
        hint: msg(`${reference} 이미지로 다시 만드세요: ${target.create(ctx)}`, `recreate it from ${reference}: ${target.create(ctx)}`),
      },
    );
  });
}

/** `-t`: a pseudo-TTY is allocated. */
export function tty(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-t로 TTY를 할당해야 셸을 쓸 수 있습니다: ${target.create(n)}`, `-t allocates the TTY a shell needs: ${target.create(n)}`);
  return containerCheck({ id: 'tty', title: msg('-t (TTY 할당)', '-t (a TTY)'), explain }, target, options, (c, ctx) =>
    c.tty
      ? pass(msg('TTY가 할당되어 있습니다 (-t)', 'a TTY is allocated (-t)'), { expected: 'Tty=true', actual: 'Tty=true' })
      : fail(msg('-t 옵션 없이 만들어져 셸을 쓸 수 없습니다', 'made without -t: there is no TTY for the shell'), {
          expected: 'Tty=true',
          actual: 'Tty=false',
          hint: msg(`-i -t를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with -i -t: ${target.create(ctx)}`),
        }),
  );
}

/** `-i`: stdin is kept open. */
export function interactive(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-i로 표준 입력을 열어 두어야 합니다: ${target.create(n)}`, `-i keeps stdin open: ${target.create(n)}`);
  return containerCheck({ id: 'stdin', title: msg('-i (표준 입력 유지)', '-i (stdin open)'), explain }, target, options, (c, ctx) =>
    c.openStdin
      ? pass(msg('표준 입력이 열려 있습니다 (-i)', 'stdin is kept open (-i)'), { expected: 'OpenStdin=true', actual: 'OpenStdin=true' })
      : fail(msg('-i 옵션 없이 만들어졌습니다', 'made without -i: stdin is closed'), {
          expected: 'OpenStdin=true',
          actual: 'OpenStdin=false',
          hint: msg(`-i -t를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with -i -t: ${target.create(ctx)}`),
        }),
  );
}

/** `-d`: started detached (no attached stdout). */
export function detached(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-d로 백그라운드에서 실행해야 합니다: ${target.create(n)}`, `-d runs it in the background: ${target.create(n)}`);
  return containerCheck({ id: 'detached', title: msg('-d (백그라운드 실행)', '-d (detached)'), explain }, target, options, (c, ctx) =>
    !c.attachStdout && !c.attachStdin
      ? pass(msg('-d로 백그라운드에서 실행했습니다', 'started detached (-d)'), { expected: 'AttachStdout=false', actual: 'AttachStdout=false' })
      : fail(msg('-d 없이 포그라운드로 실행했습니다', 'started in the foreground, without -d'), {
          expected: 'AttachStdout=false',
          actual: `AttachStdout=${c.attachStdout}`,
          hint: msg(`-d를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with -d: ${target.create(ctx)}`),
        }),
  );
}

function stateText(c: Container): string {
  if (c.state.status === 'exited') return `exited (${c.state.exitCode})`;
  return c.state.status;
}

/** The container is running; explains created / exited (with log tail) / paused. */
export function running(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(
      `계속 실행 중이어야 합니다 (${whom(target, n).ko}). exit로 나오면 멈추니 Ctrl+P, Q로 빠져나오세요 (멈췄다면 docker start)`,
      `${whom(target, n).en} is still running: leave it with Ctrl+P, Q, since exit stops it (docker start brings it back)`,
    );
  return containerCheck({ id: 'running', title: msg('실행 중', 'running'), explain }, target, options, (c) => {
    const actual = stateText(c);
    if (c.state.running && !c.state.paused) return pass(msg(`${c.name}이(가) 실행 중입니다`, `${c.name} is running`), { expected: 'running', actual });
    if (c.state.paused) return fail(msg(`${c.name}이(가) 일시정지 상태입니다`, `${c.name} is paused`), { expected: 'running', actual, hint: msg(`docker unpause ${c.name}`, `docker unpause ${c.name}`) });
    const why = startError(c);
    if (c.state.status === 'created') {
      return fail(msg(`${c.name}은(는) 만들어졌지만 시작한 적이 없습니다${why.ko}`, `${c.name} was created but never started${why.en}`), {
        expected: 'running',
        actual,
        hint: createdHint(c),
      });
    }
    if (why.en) return fail(msg(`${c.name}이(가) 멈춰 있습니다: ${actual}${why.ko}`, `${c.name} is not running: ${actual}${why.en}`), { expected: 'running', actual, hint: createdHint(c) });
    const log = c.logTail?.length ? `\n${maskEnvValues(c.logTail.join('\n'), c.env)}` : '';
    return fail(msg(`${c.name}이(가) 멈춰 있습니다: ${actual}${log}`, `${c.name} is not running: ${actual}${log}`), {
      expected: 'running',
      actual,
      hint: msg(
        `다시 시작하세요: docker start ${c.name} (exit로 나오면 멈춥니다; Ctrl+P, Q로 나오세요)`,
        `start it again: docker start ${c.name} (exit stops it; leave with Ctrl+P, Q)`,
      ),
    });
  });
}

/** Addresses the container's `-p IP:…` bindings ask for, other than every address. */
function specificHostIps(c: Container): string[] {
  const ips = Object.values(c.portBindings).flatMap((list) => list.map((b) => b.hostIp));
  return [...new Set(ips.filter((ip) => ip && ip !== '0.0.0.0' && ip !== '::'))];
}

/** Why the engine refused the last start, as the engine said it (`State.Error`), in one line. */
function startError(c: Container): Msg {
  const error = maskEnvValues(c.state.error.trim().split('\n')[0] ?? '', c.env);
  if (!error) return msg('', '');
  const link = /Cannot link to a non running container: \/?([^ ]+) AS/.exec(error);
  if (link) {
    return msg(
      ` (도커가 시작을 거부했습니다: ${error}. --link 대상 ${link[1]}이(가) 먼저 실행 중이어야 합니다)`,
      ` (the engine refused to start it: ${error}; its --link target ${link[1]} must be running first)`,
    );
  }
  return msg(` (도커가 시작을 거부했습니다: ${error})`, ` (the engine refused to start it: ${error})`);
}

/** The command that starts a container that is not running, with what must be right first. */
function createdHint(c: Container): Msg {
  const link = /Cannot link to a non running container: \/?([^ ]+) AS/.exec(c.state.error);
  if (link) return msg(`링크 대상을 먼저 시작하세요: docker start ${link[1]} && docker start ${c.name}`, `start the link target first: docker start ${link[1]} && docker start ${c.name}`);
  const ips = specificHostIps(c);
  if (ips.length && /assign requested address|bind/i.test(c.state.error || 'bind')) {
    return msg(
      `시작하세요: docker start ${c.name}. 'cannot assign requested address'가 나오면 ${ips.join(', ')}은(는) 이 호스트의 주소가 아닙니다: 호스트에 있는 주소(ip addr로 확인, 예: 127.0.0.1)로 다시 만드세요`,
      `start it: docker start ${c.name}. If docker says 'cannot assign requested address', ${ips.join(', ')} is not an address of this host: recreate it with one the host has (see ip addr; 127.0.0.1 always exists)`,
    );
  }
  return msg(`시작하세요: docker start ${c.name}`, `start it: docker start ${c.name}`);
}

/** The container was started at least once (`docker start` after `docker create`). */
export function started(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(
      `docker create로 만든 컨테이너는 한 번은 시작해야 합니다: docker start ${target.name ? n.name(target.name) : '<이름>'}`,
      `a container made with docker create must be started once: docker start ${target.name ? n.name(target.name) : '<name>'}`,
    );
  return containerCheck({ id: 'started', title: msg('시작됨', 'started'), explain }, target, options, (c) =>
    c.state.status !== 'created'
      ? pass(msg(`${c.name}을(를) 시작했습니다`, `${c.name} was started`), { expected: 'started', actual: stateText(c) })
      : fail(msg(`${c.name}은(는) 만들어졌지만 시작한 적이 없습니다`, `${c.name} was created but never started`), {
          expected: 'started',
          actual: 'created',
          hint: msg(`docker start ${c.name} 후 docker attach ${c.name}`, `docker start ${c.name}, then docker attach ${c.name}`),
        }),
  );
}

/** Whether a value is shown, or masked because its name looks secret. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return '(unset)';
  return isSecretName(name) ? MASK : value;
}

/** `-e NAME=value` is set on the container; `nearMisses` explain known other values (never for secrets). */
export function env(target: ContainerTarget, name: string, value: string, options: CheckOptions & { nearMisses?: Record<string, Msg> } = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-e ${name}=${value}로 환경 변수를 설정해야 합니다: ${target.create(n)}`, `-e ${name}=${value} sets the variable: ${target.create(n)}`);
  return containerCheck({ id: `env-${name}`, title: msg(`환경 변수 ${name}`, `env ${name}`), explain }, target, options, (c, ctx) => {
    const actual = c.env[name];
    const expected = `${name}=${shown(name, value)}`;
    const fix = msg(`-e ${name}=${value}를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with -e ${name}=${value}: ${target.create(ctx)}`);
    if (actual === value) return pass(msg(`${name}이(가) 맞게 설정되었습니다`, `${name} is set as asked`), { expected, actual: expected });
    if (actual === undefined) {
      const near = closest(name, Object.keys(c.env), 1);
      const typo = near.length ? msg(` (${near[0]}은(는) 있습니다)`, ` (${near[0]} is set)`) : msg('', '');
      return fail(msg(`${name}이(가) 설정되지 않았습니다${typo.ko}`, `${name} is not set${typo.en}`), { expected, actual: '(unset)', hint: fix });
    }
    if (isSecretName(name)) {
      return fail(msg(`${name}은(는) 설정되었지만 과제가 요구하는 값과 다릅니다`, `${name} is set but differs from what the exercise asks`), { expected, actual: `${name}=(hidden)`, hint: fix });
    }
    const note = options.nearMisses?.[actual];
    return fail(msg(`${name} 값이 다릅니다: ${actual} (필요: ${value})${note ? `. ${note.ko}` : ''}`, `${name} is ${actual}, expected ${value}${note ? `. ${note.en}` : ''}`), { expected, actual: `${name}=${actual}`, hint: fix });
  });
}

/** How a binding must look. */
export interface PortExpectation {
  /** Host port as typed: `'80'`; `''` for `-p 80` (the engine picks one). */
  hostPort: string;
  /** `'any'` (default): any host address; `'specific'`: a specific address such as `192.168.0.100`. */
  hostIp?: 'any' | 'specific';
  /** Another spelling of this binding a learner may have copied (the seed post's `-p 8080:8080`): named as a near miss. */
  variant?: { hostPort: string; containerPort: string; source: Msg };
}

function bindingText(hostIp: string, hostPort: string): string {
  return `${hostIp || '0.0.0.0'}:${hostPort || '(random)'}`;
}

/** `-p [ip:]host:container` is configured, and published while the container runs. */
export function portPublished(target: ContainerTarget, containerPort: string, expectation: PortExpectation, options: CheckOptions = {}): ContainerCheck {
  const port = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`;
  const flag = `-p ${expectation.hostIp === 'specific' ? 'IP:' : ''}${expectation.hostPort ? `${expectation.hostPort}:` : ''}${port.replace('/tcp', '')}`;
  const id = options.id ?? `port-${expectation.hostPort || 'random'}-${port.replace('/tcp', '').replace('/', '-')}`;
  const explain = (n: Names) => msg(`${flag}로 호스트 포트에 연결해야 합니다: ${target.create(n)}`, `${flag} publishes the port on the host: ${target.create(n)}`);
  return containerCheck({ id, title: msg(`포트 ${flag}`, `port ${flag}`), explain }, target, { ...options, id }, (c, ctx) => {
    const configured = c.portBindings[port] ?? [];
    const expected = `${flag} (${expectation.hostIp === 'specific' ? 'IP' : '0.0.0.0'}:${expectation.hostPort || '(random)'}->${port})`;
    const actualText = Object.entries(c.portBindings)
      .flatMap(([p, list]) => list.map((b) => `${bindingText(b.hostIp, b.hostPort)}->${p}`))
      .join(', ') || '(none)';
    const hint = msg(`${flag}를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with ${flag}: ${target.create(ctx)}`);
    const ok = configured.find((b) => {
      const ipOk = expectation.hostIp === 'specific' ? b.hostIp !== '' && b.hostIp !== '0.0.0.0' && b.hostIp !== '::' : b.hostIp === '' || b.hostIp === '0.0.0.0' || b.hostIp === '::';
      const portOk = expectation.hostPort === '' ? b.hostPort === '' || b.hostPort === '0' : b.hostPort === expectation.hostPort;
      return ipOk && portOk;
    });
    if (ok) return pass(msg(`포트가 연결되었습니다: ${bindingText(ok.hostIp, ok.hostPort)}->${port}`, `published ${bindingText(ok.hostIp, ok.hostPort)}->${port}`), { expected, actual: actualText });
    const v = expectation.variant;
    const variantPort = v ? (v.containerPort.includes('/') ? v.containerPort : `${v.containerPort}/tcp`) : '';
    if (v && (c.portBindings[variantPort] ?? []).some((b) => b.hostPort === v.hostPort)) {
      const typed = `-p ${v.hostPort}:${v.containerPort.replace('/tcp', '')}`;
      return fail(msg(`${typed}는 ${v.source.ko}의 포트입니다. 책은 ${flag}를 씁니다`, `found ${typed}, ${v.source.en}'s ports; the book uses ${flag}`), { expected, actual: actualText, hint });
    }
    if (configured.length === 0) {
      const other = Object.keys(c.portBindings);
      return fail(
        other.length
          ? msg(`컨테이너 포트 ${port}가 연결되지 않았습니다 (다른 포트: ${actualText})`, `container port ${port} is not published (found ${actualText})`)
          : msg(`포트를 하나도 연결하지 않았습니다 (-p 없음)`, `no port is published (no -p)`),
        { expected, actual: actualText, hint },
      );
    }
    const b = configured[0];
    if (expectation.hostIp !== 'specific' && b.hostIp && b.hostIp !== '0.0.0.0' && b.hostPort === expectation.hostPort) {
      return fail(msg(`${b.hostIp}에만 연결되어 다른 주소로는 접속할 수 없습니다`, `published only on ${b.hostIp}, not on every address`), { expected, actual: actualText, hint });
    }
    if (expectation.hostIp === 'specific' && (!b.hostIp || b.hostIp === '0.0.0.0')) {
      return fail(msg(`특정 호스트 IP에 연결해야 합니다 (-p IP:${expectation.hostPort}:${port.replace('/tcp', '')})`, `bind it to a specific host address (-p IP:${expectation.hostPort}:${port.replace('/tcp', '')})`), { expected, actual: actualText, hint });
    }
    return fail(msg(`다른 호스트 포트에 연결되었습니다: ${actualText}`, `published on another host port: ${actualText}`), { expected, actual: actualText, hint });
  });
}

/** `--link target:alias`. Links are stored as `/target:/self/alias`. */
export function link(target: ContainerTarget, linkTarget: string, alias: string, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(`--link ${n.name(linkTarget)}:${alias}로 ${n.name(linkTarget)}을(를) ${alias}라는 이름으로 연결해야 합니다: ${target.create(n)}`, `--link ${n.name(linkTarget)}:${alias} reaches ${n.name(linkTarget)} under the name ${alias}: ${target.create(n)}`);
  return containerCheck({ id: 'link', title: msg(`--link ${linkTarget}:${alias}`, `--link ${linkTarget}:${alias}`), explain }, target, options, (c, ctx) => {
    const wantedTarget = ctx.name(linkTarget);
    const parsed = c.links.map((l) => {
      const [from, to] = l.split(':');
      return { target: (from ?? '').replace(/^\//, ''), alias: (to ?? '').split('/').pop() ?? '' };
    });
    const expected = `--link ${wantedTarget}:${alias}`;
    const actual = parsed.map((l) => `--link ${l.target}:${l.alias}`).join(' ') || '(none)';
    const hint = msg(`--link ${wantedTarget}:${alias}를 붙여 다시 만드세요: ${target.create(ctx)}`, `recreate it with --link ${wantedTarget}:${alias}: ${target.create(ctx)}`);
    if (parsed.some((l) => l.target === wantedTarget && l.alias === alias)) return pass(msg(`${wantedTarget}에 ${alias}(으)로 연결되었습니다`, `linked to ${wantedTarget} as ${alias}`), { expected, actual });
    const sameTarget = parsed.find((l) => l.target === wantedTarget);
    if (sameTarget) {
      return fail(msg(`${wantedTarget}에 연결했지만 별명이 ${sameTarget.alias}입니다 (필요: ${alias})`, `linked to ${wantedTarget} under alias ${sameTarget.alias}, not ${alias}`), { expected, actual, hint });
    }
    return fail(msg(`${wantedTarget}에 대한 --link가 없습니다`, `no --link to ${wantedTarget}`), { expected, actual, hint });
  });
}

/** An image tag is present (`docker pull`). */
export function imagePresent(reference: string, options: CheckOptions = {}): StateCheck {
  return {
    kind: 'state',
    id: options.id ?? 'image-present',
    title: msg(`이미지 ${reference} 존재`, `image ${reference} present`),
    points: options.points ?? 1,
    requires: options.requires,
    explain: () => msg(`${reference} 이미지가 있어야 합니다 (docker images로 확인): docker pull ${reference}`, `the image ${reference} is present (see docker images): docker pull ${reference}`),
    run(ctx) {
      if (findImage(ctx.snapshot, reference)) return pass(msg(`${reference} 이미지가 있습니다`, `image ${reference} is present`), { expected: reference, actual: reference });
      const repo = repositoryOf(reference);
      const sameRepo = ctx.snapshot.images.flatMap((i) => i.tags).filter((tag) => repositoryOf(tag) === repo);
      return fail(
        sameRepo.length
          ? msg(`${reference}이(가) 없습니다 (${sameRepo.join(', ')}은(는) 있습니다)`, `no image ${reference} (found ${sameRepo.join(', ')})`)
          : msg(`${reference} 이미지가 없습니다`, `no image ${reference}`),
        { expected: reference, actual: sameRepo.join(', ') || '(none)', hint: msg(`내려받으세요: docker pull ${reference}`, `pull it: docker pull ${reference}`) },
      );
    },
  };
}

/** A container no longer exists (`docker rm`); `aliases` are other names it may carry (the seed post's `kmsCentos`). */
export function containerAbsent(name: string, options: CheckOptions & { aliases?: string[] } = {}): StateCheck {
  return {
    kind: 'state',
    id: options.id ?? 'removed',
    title: msg(`${name} 삭제됨`, `${name} removed`),
    points: options.points ?? 1,
    requires: options.requires,
    explain: (n) => msg(`${n.name(name)} 컨테이너가 없어야 합니다: docker rm ${n.name(name)} (실행 중이면 docker rm -f)`, `no container ${n.name(name)} is left: docker rm ${n.name(name)} (docker rm -f if it runs)`),
    run(ctx) {
      const wanted = ctx.name(name);
      const names = [wanted, ...(options.aliases ?? []).map((a) => ctx.name(a).toLowerCase())];
      const found = ctx.containers.find((c) => c.name === wanted) ?? ctx.containers.find((c) => names.includes(c.name.toLowerCase()));
      if (!found) return pass(msg(`${wanted} 컨테이너가 삭제되었습니다`, `container ${wanted} is gone`), { expected: 'absent', actual: 'absent' });
      const fix = found.state.running ? `docker stop ${found.name} && docker rm ${found.name}` : `docker rm ${found.name}`;
      const alias = found.name !== wanted ? msg(` (책의 ${wanted} 대신 쓴 이름)`, ` (the name used instead of the book's ${wanted})`) : msg('', '');
      return fail(msg(`${found.name} 컨테이너가 아직 있습니다 (${stateText(found)})${alias.ko}`, `container ${found.name} still exists (${stateText(found)})${alias.en}`), {
        expected: 'absent',
        actual: stateText(found),
        hint: msg(`삭제하세요: ${fix}`, `remove it: ${fix}`),
      });
    },
  };
}

/** A user-defined network exists under the book's name (prefixed on a shared host), with a near-miss name named. */
export function networkExists(name: string, options: CheckOptions & { create?: (n: Names) => string } = {}): StateCheck {
  const create = options.create ?? ((n: Names) => `docker network create ${n.name(name)}`);
  return {
    kind: 'state',
    id: options.id ?? `network-${name}`,
    title: msg(`네트워크 ${name}`, `network ${name}`),
    points: options.points ?? 1,
    requires: options.requires,
    explain: (n) => msg(`${n.name(name)} 네트워크가 있어야 합니다 (docker network ls로 확인): ${create(n)}`, `a network named ${n.name(name)} exists (see docker network ls): ${create(n)}`),
    run(ctx) {
      return presence('network', ctx.name(name), ctx.snapshot.networks.map((x) => x.name), create(ctx));
    },
  };
}

/** No stopped (exited, created or dead) container is left (`docker container prune`). Under a prefix only the learner's own count. */
export function noStoppedContainers(options: CheckOptions = {}): StateCheck {
  return {
    kind: 'state',
    id: options.id ?? 'no-stopped',
    title: msg('정지된 컨테이너 없음 (prune)', 'no stopped containers (prune)'),
    points: options.points ?? 1,
    requires: options.requires,
    explain: (n) =>
      n.prefix
        ? msg(`${n.name('')}로 시작하는 정지된 컨테이너가 남지 않아야 합니다: docker rm <이름>… (공유 호스트에서 prune은 남의 것까지 지웁니다)`, `none of your stopped containers (${n.name('')}…) is left: docker rm <name>… (on a shared host prune would remove other people's too)`)
        : msg('정지된 컨테이너가 남지 않아야 합니다: docker container prune', 'no stopped container is left: docker container prune'),
    run(ctx) {
      const stopped = ctx.containers.filter((c) => !c.state.running && ['exited', 'created', 'dead'].includes(c.state.status));
      if (stopped.length === 0) return pass(msg('정지된 컨테이너가 없습니다', 'no stopped container is left'), { expected: '0 stopped', actual: '0 stopped' });
      const shownNames = stopped.slice(0, 5).map((c) => `${c.name} (${stateText(c)})`).join(', ') + (stopped.length > 5 ? ', …' : '');
      // On a shared host (prefix) prune would remove other people's containers: name only the learner's own.
      const fix = ctx.prefix ? `docker rm ${stopped.map((c) => c.name).join(' ')}` : 'docker container prune';
      return fail(msg(`정지된 컨테이너가 ${stopped.length}개 남아 있습니다: ${shownNames}`, `${stopped.length} stopped container(s) left: ${shownNames}`), {
        expected: '0 stopped',
        actual: `${stopped.length} stopped`,
        hint: msg(`정지된 컨테이너를 지우세요: ${fix}`, `remove the stopped containers: ${fix}`),
      });
    },
  };
}

/** A volume exists under the book's name (prefixed on a shared host), with a near-miss name named. */
export function volumeExists(name: string, options: CheckOptions & { create?: (n: Names) => string } = {}): StateCheck {
  const create = options.create ?? ((n: Names) => `docker volume create --name ${n.name(name)}`);
  return {
    kind: 'state',
    id: options.id ?? `volume-${name}`,
    title: msg(`볼륨 ${name}`, `volume ${name}`),
    points: options.points ?? 1,
    requires: options.requires,
    explain: (n) => msg(`${n.name(name)} 볼륨이 있어야 합니다 (docker volume ls로 확인): ${create(n)}`, `a volume named ${n.name(name)} exists (see docker volume ls): ${create(n)}`),
    run(ctx) {
      return presence('volume', ctx.name(name), ctx.snapshot.volumes.map((x) => x.name), create(ctx));
    },
  };
}

/** Whether `wanted` is among `existing` names; a fail names the closest one. */
function presence(kind: 'network' | 'volume', wanted: string, existing: readonly string[], create: string): Outcome {
  const ko = kind === 'network' ? '네트워크' : '볼륨';
  if (existing.includes(wanted)) return pass(msg(`${wanted} ${ko}이(가) 있습니다`, `${kind} ${wanted} exists`), { expected: wanted, actual: wanted });
  const near = closest(wanted, existing, 3);
  return fail(
    near.length ? msg(`${wanted} ${ko}이(가) 없습니다. ${near[0]}을(를) 말한 건가요?`, `no ${kind} ${wanted}; did you mean ${near[0]}?`) : msg(`${wanted} ${ko}이(가) 없습니다`, `no ${kind} ${wanted}`),
    { expected: wanted, actual: near.join(', ') || '(none)', hint: msg(`만드세요: ${create}`, `create it: ${create}`) },
  );
}

/**
 * The link dependency: whenever the dependant runs, its `--link` target runs too. Docker checks this only
 * when the dependant starts ("Cannot link to a non running container"), so a target stopped later breaks
 * the dependant's next start.
 */
export function linkTargetRunning(dependant: ContainerTarget, linkTarget: string, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(
      `${whom(dependant, n).ko}이(가) 실행 중이면 링크 대상 ${n.name(linkTarget)}도 실행 중이어야 합니다: docker start ${n.name(linkTarget)} 후 ${whom(dependant, n).ko} 시작`,
      `whenever ${whom(dependant, n).en} runs, its link target ${n.name(linkTarget)} runs too: docker start ${n.name(linkTarget)} first`,
    );
  return containerCheck({ id: 'target-running', title: msg(`${linkTarget}이(가) 먼저 실행 중`, `${linkTarget} runs while its dependant does`), explain }, dependant, options, (c, ctx) => {
    const wanted = ctx.name(linkTarget);
    const target = ctx.containers.find((x) => x.name === wanted);
    const expected = `${wanted} running whenever ${c.name} is`;
    if (!target) {
      return fail(msg(`링크 대상 ${wanted} 컨테이너가 없습니다`, `the link target ${wanted} does not exist`), { expected, actual: `${wanted}: none`, hint: msg(`먼저 만드세요: docker run -d --name ${wanted} …`, `create it first: docker run -d --name ${wanted} …`) });
    }
    const actual = `${c.name}: ${stateText(c)}, ${wanted}: ${stateText(target)}`;
    if (!c.state.running || target.state.running) {
      return pass(
        c.state.running
          ? msg(`${c.name}과(와) 링크 대상 ${wanted}이(가) 모두 실행 중입니다`, `${c.name} and its link target ${wanted} both run`)
          : msg(`${c.name}이(가) 멈춰 있어 링크 대상이 멈춰 있어도 됩니다`, `${c.name} is stopped, so its link target may be stopped too`),
        { expected, actual },
      );
    }
    return fail(
      msg(
        `${c.name}은(는) 실행 중인데 링크 대상 ${wanted}이(가) 멈춰 있습니다: 다음에 ${c.name}을(를) 시작하면 'Cannot link to a non running container'로 실패합니다`,
        `${c.name} runs but its link target ${wanted} is stopped: the next start of ${c.name} fails with 'Cannot link to a non running container'`,
      ),
      { expected, actual, hint: msg(`링크 대상을 다시 시작하세요: docker start ${wanted}`, `start the link target again: docker start ${wanted}`) },
    );
  });
}
