// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint-layers.js';

/*
 * Type-checked rules for TypeScript and Astro files, recommended rules for the plain JavaScript
 * of bench/ (checked by TypeScript through `// @ts-check`), and the layers of src/ (eslint-layers.js):
 * no import runs from a lower layer to a higher one. Formatting is Prettier's job.
 */
export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.work/', 'bench/.work/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // `_` marks a value that is destructured away on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // astro-eslint-parser reads tsconfig.json itself and does not take the project service.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules(),
);
