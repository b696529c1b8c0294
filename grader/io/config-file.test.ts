import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configCandidates, loadConfig, RC_FILE } from './config-file.js';
import { InputError } from '../core/errors.js';

function setup(): { cwd: string; home: string; xdg: string } {
  const root = mkdtempSync(join(tmpdir(), 'dockgrade-config-'));
  const cwd = join(root, 'work');
  const home = join(root, 'home');
  const xdg = join(root, 'xdg');
  mkdirSync(cwd);
  mkdirSync(join(home, '.config', 'dockgrade'), { recursive: true });
  mkdirSync(join(xdg, 'dockgrade'), { recursive: true });
  return { cwd, home, xdg };
}

describe('config file', () => {
  it('is looked for in DOCKGRADE_CONFIG, ./.dockgraderc.json, then the XDG config dir', () => {
    expect(configCandidates('/w', { HOME: '/h' })).toEqual(['/w/.dockgraderc.json', '/h/.config/dockgrade/config.json']);
    expect(configCandidates('/w', { HOME: '/h', XDG_CONFIG_HOME: '/x', DOCKGRADE_CONFIG: 'my.json' })).toEqual(['/w/my.json', '/w/.dockgraderc.json', '/x/dockgrade/config.json']);
  });

  it('is empty when there is none', async () => {
    const { cwd, home } = setup();
    expect(await loadConfig(cwd, { HOME: home })).toEqual({ config: {} });
  });

  it('reads the user config, and the one in the current directory wins', async () => {
    const { cwd, home, xdg } = setup();
    writeFileSync(join(xdg, 'dockgrade', 'config.json'), JSON.stringify({ prefix: 'alice', lang: 'ko' }));
    expect((await loadConfig(cwd, { HOME: home, XDG_CONFIG_HOME: xdg })).config).toEqual({ prefix: 'alice', lang: 'ko' });
    writeFileSync(join(home, '.config', 'dockgrade', 'config.json'), JSON.stringify({ prefix: 'homealice' }));
    expect((await loadConfig(cwd, { HOME: home })).config).toEqual({ prefix: 'homealice' });
    writeFileSync(join(cwd, RC_FILE), JSON.stringify({ prefix: 'bob' }));
    const loaded = await loadConfig(cwd, { HOME: home, XDG_CONFIG_HOME: xdg });
    expect(loaded).toEqual({ config: { prefix: 'bob' }, file: join(cwd, RC_FILE) });
  });

  it.each([
    [{ prefix: 7 }, /\.dockgraderc\.json: prefix: /],
    [{ lang: 'fr' }, /\.dockgraderc\.json: lang: /],
    [{ prefix: '-bad' }, /prefix: use letters, digits/],
    [{ prefx: 'alice' }, /prefx/],
  ])('a bad file (%j) is one InputError naming the field', async (content, message) => {
    const { cwd, home } = setup();
    writeFileSync(join(cwd, RC_FILE), JSON.stringify(content));
    const error = await loadConfig(cwd, { HOME: home }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('a file that is not JSON is an InputError', async () => {
    const { cwd, home } = setup();
    writeFileSync(join(cwd, RC_FILE), '{ prefix: alice }');
    await expect(loadConfig(cwd, { HOME: home })).rejects.toThrow(/not valid JSON/);
  });

  it('DOCKGRADE_CONFIG naming a missing file is an error, not silence', async () => {
    const { cwd, home } = setup();
    await expect(loadConfig(cwd, { HOME: home, DOCKGRADE_CONFIG: 'missing.json' })).rejects.toThrow(/missing\.json: no such file/);
  });
});
