/**
 * The grader's own Dockerfile. No registry is reachable where dockgrade is developed, so the image
 * (FROM node:22) cannot be built in CI here; this lints what can be checked without building: the
 * stages, that the build copies every source folder the TypeScript build compiles, that the runtime
 * stage has what the package ships, the entry point, a non-root user, and no network use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    expect(args.NODE_IMAGE).toMatch(/^node:22(-|@)/);
    expect(build[0].args).toBe('${NODE_IMAGE} AS build');
    expect(all[1][0].args).toBe('${DOCKER_CLI_IMAGE} AS docker-cli');
    expect(runtime[0].args).toBe('${NODE_IMAGE}');
  });

  it('pins every base image by digest, the tag kept for readers', () => {
    for (const image of [args.NODE_IMAGE, args.DOCKER_CLI_IMAGE]) expect(image).toMatch(/^[\w.-]+:[\w.-]+@sha256:[0-9a-f]{64}$/);
    for (const stage of all) expect(stage[0].args).toMatch(/^\$\{(NODE_IMAGE|DOCKER_CLI_IMAGE)\}( AS [\w-]+)?$/);
  });

  it('builds with a clean install and no install scripts, and ships no node_modules (everything is bundled)', () => {
    const runs = build.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs[0]).toMatch(/^npm ci --ignore-scripts\b/);
    expect(runs[1]).toMatch(/^npm run build/);
    expect(list.map((i) => i.args).join('\n')).not.toMatch(/node_modules/);
  });

  it('labels the image (OCI: title, source, version, revision, licenses), the version and licence those of package.json', () => {
    const labels = runtime.filter((i) => i.op === 'LABEL').map((i) => i.args).join(' ');
    const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
    for (const key of ['title', 'description', 'source', 'version', 'revision', 'licenses']) expect(labels).toContain(`org.opencontainers.image.${key}=`);
    expect(labels).toContain(`org.opencontainers.image.licenses="${pkg.license}"`);
    expect(labels).toContain('org.opencontainers.image.version="${VERSION}"');
    expect(runtime.find((i) => i.op === 'ARG' && i.args.startsWith('VERSION='))?.args).toBe(`VERSION=${pkg.version}`);
  });

  it('keeps the journal in the mounted work folder, so it outlives docker run --rm, and documents --init', () => {
    const env = runtime.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
    expect(runtime.find((i) => i.op === 'WORKDIR')?.args).toBe('/work');
    expect(env).toMatch(/\bDOCKGRADE_STATE_DIR=\/work\//);
    expect(read('Dockerfile')).toMatch(/docker run --rm --init /);
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

/** The names in scripts/bundle.mjs's list `name` (CARRIED, STUBBED). */
function bundleList(name: string): string[] {
  return JSON.parse(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`).exec(read('scripts/bundle.mjs'))![1].replace(/'/g, '"')) as string[];
}

/**
 * The packages the bundles carry (CARRIED and what they depend on, as package-lock.json resolves them;
 * the STUBBED ones left out) with their `engines.node`.
 */
function carriedEngines(): Array<{ name: string; range: string }> {
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; engines?: { node?: string } | string[] }> };
  const stubbed = new Set(bundleList('STUBBED'));
  const seen = new Set<string>();
  const out: Array<{ name: string; range: string }> = [];
  /** The lock entry `name` resolves to from the package at `from` (node's lookup: nested first, then up). */
  const resolve = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock.packages[path]) return path;
      if (!base) return undefined;
    }
  };
  const visit = (path: string | undefined): void => {
    if (!path || seen.has(path)) return;
    seen.add(path);
    const entry = lock.packages[path];
    const name = path.replace(/^.*node_modules\//, '');
    if (entry.engines && !Array.isArray(entry.engines) && entry.engines.node) out.push({ name, range: entry.engines.node });
    for (const dep of Object.keys({ ...entry.dependencies })) if (!stubbed.has(dep)) visit(resolve(path, dep));
  };
  for (const name of bundleList('CARRIED')) visit(resolve('', name));
  return out;
}

/** Every Node version from 18.0.0 to 26.40.x, with the patch levels where ranges change. */
function nodeVersions(): string[] {
  const out: string[] = [];
  for (let major = 18; major <= 26; major++) for (let minor = 0; minor <= 40; minor++) for (const patch of [0, 1, 99]) out.push(`${major}.${minor}.${patch}`);
  return out;
}

describe('package.json', () => {
  const pkg = JSON.parse(read('package.json')) as {
    engines: { node: string };
    files: string[];
    license: string;
    dependencies?: Record<string, string>;
    devDependencies: Record<string, string>;
    scripts: Record<string, string>;
    exports: Record<string, string>;
    keywords: string[];
  };

  it('states the Node floor: 22.12 (Node 20 ended on 2026-04-30), and admits no version a package the bundles carry refuses', () => {
    // npm's semver (hoisted for jest, no types here): satisfies() is all this needs
    const semver = createRequire(join(root, 'package.json'))('semver') as { satisfies(v: string, r: string): boolean; Range: new (r: string) => { test(v: string): boolean } };
    const ours = new semver.Range(pkg.engines.node);
    const theirs = [...new Map(carriedEngines().map((d) => [d.range, d])).values()].map((d) => ({ ...d, parsed: new semver.Range(d.range) }));
    const refused: string[] = [];
    for (const version of nodeVersions().filter((v) => ours.test(v))) {
      for (const dep of theirs) if (!dep.parsed.test(version)) refused.push(`${version} (${dep.name}: ${dep.range})`);
    }
    expect(refused.slice(0, 5)).toEqual([]);
    expect(theirs.length).toBeGreaterThan(5);
    for (const version of ['22.12.0', '22.20.0', '24.0.0', '26.1.0']) expect(semver.satisfies(version, pkg.engines.node)).toBe(true);
    for (const version of ['20.19.0', '20.99.0', '22.11.0', '23.5.0']) expect(semver.satisfies(version, pkg.engines.node)).toBe(false);
  });

  it('has no run-time dependency and no install script: the bundles carry every package (scripts/bundle.mjs CARRIED), all devDependencies', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const carried = bundleList('CARRIED');
    expect(carried).toEqual(expect.arrayContaining(['dockerode', 'yargs', 'zod', 'handlebars']));
    for (const name of carried) expect([name, name in pkg.devDependencies]).toEqual([name, true]);
    // npm runs these when the package is installed (prepare: from git, or in the project itself)
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect([hook, pkg.scripts[hook]]).toEqual([hook, undefined]);
  });

  it('exports the JSON Schemas (and nothing else: no module entry), and has keywords', () => {
    expect(pkg.exports).toEqual({ './package.json': './package.json', './schemas/*': './schemas/*' });
    expect(pkg.keywords).toEqual(expect.arrayContaining(['docker', 'grader']));
  });

  it('ships a LICENSE that matches the license field', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('ships no test helper, template source or tsc tree: only the bundles, the launcher and the JSON Schemas', () => {
    for (const entry of pkg.files) expect(entry).toMatch(/^(dist\/[\w-]+\.cjs|dist\/grader\/cli\/launch\.cjs|dist\/THIRD-PARTY-NOTICES\.txt|dist\/yargs-locales\/\*\.json|schemas\/\*\.schema\.json|docs\/\*\.md|CONTRIBUTING\.md)$/);
  });
});

/** The targets of the markdown links in `text` (anchors dropped), with the text they stand in. */
function links(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** Whether package.json's `files` (or npm's own README, LICENSE, package.json) ships `path`. */
function shipped(path: string, files: readonly string[]): boolean {
  if (['README.md', 'LICENSE', 'package.json'].includes(path)) return true;
  return files.some((entry) => new RegExp(`^${entry.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path));
}

