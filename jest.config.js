// Jest runs the TypeScript sources as ES modules (ts-jest ESM preset) under Node 24 with
// --experimental-vm-modules; scripts/test.mjs picks the Node 24 binary and the projects.
/** @type {import('jest').Config} */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.local-services/', '<rootDir>/dist/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] }
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'emulators', testMatch: ['<rootDir>/test/emulators/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'runner', testMatch: ['<rootDir>/test/runner/**/*.test.ts'] }
  ]
};
