/**
 * The project's written rules are lint rules (eslint.config.mjs): each one below rejects the code it
 * forbids and accepts the way the project does it, so a rule that silently stops applying fails here.
 */
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** Rule ids reported for `code` linted as if it were the file `path`. */
async function rulesHit(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('eslint.config.mjs', () => {
  it('forbids localeCompare in shipped code and in tests', async () => {
    expect(await rulesHit("export const s = ['b', 'a'].sort((a, b) => a.localeCompare(b));\n", 'grader/core/example.ts')).toContain('no-restricted-syntax');
    expect(await rulesHit("export const s = ['b', 'a'].sort((a, b) => a.localeCompare(b));\n", 'grader/core/example.test.ts')).toContain('no-restricted-syntax');
    expect(await rulesHit("import { compareText } from './compare-text.js';\nexport const s = ['b', 'a'].sort(compareText);\n", 'grader/core/example.ts')).toEqual([]);
  });

  it('keeps dockerode inside grader/engine/ and the checks out of the reporters', async () => {
    const dockerode = "import type Dockerode from 'dockerode';\nexport type D = Dockerode;\n";
    expect(await rulesHit(dockerode, 'grader/collect/example.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rulesHit(dockerode, 'grader/engine/example.ts')).toEqual([]);
    const checks = "import { grade } from '../grader/check/run.js';\nexport const g = grade;\n";
    expect(await rulesHit(checks, 'reports/example-reporter.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(checks, 'grader/cli/example.ts')).toEqual([]);
  });

  it('forbids an eslint-disable comment without a reason, and an unused one', async () => {
    const bare = "// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const x: any = 1;\n";
    expect(await rulesHit(bare, 'grader/core/example.ts')).toContain('@eslint-community/eslint-comments/require-description');
    const reasoned = "// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a reason\nexport const x: any = 1;\n";
    expect(await rulesHit(reasoned, 'grader/core/example.ts')).toEqual([]);
    const unused = '// eslint-disable-next-line no-debugger -- nothing to silence\nexport const x = 1;\n';
    expect((await rulesHit(unused, 'grader/core/example.ts')).length).toBeGreaterThan(0);
  });

  it('keeps grader/core and grader/model at the bottom: they import nothing above them', async () => {
    const typeUp = "import type { RunResult } from '../model/result-schema.js';\nexport type R = RunResult;\n";
    expect(await rulesHit(typeUp, 'grader/core/example.ts')).toContain('no-restricted-imports');
    const reExport = "export { PREFIX_PATTERN } from '../check/names.js';\n";
    expect(await rulesHit(reExport, 'grader/core/example.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(reExport, 'grader/model/example-schema.ts')).toContain('no-restricted-imports');
    const dynamicUp = "export const load = () => import('../io/input-file.js');\n";
    expect(await rulesHit(dynamicUp, 'grader/core/example.ts')).toContain('no-restricted-syntax');
    expect(await rulesHit(dynamicUp, 'grader/model/example-schema.ts')).toContain('no-restricted-syntax');
    // what each layer may import
    expect(await rulesHit("import { msg } from './i18n.js';\nexport const m = msg('가', 'a');\n", 'grader/core/example.ts')).toEqual([]);
    const down = "import { RESULT_KIND } from '../core/constants.js';\nimport { MsgSchema } from './result-schema.js';\nexport const k = [RESULT_KIND, MsgSchema];\nexport const c = () => import('../core/wait.js');\n";
    expect(await rulesHit(down, 'grader/model/example-schema.ts')).toEqual([]);
    // the layers above are free to import the model and the core
    expect(await rulesHit(typeUp, 'grader/pipeline/example.ts')).toEqual([]);
  });
});
