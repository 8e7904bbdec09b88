// ESLint flat config: typescript-eslint's recommended rules for src/ and test/, React hooks
// rules for the dashboard. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'models/**', 'test-output/**', '.vigil/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // the command is CommonJS (bin/package.json: Node's ES-module loader costs start-up time)
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    // the pages reset their state when the id they show changes, before fetching the new one
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    rules: {
      // Vigil parses hostile input: matching control characters is the point of several patterns,
      // and the invisible-character classes list combining marks and joiners on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // a value set before a try (or a loop) that every path then overwrites is kept for clarity
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
