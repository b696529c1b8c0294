/**
 * The command registry (command-list.ts) and the command files agree: every declaration module here is
 * registered once, under the name its file carries, and each registered command runs the `run<Name>`
 * of its own module (grader/cli/<name>-command.ts), whose arguments are the declaration's (types). A
 * declaration left out of the list, or wired to another command's code, fails here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { camelCase, commandName, type CommandDeclaration } from '../command-declaration.js';
import { COMMANDS } from './command-list.js';

const DIR = join('grader', 'cli', 'commands');
const declarationFiles = readdirSync(DIR).filter((file) => file.endsWith('-declaration.ts'));
const capitalized = (name: string) => name[0].toUpperCase() + name.slice(1);

describe('the command registry', () => {
  it('lists every declaration module once, by the name its file carries', async () => {
    expect(declarationFiles.length).toBeGreaterThanOrEqual(12);
    const registered = COMMANDS.map((command) => command.declaration);
    for (const file of declarationFiles) {
      const name = file.replace(/-declaration\.ts$/, '');
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const declaration = module[`${camelCase(name)}Command`] as CommandDeclaration | undefined;
      expect([file, declaration && commandName(declaration)]).toEqual([file, name]);
      expect([file, registered.filter((d) => d === declaration).length]).toEqual([file, 1]);
    }
    expect(COMMANDS).toHaveLength(declarationFiles.length);
    expect(new Set(COMMANDS.map(commandName)).size).toBe(COMMANDS.length);
  });

  it.each(COMMANDS.map((command) => [commandName(command), command] as const))('%s runs run<Name> of its own module', async (name, command) => {
    const module = (await import(`../${name}-command.js`)) as Record<string, unknown>;
    const run = module[`run${capitalized(camelCase(name))}`];
    expect(typeof run).toBe('function');
    expect(await command.load()).toBe(run);
    // its options are the declaration's own, as both parsers read them
    expect(command.options).toBe(command.declaration.options);
    expect(command.positionals).toBe(command.declaration.positionals);
  });
});
