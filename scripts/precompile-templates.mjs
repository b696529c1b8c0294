// Writes reports/templates.generated.ts from reports/templates/*.hbs. Run first by `npm run build`, so the
// generated module never lags its templates; it loads reports/template-precompile.ts through esbuild (no
// build of its own needed) and rewrites the file only when its text changes.
import { withTypeScriptModule, writeGeneratedFile } from './generated-file.mjs';

await withTypeScriptModule('reports/template-precompile.ts', ({ precompiledModule }) => {
  writeGeneratedFile('reports/templates.generated.ts', precompiledModule('reports/templates'), 'precompile-templates');
});
