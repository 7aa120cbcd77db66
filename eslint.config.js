import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'core', property: 'getInput', message: 'Inputs are read in src/config only.' }]
    }
  },
  {
    files: ['src/config/**'],
    rules: { 'no-restricted-properties': 'off' }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "Property[key.name='shell'][value.value=true]", message: 'No shell: pass argument arrays.' }]
    }
  }
);
