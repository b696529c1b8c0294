/**
 * Interim: the learner's names in an exercise file's steps, until grader/docker/prefix-rewriter.ts (one
 * rewriter for every object kind, issue 20) lands; same signature, so the switch is one import. It knows
 * what the built-in exercises' steps use: `--name`, `--link`, the container a verb acts on, and image tags
 * a step creates with `docker tag` (`ubuntu:16.04` → `ubuntu:alice-16.04`, as names.ts' anotherTag).
 */
import type { DockerStep } from '../types.js';
import { prefixed } from '../names.js';

/** Verbs whose positionals (after options) are all container names. */
const ON_CONTAINERS = new Set(['start', 'stop', 'restart', 'rm', 'kill', 'pause', 'unpause', 'attach', 'logs', 'port', 'inspect', 'rename', 'wait']);
/** Options of those verbs that take a value. */
const VERB_VALUE = new Set(['-t', '--time', '-s', '--signal', '--tail', '--format']);
const LEADING_BOOLEAN = /^-[dit]+$/;
const TAKES_VALUE = new Set(['-e', '--env', '--name', '--link', '-p', '--publish', '-v', '--volume', '--net', '--network', '-h', '-w', '-u', '--entrypoint', '--volumes-from', '--label', '-l', '-m', '--memory']);

/** `steps` with every object they create or name under `prefix`; `unnamed` names a run the book leaves unnamed. */
export function prefixSteps(steps: readonly DockerStep[], prefix: string, options: { unnamed?: string } = {}): DockerStep[] {
  if (!prefix) return steps.map((s) => [...s]);
  const p = (name: string) => prefixed(prefix, name);
  const tags = new Map<string, string>();
  return steps.map((step) => {
    const [verb, ...args] = step;
    if (verb === 'tag' && args.length === 2) {
      const [from, to] = args;
      const at = to.lastIndexOf(':');
      const [repository, tag] = at > to.lastIndexOf('/') ? [to.slice(0, at), to.slice(at + 1)] : [to, 'latest'];
      tags.set(to, `${repository}:${p(tag)}`);
      return [verb, tags.get(from) ?? from, tags.get(to)!];
    }
    if (verb === 'run' || verb === 'create') {
      const out: string[] = [verb];
      let i = 0;
      let named = false;
      for (; i < args.length && args[i].startsWith('-'); i++) {
        const flag = args[i];
        out.push(flag);
        if (!TAKES_VALUE.has(flag)) continue;
        const value = args[++i];
        if (flag === '--name') {
          named = true;
          out.push(p(value));
        } else if (flag === '--link') {
          const colon = value.indexOf(':');
          out.push(colon < 0 ? p(value) : `${p(value.slice(0, colon))}${value.slice(colon)}`);
        } else out.push(value);
      }
      const [image, ...command] = args.slice(i);
      if (image !== undefined) out.push(tags.get(image) ?? image, ...command);
      if (!named && options.unnamed) {
        let at = 1;
        while (at < out.length && LEADING_BOOLEAN.test(out[at])) at++;
        out.splice(at, 0, '--name', p(options.unnamed));
      }
      return out;
    }
    if (verb === 'exec') {
      const out: string[] = [verb];
      let i = 0;
      for (; i < args.length && args[i].startsWith('-'); i++) {
        out.push(args[i]);
        if (args[i] === '-e' || args[i] === '-u' || args[i] === '-w') out.push(args[++i]);
      }
      return i < args.length ? [...out, p(args[i]), ...args.slice(i + 1)] : out;
    }
    if (ON_CONTAINERS.has(verb)) {
      const out: string[] = [verb];
      for (let i = 0; i < args.length; i++) {
        if (args[i].startsWith('-')) {
          out.push(args[i]);
          if (VERB_VALUE.has(args[i])) out.push(args[++i]);
        } else out.push(p(args[i]));
      }
      return out;
    }
    return [...step];
  });
}
