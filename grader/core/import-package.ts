/**
 * `import()` of a package, for code that also runs inside dist/dockgrade.cjs. The launcher
 * (grader/cli/launch.cts) compiles that bundle with node:vm to use a V8 code cache, and a vm script has
 * no module loader of its own: a bare `import()` there fails with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.
 * The launcher hands over its own `import()` under IMPORT_HOOK; the tsc output (tests, `node
 * dist/grader/cli/main.js`) has none and imports directly. Every dynamic import of a package goes
 * through here (a test reads the bundle for any other `import(`).
 */

/** The global symbol under which the launcher puts its `import()`. */
export const IMPORT_HOOK = Symbol.for('dockgrade.import');

type Importer = (specifier: string) => Promise<unknown>;

/** Imports `specifier` (a package name) through the launcher's loader when there is one. */
export function importPackage<T>(specifier: string): Promise<T> {
  const hook = (globalThis as Record<symbol, Importer | undefined>)[IMPORT_HOOK];
  return (hook ? hook(specifier) : import(specifier)) as Promise<T>;
}
