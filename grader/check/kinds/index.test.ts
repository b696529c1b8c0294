import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HELPER_MODULES, KIND_LIST, KINDS } from './index.js';
import { KEPT_EVENTS } from '../../collect/engine-events.js';

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
  it('declares the engine events a kind reads exactly where its module reads them, and only actions the collector keeps', () => {
    const reading = modules.filter((m) => !(HELPER_MODULES as readonly string[]).includes(m) && /engine-history\.js'|\bsnapshot\.events\b/.test(readFileSync(`${here}${m}.ts`, 'utf8')));
    expect(reading.length).toBeGreaterThan(0);
    expect(KIND_LIST.filter((k) => k.readsEvents).map((k) => k.name).sort()).toEqual(reading);
    for (const kind of KIND_LIST) {
      for (const [type, actions] of Object.entries(kind.readsEvents ?? {})) {
        for (const action of actions) expect(`${kind.name}: ${type} ${action} ${KEPT_EVENTS[type as keyof typeof KEPT_EVENTS]?.has(action)}`).toBe(`${kind.name}: ${type} ${action} true`);
      }
    }
  });
});
