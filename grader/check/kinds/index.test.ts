import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECK_KINDS } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && f !== 'index.ts' && f !== 'check-builder.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('the check kind registry', () => {
  it('lists every kind module of the folder, and nothing else', () => {
    expect(Object.keys(CHECK_KINDS).sort()).toEqual(modules);
  });
  it('gives every kind module its own test', () => {
    const tests = new Set(readdirSync(here).filter((f) => f.endsWith('.test.ts')));
    expect(modules.filter((m) => !tests.has(`${m}.test.ts`))).toEqual([]);
  });
});
