/**
 * No import cycles in grader/, reports/ and exercises/: a cycle makes the order modules are evaluated
 * in depend on which one is loaded first (a value read before its module ran is `undefined`), and it
 * hides which part of the pipeline depends on which. Every relative import counts: static ones,
 * `export … from`, dynamic `import()` (it runs later, but still ties the two modules together), and
 * `import type` too (erased at run time, but a type cycle is the same tangle on paper).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['grader', 'reports', 'exercises'];

/** Source files (tests excluded: they may import anything they test). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|cts|mts)$/.test(entry.name) && !/\.test\.ts$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The relative modules `source` imports, as written (`./x.js`). */
export function relativeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.[^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => match[1]);
}

/** The import graph: file → files it imports (relative paths from the repository root). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(file, 'utf8')).map((specifier) =>
      relative(process.cwd(), resolve(dirname(file), specifier.replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts').replace(/\.mjs$/, '.mts'))),
    );
    graph.set(relative(process.cwd(), file), [...new Set(targets)].sort());
  }
  return graph;
}

/** Every cycle's members (strongly connected components with more than one file, or a self-import), Tarjan's algorithm. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== node);
      if (members.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(members.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indexOf.has(node)) visit(node);
  return cycles;
}

describe('the import graph of grader/, reports/ and exercises/', () => {
  const graph = importGraph(ROOTS.flatMap((root) => sourceFiles(root)));

  it('has no cycle', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('is read from static, re-exported, dynamic and type imports (the walk sees them)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join('grader', 'cli', 'check-command.ts'))).toEqual(expect.arrayContaining([join('grader', 'pipeline', 'pipeline.ts'), join('grader', 'cli', 'watch-command.ts')]));
    expect(relativeImports("import type { A } from './a.js';\nexport { b } from './b.js';\nconst c = await import('./c.js');\nimport {\n  d,\n} from './d.js';\nimport './e.js';\n// import { f } from './f.js';")).toEqual(['./a.js', './b.js', './d.js', './e.js', './c.js']);
  });

  it('finds a cycle when there is one (two files, three files, a self-import)', () => {
    const sample = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['a']],
    ]);
    expect(cyclesOf(sample)).toEqual([['c', 'd', 'e'], ['a', 'b'], ['f']]);
  });

  it('reporters never import from grader/check/ (they render results, not rules)', () => {
    const offenders = [...graph].filter(([file, targets]) => file.startsWith(`reports${'/'}`) && targets.some((target) => target.startsWith(join('grader', 'check'))));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });
});
