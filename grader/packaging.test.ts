/**
 * The grader's own Dockerfile. No registry is reachable where dockgrade is developed, so the image
 * (FROM node:20) cannot be built in CI here; this lints what can be checked without building: the
 * stages, that the build copies every source folder the TypeScript build compiles, that the runtime
 * stage has what the package ships, the entry point, a non-root user, and no network use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

/** Dockerfile instructions, comments dropped and `\` continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** Instructions grouped by stage (from each FROM to the next). */
function stages(list: Instruction[]): Instruction[][] {
  const out: Instruction[][] = [];
  for (const i of list) {
    if (i.op === 'FROM') out.push([]);
    out.at(-1)?.push(i);
  }
  return out;
}

describe('the Dockerfile', () => {
  const list = instructions(read('Dockerfile'));
  const all = stages(list);
  const [build, , runtime] = all;
  const args = Object.fromEntries(list.filter((i) => i.op === 'ARG').map((i) => i.args.split('=') as [string, string]));

  it('is multi-stage: build with node 20, the docker CLI, a runtime stage', () => {
    expect(all).toHaveLength(3);
    expect(args.NODE_IMAGE).toMatch(/^node:20(-|$)/);
    expect(build[0].args).toBe('${NODE_IMAGE} AS build');
    expect(all[1][0].args).toBe('${DOCKER_CLI_IMAGE} AS docker-cli');
    expect(runtime[0].args).toBe('${NODE_IMAGE}');
  });

  it('builds with a clean install, compiles, and keeps only runtime dependencies', () => {
    const runs = build.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs[0]).toMatch(/^npm ci\b/);
    expect(runs[1]).toMatch(/npm run build/);
    expect(runs[1]).toMatch(/npm prune --omit=dev/);
  });

  it('copies every folder the TypeScript build compiles, and every COPY source exists', () => {
    const include: string[] = JSON.parse(read('tsconfig.build.json')).include;
    const copied = build.filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const folder of include) expect(copied).toContain(folder);
    for (const source of copied) expect(existsSync(join(root, source))).toBe(true);
  });

  it('ships what the npm package ships (dist, templates, schemas) into the runtime stage', () => {
    const files: string[] = JSON.parse(read('package.json')).files;
    const assemble = build.filter((i) => i.op === 'RUN').map((i) => i.args).join(' ');
    for (const entry of files) expect(assemble).toContain(entry);
    expect(runtime.some((i) => i.op === 'COPY' && i.args === '--from=build /app /app')).toBe(true);
    expect(runtime.some((i) => i.op === 'COPY' && i.args.startsWith('--from=docker-cli ') && i.args.endsWith('/usr/local/bin/docker'))).toBe(true);
  });

  it('runs node dist/grader/cli/launch.cjs (the package bin) as a non-root user', () => {
    const entry = runtime.find((i) => i.op === 'ENTRYPOINT')!;
    const argv = JSON.parse(entry.args) as string[];
    expect(argv[0]).toBe('node');
    expect(argv[1]).toBe(`/app/${JSON.parse(read('package.json')).bin.dockgrade}`);
    expect(argv[1]).toMatch(/dist\/grader\/cli\/launch\.cjs$/);
    expect(JSON.parse(runtime.find((i) => i.op === 'CMD')!.args)).toEqual(['check']);
    expect(runtime.find((i) => i.op === 'USER')?.args).toBe('node');
  });

  it('never reaches the network beyond npm ci (no pulls, no downloads)', () => {
    const runs = list.filter((i) => i.op === 'RUN').map((i) => i.args).join('\n');
    expect(runs).not.toMatch(/\b(curl|wget|docker pull|apt-get|git clone)\b/);
    expect(list.some((i) => i.op === 'ADD')).toBe(false);
  });

  it('leaves host build output and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});
