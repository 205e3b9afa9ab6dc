import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';

// The capabilities are the folders of src/modules (read here, so this file names none of them).
const CAPABILITIES = readdirSync(new URL('./src/modules/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const fence = (regex, message) => ({ regex, message });

export default tseslint.config(
  { ignores: ['dist/', 'data/', '.tmp/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Registries (error codes, mail kinds) grow by declaration merging: `interface R extends Record<…> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The two classic hook rules (the React Compiler rules of v7's preset are not adopted: we do not use the compiler).
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // A file this long is usually two; split it (a warning, so a deliberate exception stays possible).
    files: ['src/**/*.{ts,tsx}', 'web/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  // Import fences (docs/ARCHITECTURE.md): the pure core depends on nothing but the contract, the contract on
  // nothing but itself and pure reference data, the web app on nothing of the server but contract and domain.
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence('/(platform|modules)/', 'domain/ is pure: it imports only contract/ and other domain/ files'),
            fence('^(drizzle-orm|fastify|pg|nodemailer|better-auth)', 'domain/ is pure: no database, HTTP or mail'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              '/(platform|modules)/',
              'contract/ is shared with the web app: it imports only zod, contract/ and domain/',
            ),
            fence('^(drizzle-orm|fastify|pg|nodemailer|better-auth)', 'contract/ is shared with the web app'),
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    ignores: ['web/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              '/src/(platform|modules)/|^(drizzle-orm|fastify|pg)$',
              'the web app imports only web/, src/contract/ and src/domain/',
            ),
          ],
        },
      ],
    },
  },
  // A module uses another capability only through its manifest (index.ts) or its declared public surface (public.ts).
  ...CAPABILITIES.map((own) => {
    const others = CAPABILITIES.filter((c) => c !== own).join('|');
    return {
      files: [`src/modules/${own}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              fence(
                `^(\\.\\./)+(${others})/(?!(index|public)$)`,
                "another capability's internals: import its public.ts (or its contract) instead",
              ),
            ],
          },
        ],
      },
    };
  }),
);
