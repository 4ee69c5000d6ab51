import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const browserOnly = ['react', 'react-dom', 'react-dom/*', 'maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', 'idb', 'papaparse', 'comlink'];

// The layer order, lowest first (README "Layout"; tests/architecture/layers.test.ts checks that the README, this
// rule and every import under src/ agree). A folder imports itself and lower ranks, never a higher rank nor the
// other folder of its own rank; src/main.tsx, the composition root, imports anything and nothing imports it.
const LAYER_RANKS = [['domain'], ['io'], ['worker'], ['map', 'i18n'], ['app'], ['ui']];
const PURE_LAYERS = new Set(['domain', 'i18n']);

const layerRules = LAYER_RANKS.flatMap((rank, r) => rank.map((layer) => {
  const below = LAYER_RANKS.slice(0, r).flat();
  const refused = LAYER_RANKS.slice(r).flat().filter((other) => other !== layer);
  const patterns = [{
    group: [...refused.map((other) => `**/${other}/**`), '**/main', '**/main.tsx'],
    message: `src/${layer} may import only itself${below.map((l) => `, src/${l}`).join('')} (layer order: README "Layout").`,
  }];
  if (PURE_LAYERS.has(layer)) patterns.unshift({ group: browserOnly, message: `src/${layer} must stay free of DOM/React/map/IO libraries.` });
  return { files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}));

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
    // domain/ is pure: it must run in plain Node, so no browser globals (its imports: layerRules).
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  ...layerRules,
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
