// ts-jest in ESM mode (https://kulshekhar.github.io/ts-jest/docs/guides/esm-support); type checking is
// `npm run typecheck`, so ts-jest only transpiles (isolatedModules) and the suites start fast on two cores.
//
// Three projects, chosen by file name and folder (so a new test lands in the right one by how it is named):
// - e2e:      *.e2e.test.ts, the committed bundle run as a process (`node dist/index.js`); fails when dist/ is missing.
// - contract: tests that talk to the local emulator over HTTPS: __tests__/emulator/, __tests__/action/,
//             *.emulator.test.ts, *.contract.test.ts, and the plan command tests.
// - unit:     everything else: pure code, no emulator, no bundle (`npm run test:unit`).
// `npm run jest` runs all three; `--selectProjects unit|contract|e2e` picks some.

const E2E = ['**/*.e2e.test.ts'];
const CONTRACT = [
  '**/__tests__/emulator/**/*.test.ts',
  '**/__tests__/action/**/*.test.ts',
  '**/*.emulator.test.ts',
  '**/*.contract.test.ts',
  '**/__tests__/plan/command.test.ts',
  '**/__tests__/plan/emulator.test.ts',
];
/** testPathIgnorePatterns are regular expressions: the same globs as regular expressions over the path. */
const asRegex = (glob) =>
  glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '(?:.*/)?')
    .concat('$');

const base = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  setupFiles: ['<rootDir>/__tests__/setup/proxy-agents.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }] },
};

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: [...E2E, ...CONTRACT].map(asRegex),
      // Importing the emulator fails here, so a test that needs it cannot land in the fast project by mistake.
      moduleNameMapper: {
        '^(\\.{1,2}/)+emulator/index(\\.js)?$': '<rootDir>/__tests__/setup/no-emulator.ts',
        ...base.moduleNameMapper,
      },
    },
    { ...base, displayName: 'contract', testMatch: CONTRACT, testPathIgnorePatterns: E2E.map(asRegex) },
    { ...base, displayName: 'e2e', testMatch: E2E },
  ],
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.js'],
  testTimeout: 60000,
  maxWorkers: 2,
};
