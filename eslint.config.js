// ESLint for the page's JavaScript (web/, ES modules in the browser), the emcc JS library
// (a classic script with Emscripten's globals) and the Node scripts and tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js', 'tests/web/**/fixtures/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // The service worker: a classic worker script (registered without type: 'module').
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
  {
    // The page's checker: a classic worker script with the emcc glue it imports.
    files: ['web/checker/worker.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.worker, createCourseChecker: 'readonly' } },
  },
  {
    files: ['src/platform/web/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        ...globals.browser, LibraryManager: 'readonly', mergeInto: 'readonly', UTF8ToString: 'readonly',
        stringToUTF8: 'readonly', lengthBytesUTF8: 'readonly', _malloc: 'readonly', _free: 'readonly', FS: 'readonly', HEAPU8: 'readonly',
        Module: 'readonly', abort: 'readonly', lerenString: 'readonly', lerenFramed: 'readonly',
        lerenPictures: 'readonly', lerenStartPicture: 'readonly', lerenHoldPictures: 'readonly',
        lerenReleasePictures: 'readonly', lerenFetchPicture: 'readonly', lerenLocationOf: 'readonly',
        lerenBitmaps: 'readonly', lerenImageSize: 'readonly', GLctx: 'readonly', lerenChecks: 'readonly',
        lerenWatchChecker: 'readonly', lerenFailWaiting: 'readonly',
      },
    },
    // Closure Compiler renames properties it has not seen declared (cmake/web.cmake): what the
    // page made and the module's exports are reached by quoted names in this file.
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[computed=false][object.name='Module'][property.name=/^_/]", message: "Closure renames it: write Module['_name']." },
        { selector: "MemberExpression[computed=false][object.name='window'][property.name=/^learningModule/]", message: "Closure renames it: write window['learningModule...']." },
        { selector: "MemberExpression[computed=false][object.name=/^(lms|launch)$/]", message: "Closure renames the bridge's properties: write lms['name']." },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
];
