import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const browserOnly = ['react', 'react-dom', 'react-dom/*', 'maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', 'idb', 'papaparse', 'comlink'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // domain/ is pure: it must run in plain Node, so no browser, UI or I/O libraries.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: browserOnly, message: 'src/domain must stay free of DOM/React/map/IO libraries.' },
          { group: ['**/io/**', '**/ui/**', '**/app/**', '**/map/**', '**/worker/**'], message: 'domain is the bottom layer.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    // Imported text is shown as text only: no HTML-parsing sinks anywhere in the app (issue 8).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text with textContent or JSX, never innerHTML/outerHTML.' },
        { selector: 'MemberExpression[property.value=/^(innerHTML|outerHTML)$/]', message: 'Render text with textContent or JSX, never innerHTML/outerHTML.' },
        { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|setHTMLUnsafe|createContextualFragment)$/]', message: 'No HTML-parsing calls (maplibre popups: setText or setDOMContent).' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No document.write.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: imported text must stay text.' },
        { selector: "BinaryExpression[operator='in'][left.type!='Literal']", message: 'A key from data may be "constructor" or "__proto__": test it with Object.hasOwn (or keep the data in a Map), not with `in`.' },
      ],
    },
  },
);
