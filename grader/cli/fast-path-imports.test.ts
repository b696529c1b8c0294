import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The modules a plain `check` loads before its handler runs: bin.ts and everything it imports
 * statically (`import type` is erased; `import()` runs only when reached). In the bundle each of them
 * is evaluated on every `check`, so yargs, main.ts and the other commands must not be among them.
 */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
      const specifier = match[1];
      if (!specifier.startsWith('.')) packages.add(specifier);
      else queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return { files: new Set([...files].map((file) => relative(process.cwd(), file))), packages };
}

describe('the fast path of a plain check', () => {
  const { files, packages } = staticImports(join('grader', 'cli', 'bin.ts'));

  it('loads no package (yargs included) and no other command', () => {
    expect([...packages]).toEqual([...packages].filter((name) => name.startsWith('node:')));
    expect([...files].filter((file) => /(^|\/)(main|[a-z-]+-command)\.ts$|commands\/(?!check-)[a-z-]+-declaration\.ts$|command-list\.ts$/.test(file))).toEqual([]);
  });

  it('reads its options from the check declaration (and the walk sees through imports)', () => {
    expect(files).toContain('grader/cli/commands/check-declaration.ts');
    expect(files).toContain('grader/cli/global-options.ts');
    expect(files).toContain('grader/core/errors.ts');
  });
});
