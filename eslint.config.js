// Lint rules, including the layering rule: folders are boundaries.
//   shared/          pure TypeScript: no Node, no Electron, no DOM, no server or renderer code
//   renderer/        imports shared/ only (plus browser libraries)
//   electron/server/ imports shared/ and Node; never electron or renderer
//   electron/main|preload  the thin shell: may import electron and the server
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  'stream',
  'events',
  'worker_threads',
  'zlib',
];
const layer = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'test/**', 'electron/**'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx,cts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      'bad layering: shared/ is pure TypeScript (no Node, Electron, DOM, server or renderer)',
      [
        ...nodeBuiltins,
        'electron',
        'better-sqlite3',
        'socket.io',
        'socket.io-client',
        'react',
        'react-dom',
        '**/electron/**',
        '**/renderer/**',
      ],
    ),
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: layer(
      'bad layering: renderer/ imports shared/ only (no Node, Electron or server code)',
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'socket.io', '**/electron/**'],
    ),
  },
  {
    files: ['electron/server/**/*.ts'],
    rules: layer(
      'bad layering: the venue server runs under plain Node (no electron, no renderer)',
      ['electron', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
    ),
  },
  {
    files: ['electron/preload/**/*.{ts,cts}'],
    rules: layer('bad layering: the preload sees only electron and shared/', [
      ...nodeBuiltins,
      '**/electron/server/**',
      '**/electron/main/**',
      '**/renderer/**',
    ]),
  },
);
