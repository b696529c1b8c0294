// Writes reports/templates.generated.ts from reports/templates/*.hbs (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { precompiledModule } from '../dist/reports/template-precompile.js';

writeFileSync('reports/templates.generated.ts', precompiledModule('reports/templates'));
