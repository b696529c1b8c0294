// Writes exercises/catalog.generated.ts from exercises/*.yaml. Run first by `npm run build`, so the
// generated module never lags its files (a `check` then parses no YAML); it loads
// grader/check/exercise/catalog-compile.ts through esbuild (no build of its own needed) and rewrites the
// file only when its text changes. A file that does not validate fails the build with its field and why.
import { withTypeScriptModule, writeGeneratedFile } from './generated-file.mjs';

await withTypeScriptModule('grader/check/exercise/catalog-compile.ts', ({ catalogModule }) => {
  let text;
  try {
    text = catalogModule('exercises');
  } catch (error) {
    console.error(`compile-exercises: ${error.message}`);
    process.exit(1);
  }
  writeGeneratedFile('exercises/catalog.generated.ts', text, 'compile-exercises');
});
