// ts-jest in ESM mode (https://kulshekhar.github.io/ts-jest/docs/guides/esm-support); type checking is `npm run typecheck`,
// so ts-jest only transpiles (isolatedModules) and the suites start fast on two cores.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/setup/proxy-agents.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }] },
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.js'],
  testTimeout: 60000,
  maxWorkers: 2,
};
