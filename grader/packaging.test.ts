/**
 * The grader's own Dockerfile. No registry is reachable where dockgrade is developed, so the image
 * (FROM node:22) cannot be built in CI here; this lints what can be checked without building: the
 * stages, that the build copies every source folder the TypeScript build compiles, that the runtime
 * stage has what the package ships, the entry point, a non-root user, and no network use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

  it('is multi-stage: build with a supported Node (22, the oldest one not past its end of life), the docker CLI, a runtime stage', () => {
    expect(all).toHaveLength(3);
    expect(args.NODE_IMAGE).toMatch(/^node:22(-|$)/);
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

/** The production packages of package-lock.json (dev-only ones left out) with their `engines.node`. */
function productionEngines(): Array<{ name: string; range: string }> {
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), range: (entry.engines as { node: string }).node }));
}

/** Every Node version from 18.0.0 to 26.40.x, with the patch levels where ranges change. */
function nodeVersions(): string[] {
  const out: string[] = [];
  for (let major = 18; major <= 26; major++) for (let minor = 0; minor <= 40; minor++) for (const patch of [0, 1, 99]) out.push(`${major}.${minor}.${patch}`);
  return out;
}

describe('package.json', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; files: string[]; license: string; dependencies: Record<string, string> };

  it('states the real Node floor: engines admits no version a production dependency refuses', () => {
    // npm's semver (hoisted for jest, no types here): satisfies() is all this needs
    const semver = createRequire(join(root, 'package.json'))('semver') as { satisfies(v: string, r: string): boolean; Range: new (r: string) => { test(v: string): boolean } };
    const ours = new semver.Range(pkg.engines.node);
    const theirs = [...new Map(productionEngines().map((d) => [d.range, d])).values()].map((d) => ({ ...d, parsed: new semver.Range(d.range) }));
    const refused: string[] = [];
    for (const version of nodeVersions().filter((v) => ours.test(v))) {
      for (const dep of theirs) if (!dep.parsed.test(version)) refused.push(`${version} (${dep.name}: ${dep.range})`);
    }
    expect(refused.slice(0, 5)).toEqual([]);
    // and is not stricter than it must be: Node 20.19, 22.12 and 24 are in
    for (const version of ['20.19.0', '22.12.0', '24.0.0']) expect(semver.satisfies(version, pkg.engines.node)).toBe(true);
    expect(semver.satisfies('20.18.3', pkg.engines.node)).toBe(false);
    expect(semver.satisfies('22.11.0', pkg.engines.node)).toBe(false);
  });

  it('installs no package the bundles carry (scripts/bundle.mjs CARRIED): those are devDependencies', () => {
    const carried = JSON.parse(/const CARRIED = (\[[^\]]*\]);/.exec(read('scripts/bundle.mjs'))![1].replace(/'/g, '"')) as string[];
    expect(carried).toEqual(expect.arrayContaining(['@noble/hashes', 'handlebars']));
    for (const name of carried) expect([name, Object.keys(pkg.dependencies).includes(name)]).toEqual([name, false]);
  });

  it('ships a LICENSE that matches the license field', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('ships no test helper, template source or tsc tree: only the bundles, the launcher and the JSON Schemas', () => {
    for (const entry of pkg.files) expect(entry).toMatch(/^(dist\/[\w-]+\.cjs|dist\/grader\/cli\/launch\.cjs|dist\/THIRD-PARTY-NOTICES\.txt|schemas\/\*\.schema\.json)$/);
  });
});
