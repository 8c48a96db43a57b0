// One lint config for every workspace. The dependency direction of docs/architecture.md is
// enforced here: contracts imports nothing of ours, UIs import only contracts,
// db and printer never import the server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Dependency direction: see docs/architecture.md' })) }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['tests/**/*.ts', '*/test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['contracts/**/*.ts'], rules: restrict(['@cherha/*', 'node:*', 'fs', 'path']) },
  { files: ['db/**/*.ts', 'printer/**/*.ts'], rules: restrict(['@cherha/server', '@cherha/server/*', '@cherha/*-ui']) },
  {
    files: ['kiosk-ui/**/*.{ts,tsx}', 'ui-kit/**/*.{ts,tsx}', 'board-ui/**/*.{ts,tsx}', 'operator-ui/**/*.{ts,tsx}', 'ticket-ui/**/*.{ts,tsx}', 'booking-ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(['@cherha/db', '@cherha/server', '@cherha/printer', 'node:*']) },
  },
);
