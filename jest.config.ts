import type { Config } from 'jest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Shared by both projects: TypeScript ESM through ts-jest, `.js` import suffixes mapped to sources. */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
} satisfies Partial<Config>;

// Reports print times in the local zone (a learner reads "passed at 14:02"); tests fix the zone so golden
// files do not depend on the machine. Workers inherit it.
process.env.TZ = 'UTC';
// Tests never touch the developer's own progress journal (~/.local/state/dockgrade).
process.env.DOCKGRADE_STATE_DIR = mkdtempSync(join(tmpdir(), 'dockgrade-test-state-'));
// …nor its caches (engine facts, image inspections, the launcher's code cache in ~/.cache/dockgrade).
process.env.DOCKGRADE_CACHE_DIR = mkdtempSync(join(tmpdir(), 'dockgrade-test-cache-'));

// testcontainers (fixtures/own-container.ts): no Ryuk reaper, whose image would be pulled; tests remove what they start.
process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';
// …and the host it checks mapped ports on is 127.0.0.1 (tests reach no other address): inside a container
// (/.dockerenv, as on this machine) it would pick the bridge gateway (172.17.0.1), where a port our
// fixtures bind on 127.0.0.1 never answers.
process.env.TESTCONTAINERS_HOST_OVERRIDE = '127.0.0.1';

const config: Config = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/**/*.test.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.integration\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.integration.test.ts'],
      // Fails the whole project loudly when no Docker engine answers: integration tests never skip.
      globalSetup: '<rootDir>/fixtures/jest-global-setup.ts',
    },
  ],
  // Integration tests drive a real engine; unit tests finish far below this.
  testTimeout: 120_000,
  reporters: [['default', { summaryThreshold: 0 }], '<rootDir>/fixtures/jest-summary-reporter.cjs'],
  // Two cores here; integration tests share one engine and use distinct prefixes.
  maxWorkers: 2,
  // The exercise walk's parts, minutes each, start first (see the file).
  testSequencer: '<rootDir>/fixtures/jest-sequencer.mjs',
};

export default config;
