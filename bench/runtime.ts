/**
 * Which Node the bench runs dockgrade with: the one the package supports (package.json `engines`).
 * This machine's own Node may be older than the package admits (the tests still run on it); timing the
 * executable there would measure a start-up no user has (no compile cache), so the bench then takes a
 * supported Node from scripts/other-nodes.sh, and says which.
 */

/** `20.19.0` / `v22.12.1` → [20, 19, 0]; missing parts are 0. */
function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [major, minor, patch];
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` lies in an `engines` range of the forms npm ranges use here: alternatives joined by
 * `||`, each a space-separated list of `^X.Y.Z`, `>=X.Y.Z`, `>X`, `<=X`, `<X` or an exact `X.Y.Z`.
 */
export function satisfiesEngines(version: string, range: string): boolean {
  const v = parts(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((term) => {
        const match = /^(\^|>=|<=|>|<|=)?v?(\d+(?:\.\d+){0,2})$/.exec(term);
        if (!match) throw new Error(`engines range term not understood: ${term}`);
        const bound = parts(match[2]);
        const order = compare(v, bound);
        switch (match[1]) {
          case '^':
            return order >= 0 && v[0] === bound[0];
          case '>=':
            return order >= 0;
          case '<=':
            return order <= 0;
          case '>':
            return order > 0;
          case '<':
            return order < 0;
          default:
            return order === 0;
        }
      }),
  );
}

export interface NodeBinary {
  path: string;
  version: string;
}

/**
 * The Node to time dockgrade with: `current` when the package supports it, else the oldest supported
 * candidate (the slowest start-up a user can have, so a figure that holds there holds everywhere), else
 * undefined.
 */
export function chooseNode(range: string, current: NodeBinary, candidates: readonly NodeBinary[]): NodeBinary | undefined {
  if (satisfiesEngines(current.version, range)) return current;
  return [...candidates].filter((c) => satisfiesEngines(c.version, range)).sort((a, b) => compare(parts(a.version), parts(b.version)))[0];
}
