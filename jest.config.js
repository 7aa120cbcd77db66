// Jest runs the TypeScript sources as ES modules (ts-jest ESM preset) under Node 24 with
// --experimental-vm-modules; scripts/test.mjs picks the Node 24 binary and the projects.
// Three projects: unit (pure modules), emulators (each emulator's contract, driven by the real SDK
// clients, docker engine, registry and kubectl), runner (the bundled dist/index.js run as the GitHub
// runner runs it). emulators and runner need scripts/local-services.sh, which npm test starts.
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
    { ...common, displayName: 'runner', testMatch: ['<rootDir>/test/runner/**/*.test.ts'] }
  ]
};
