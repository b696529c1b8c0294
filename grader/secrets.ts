/**
 * Secret-looking values (env vars whose name says PASSWORD, SECRET, TOKEN, KEY…) are never printed in
 * clear: not in messages, hints, log tails, probe output nor reconstructed commands.
 */

/** Env var names whose values are never printed. */
export const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL/i;
/** What a secret value is printed as. */
export const MASK = '****';

/** Whether the value of env var `name` must be masked. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Replaces, in `text`, every value of a secret-looking env var of `env` (and `-p<value>` forms) with the mask. */
export function maskSecrets(text: string, env: Readonly<Record<string, string>>): string {
  const values = Object.entries(env)
    .filter(([name, value]) => isSecretName(name) && value.length > 0)
    .map(([, value]) => value)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join(MASK);
  return out;
}
