/** Check kind `port-…` (`-p [ip:]host:container`). */
import { msg, type Msg } from '../../core/i18n.js';
import { describeValue } from '../../core/value-text.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, textParam } from './kind.js';
import { plainText } from '../exercise/text-template.js';

/** How a binding must look. */
export interface PortExpectation {
  /** Host port as typed: `'80'`; `''` for the book's `-p 80`, container port 80 on any host port (the engine's pick, `-p 8080:80` or `-P`). */
  hostPort: string;
  /** `'any'` (default): any host address; `'specific'`: a specific address such as `192.168.0.100`. */
  hostIp?: 'any' | 'specific';
  /** Another spelling of this binding a learner may have copied (the blog post's `-p 8080:8080`): named as a near miss. */
  variant?: { hostPort: string; containerPort: string; source: Msg };
}

/** A binding list in a Korean sentence: `0.0.0.0:(random)->80/tcp` → `0.0.0.0:(임의)->80/tcp`. */
function inKorean(text: string): string {
  return describeValue(text)?.ko ?? text;
}

/**
 * `IP:host port`. A binding typed without a host port (`-p 80`) gets the port the engine picked once the
 * container runs (`NetworkSettings.Ports`, `live`): the port a learner opens, as `docker port` shows it.
 * Only a stopped container's has none yet: `(random)`.
 */
function bindingText(hostIp: string, hostPort: string, live: ReadonlyArray<{ hostIp: string; hostPort: string }> = []): string {
  const picked = hostPort ? undefined : (live.find((b) => b.hostPort && (b.hostIp || '0.0.0.0') === (hostIp || '0.0.0.0')) ?? live.find((b) => b.hostPort))?.hostPort;
  return `${hostIp || '0.0.0.0'}:${hostPort || picked || '(random)'}`;
}

