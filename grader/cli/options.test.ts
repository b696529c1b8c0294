import { useColor } from './options.js';

const tty = { isTTY: true } as unknown as NodeJS.WriteStream;
const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;

describe('useColor follows the colour conventions', () => {
  it.each([
    ['a terminal', tty, {}, undefined, true],
    ['a pipe', pipe, {}, undefined, false],
    ['FORCE_COLOR=1 in a pipe', pipe, { FORCE_COLOR: '1' }, undefined, true],
    ['FORCE_COLOR= (empty) in a pipe', pipe, { FORCE_COLOR: '' }, undefined, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, undefined, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, undefined, false],
    ['NO_COLOR=1 on a terminal', tty, { NO_COLOR: '1' }, undefined, false],
    ['an empty NO_COLOR on a terminal', tty, { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR=1 over NO_COLOR=1', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, undefined, false],
    ['--color in a pipe', pipe, { NO_COLOR: '1' }, true, true],
    ['--no-color on a terminal', tty, { FORCE_COLOR: '1' }, false, false],
  ] as const)('%s', (_name, stream, env, flag, expected) => {
    expect(useColor(stream, env as NodeJS.ProcessEnv, flag)).toBe(expected);
  });
});