describe('the docs as npm and a reader see them', () => {
  const files = (JSON.parse(read('package.json')) as { files: string[] }).files;

  it('README: every link works on the npm page (absolute, to a file the package ships), the first two commands as a fresh clone needs them', () => {
    const readme = read('README.md');
    const targets = links(readme);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      expect(target).toMatch(/^https:\/\/unpkg\.com\/dockgrade\//);
      const path = target.replace(/^https:\/\/unpkg\.com\/dockgrade\//, '').replace(/#.*$/, '');
      expect([path, existsSync(join(root, path)), shipped(path, files)]).toEqual([path, true, true]);
    }
    const [first, second] = /```bash\n([^\n]*)\n([^\n]*)\n/.exec(readme)!.slice(1);
    // a clone has no dist/ until it is built (no `prepare`: npm would list it as an install script)
    expect(first).toMatch(/^npm ci && npm run build && .*npx dockgrade check/);
    expect(second).toMatch(/^npm test\b.*root/);
    expect(readme).toContain('npm run test:unit');
  });

  it.each(readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')))('docs/%s: every relative link reaches a file', (file) => {
    for (const target of links(read(join('docs', file))).filter((t) => !/^(https?:|mailto:|#)/.test(t))) {
      const path = join('docs', target.replace(/#.*$/, ''));
      expect([target, existsSync(join(root, path))]).toEqual([target, true]);
    }
  });
});