/** `-p [ip:]host:container` is configured, and published while the container runs. */
export function portPublished(target: ContainerTarget, containerPort: string, expectation: PortExpectation, options: CheckOptions = {}): ContainerCheck {
  const port = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`;
  const flag = `-p ${expectation.hostIp === 'specific' ? 'IP:' : ''}${expectation.hostPort ? `${expectation.hostPort}:` : ''}${port.replace('/tcp', '')}`;
  const id = options.id ?? `port-${expectation.hostPort || 'random'}-${port.replace('/tcp', '').replace('/', '-')}`;
  const explain = (n: Names) => msg(`${josa(flag, '으로/로')} 호스트 포트에 바인딩해야 합니다: ${target.create(n)}`, `${flag} publishes the port on the host: ${target.create(n)}`);
  return containerCheck({ id, title: msg(`포트 ${flag}`, `port ${flag}`), explain }, target, { ...options, id }, (c, ctx) => {
    const configured = c.portBindings[port] ?? [];
    const expected = `${flag} (${expectation.hostIp === 'specific' ? 'IP' : '0.0.0.0'}:${expectation.hostPort || '(any)'}->${port})`;
    const actualText = Object.entries(c.portBindings)
      .flatMap(([p, list]) => list.map((b) => `${bindingText(b.hostIp, b.hostPort, c.ports[p])}->${p}`))
      .join(', ') || '(none)';
    // made when a failure shows it (a target's candidates are each tried against its checks)
    const hint = () => msg(`${josa(flag, '을/를')} 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with ${flag}: ${recreate(c, target, ctx)}`);
    const ok = configured.find((b) => {
      const ipOk = expectation.hostIp === 'specific' ? b.hostIp !== '' && b.hostIp !== '0.0.0.0' && b.hostIp !== '::' : b.hostIp === '' || b.hostIp === '0.0.0.0' || b.hostIp === '::';
      const portOk = expectation.hostPort === '' || b.hostPort === expectation.hostPort;
      return ipOk && portOk;
    });
    if (ok) {
      const where = `${bindingText(ok.hostIp, ok.hostPort, c.ports[port])}->${port}`;
      return pass(msg(`포트가 바인딩되었습니다: ${inKorean(where)}`, `published ${where}`), { expected, actual: actualText });
    }
    const v = expectation.variant;
    const variantPort = v ? (v.containerPort.includes('/') ? v.containerPort : `${v.containerPort}/tcp`) : '';
    if (v && (c.portBindings[variantPort] ?? []).some((b) => b.hostPort === v.hostPort)) {
      const typed = `-p ${v.hostPort}:${v.containerPort.replace('/tcp', '')}`;
      return fail(msg(`${josa(typed, '은/는')} ${v.source.ko}의 포트입니다. 책은 ${josa(flag, '을/를')} 씁니다`, `found ${typed}, ${v.source.en}'s ports; the book uses ${flag}`), { expected, actual: actualText, hint: hint() });
    }
    if (configured.length === 0 && c.publishAllPorts) {
      // -P publishes every port the image exposes, each on a host port the engine picks.
      const published = (c.ports[port] ?? [])[0];
      const exposed = published !== undefined || c.exposedPorts.includes(port);
      if (exposed && expectation.hostPort === '' && expectation.hostIp !== 'specific') {
        const where = published ? `${bindingText(published.hostIp, published.hostPort)}->${port}` : `(random)->${port}`;
        return pass(msg(`-P로 이미지가 노출한 포트를 모두 바인딩했습니다: ${inKorean(where)}`, `published by -P (every port the image exposes): ${where}`), { expected, actual: `-P: ${where}` });
      }
      return fail(
        exposed
          ? msg(`-P는 포트를 임의의 호스트 포트에 바인딩합니다. 책은 ${josa(flag, '을/를')} 씁니다`, `-P publishes on host ports the engine picks; the book uses ${flag}`)
          : msg(`-P는 이미지가 노출한 포트만 바인딩하는데 ${josa(port, '은/는')} 노출되지 않았습니다`, `-P publishes only the ports the image exposes, and ${port} is not one of them`),
        { expected, actual: '-P', hint: hint() },
      );
    }
    if (configured.length === 0) {
      const other = Object.keys(c.portBindings);
      return fail(
        other.length
          ? msg(`컨테이너 포트 ${josa(port, '이/가')} 바인딩되지 않았습니다 (다른 포트: ${inKorean(actualText)})`, `container port ${port} is not published (found ${actualText})`)
          : msg(`포트를 하나도 바인딩하지 않았습니다: -p가 없습니다`, `no port is published (no -p)`),
        { expected, actual: actualText, hint: hint() },
      );
    }
    const b = configured[0];
    if (expectation.hostIp !== 'specific' && b.hostIp && b.hostIp !== '0.0.0.0' && b.hostPort === expectation.hostPort) {
      return fail(msg(`${b.hostIp}에만 바인딩되어 다른 주소로는 접속할 수 없습니다`, `published only on ${b.hostIp}, not on every address`), { expected, actual: actualText, hint: hint() });
    }
    if (expectation.hostIp === 'specific' && (!b.hostIp || b.hostIp === '0.0.0.0')) {
      return fail(msg(`특정 호스트 IP에 바인딩해야 합니다 (-p IP:${expectation.hostPort}:${port.replace('/tcp', '')})`, `bind it to a specific host address (-p IP:${expectation.hostPort}:${port.replace('/tcp', '')})`), { expected, actual: actualText, hint: hint() });
    }
    return fail(msg(`다른 호스트 포트에 바인딩되었습니다: ${inKorean(actualText)}`, `published on another host port: ${actualText}`), { expected, actual: actualText, hint: hint() });
  });
}

export const portPublishedKind = defineKind({
  name: 'port-published',
  code: 'DG110',
  target: 'container',
  docs: msg('-p [IP:]호스트:컨테이너 포트 바인딩', 'a port published with -p [ip:]host:container'),
  params: (z) => z.object({ containerPort: z.string().min(1).describe('80 or 80/tcp'), hostPort: z.string().describe("as typed; '' for -p 80 (any host port)"), hostIp: z.enum(['any', 'specific']).optional(), variant: z.object({ hostPort: z.string(), containerPort: z.string(), source: textParam(z, 'where this other spelling comes from') }).strict().optional() }).strict(),
  build: ({ target, params, options }) => portPublished(target!, params.containerPort, { hostPort: params.hostPort, ...(params.hostIp ? { hostIp: params.hostIp } : {}), ...(params.variant ? { variant: { ...params.variant, source: plainText(params.variant.source) } } : {}) }, options),
});
