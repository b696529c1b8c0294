/**
 * The precompiled templates the reports render with are the templates of reports/templates/: the
 * generated module is what precompiling them now gives (regenerate with
 * `npm run build && node scripts/precompile-templates.mjs` after editing a template).
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompiledModule } from './template-precompile.js';

const ROOT = process.cwd();

describe('templates.generated.ts', () => {
  it('is reports/templates/*.hbs precompiled', () => {
    const generated = readFileSync(join(ROOT, 'reports/templates.generated.ts'), 'utf8');
    expect(generated === precompiledModule(join(ROOT, 'reports/templates'))).toBe(true);
  });

  it('differs once a template is edited (the comparison can fail)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'dockgrade-hbs-'));
    try {
      cpSync(join(ROOT, 'reports/templates'), copy, { recursive: true });
      appendFileSync(join(copy, 'student.hbs'), '<!-- edited -->');
      const generated = readFileSync(join(ROOT, 'reports/templates.generated.ts'), 'utf8');
      expect(precompiledModule(copy) === generated).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
