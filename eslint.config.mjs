// ESLint flat config: `npm run lint`, run by `npm test` (pretest) and so by CI.
// Besides the recommended sets, it holds the rules this code relied on by memory (see CONTRIBUTING.md).
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Selectors for code whose output must not depend on the machine's locale or ICU data. */
const LOCALE_COMPARE = {
  selector: "CallExpression[callee.property.name='localeCompare']",
  message: 'localeCompare depends on the locale and loads ICU (slow start-up): use compareText from grader/core/compare-text.ts.',
};

/**
 * The layers at the bottom: grader/core (text, errors, constants) imports only grader/core; grader/model
 * (the zod schemas of every file and result) imports only itself and grader/core. A static import, an
 * `export … from`, an `import type` and a dynamic import() are all held to it.
 */
const LAYERS = [
  { files: ['grader/core/**/*.ts'], allowed: 'grader/core', up: ['../**'] },
  { files: ['grader/model/**/*.ts'], allowed: 'grader/model and grader/core', up: ['../**', '!../core', '!../core/**'] },
];
const layerMessage = (allowed) => `this layer imports only ${allowed}: move the code up, or what it needs down (docs/architecture.md, "Layers").`;
const dynamicUp = (allowed, up) => ({
  selector: up.length === 1 ? 'ImportExpression > Literal[value=/^[.][.]\\//]' : 'ImportExpression > Literal[value=/^[.][.]\\/(?!core\\/)/]',
  message: layerMessage(allowed),
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/templates.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A disabled rule says why, on the same line (`-- reason`).
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', LOCALE_COMPARE],
      // Matching control characters is the point of this code's sanitizers (terminal, CSV, JUnit, JSON).
      'no-control-regex': 'off',
    },
  },
  {
    // One engine boundary: only grader/engine/ talks dockerode; reporters never reach into the checks.
    files: ['grader/**/*.ts', 'reports/**/*.ts', 'exercises/**/*.ts'],
    ignores: ['grader/engine/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'dockerode', message: 'talk to the engine through grader/engine/ (engine-api.ts): nothing else imports dockerode.' }] }],
    },
  },
  {
    files: ['reports/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/grader/check/**'], message: 'reporters render results; they never import the checks (grader/check/).' }] }],
    },
  },
  ...LAYERS.map(({ files, allowed, up }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: up, message: layerMessage(allowed) }] }],
      'no-restricted-syntax': ['error', LOCALE_COMPARE, dynamicUp(allowed, up)],
    },
  })),
  {
    // The engine's raw JSON is untyped until collect/map-inspect.ts maps it, once, into the Snapshot.
    files: ['grader/engine/**', 'grader/collect/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests and fixtures may reach into loosely typed engine answers.
    files: ['**/*.test.ts', 'fixtures/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
