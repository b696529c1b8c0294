import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HELPER_MODULES, KIND_LIST, KINDS } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('the check kind registry', () => {
  it('registers one kind per module of the folder, named as its file, and nothing else', () => {
    expect([...Object.keys(KINDS), ...HELPER_MODULES].sort()).toEqual(modules);
    expect(KIND_LIST.length).toBe(Object.keys(KINDS).length);
  });
  it('gives every kind module its own test', () => {
    const tests = new Set(readdirSync(here).filter((f) => f.endsWith('.test.ts')));
    expect(modules.filter((m) => !(HELPER_MODULES as readonly string[]).includes(m) && !tests.has(`${m}.test.ts`))).toEqual([]);
  });
  it('gives every kind a unique stable code, docs in both languages and a parameter schema JSON Schema can publish', () => {
    const codes = KIND_LIST.map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const kind of KIND_LIST) {
      expect(kind.code).toMatch(/^DG[1-3]\d\d$/);
      expect(kind.docs.ko.trim() && kind.docs.en.trim()).toBeTruthy();
      expect(z.toJSONSchema(kind.params(z), { unrepresentable: 'any' })).toMatchObject({ type: 'object' });
    }
  });
  it('refuses parameters a kind does not know', () => {
    expect(KINDS.image.params(z).safeParse({ reference: 'mysql:5.7' }).success).toBe(true);
    expect(KINDS.image.params(z).safeParse({ reference: 'mysql:5.7', tag: 'x' }).success).toBe(false);
    expect(KINDS['run-flag'].params(z).safeParse({ flag: '-d' }).success).toBe(false);
  });
});
