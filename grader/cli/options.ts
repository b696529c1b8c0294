/**
 * Whether terminal output is coloured, by the conventions users expect (as supports-color and Node's
 * own `tty.WriteStream.hasColors()` read them, with the one place Node differs from no-color.org fixed):
 *
 * 1. `--color` / `--no-color` on the command line decide;
 * 2. else `FORCE_COLOR`: `0` or `false` means none, any other value (empty included) colour, even in a pipe;
 * 3. else a non-empty `NO_COLOR` means none (no-color.org: an empty value does not count; Node counts it);
 * 4. else colour only on a terminal whose TERM is not `dumb`.
 */
export function useColor(stream: NodeJS.WritableStream = process.stdout, env: NodeJS.ProcessEnv = process.env, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean((stream as NodeJS.WriteStream).isTTY) && env.TERM !== 'dumb';
}
