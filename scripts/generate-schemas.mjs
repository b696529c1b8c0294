#!/usr/bin/env node
// Writes schemas/*.schema.json from the zod schemas (run `npm run schemas` after changing a schema).
// Reads the built modules in dist/, so `npm run schemas` builds first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderJsonSchemas } = await import(join(root, 'dist/grader/model/json-schemas.js'));
for (const [file, text] of Object.entries(renderJsonSchemas())) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
// The exercise file's schema names every check kind's parameters, so it comes from grader/check/.
const { EXERCISE_SCHEMA_FILE, renderExerciseJsonSchema } = await import(join(root, 'dist/grader/check/exercise/exercise-json-schema.js'));
writeFileSync(join(root, EXERCISE_SCHEMA_FILE), renderExerciseJsonSchema());
console.log(`wrote ${EXERCISE_SCHEMA_FILE}`);
