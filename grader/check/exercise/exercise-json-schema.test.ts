import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseExerciseYaml } from './catalog-compile.js';
import { EXERCISE_SCHEMA_FILE, renderExerciseJsonSchema } from './exercise-json-schema.js';

const text = renderExerciseJsonSchema();
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
const validate = ajv.compile(JSON.parse(text));
const files = readdirSync('exercises').filter((f) => f.endsWith('.yaml'));

describe('schemas/exercise.schema.json', () => {
  it('is up to date (else run `npm run schemas`) and says it is generated', () => {
    expect(readFileSync(EXERCISE_SCHEMA_FILE, 'utf8')).toBe(text);
    expect(Object.keys(JSON.parse(text))[0]).toBe('$comment');
  });

  it.each(files)('accepts the built-in %s', (file) => {
    expect(validate(parseExerciseYaml(readFileSync(`exercises/${file}`, 'utf8'), file))).toBe(true);
  });

  it("refuses a check's parameter its kind does not have, and a kind that does not exist", () => {
    const exercise = parseExerciseYaml(readFileSync(`exercises/${files[0]}`, 'utf8'), files[0]) as { checks: Array<Record<string, unknown>> };
    const check = exercise.checks.find((c) => c.kind === 'image')!;
    check.tag = 'x';
    expect(validate(exercise)).toBe(false);
    delete check.tag;
    expect(validate(exercise)).toBe(true);
    check.kind = 'imag';
    expect(validate(exercise)).toBe(false);
  });
});
