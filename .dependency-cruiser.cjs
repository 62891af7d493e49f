/**
 * The folder order of src/, checked by `npm run deps` (part of `npm test`).
 * docs/architecture.md ("Folder map") describes each folder's job.
 *
 * Browser code, bottom to top: a folder imports only from folders in a lower
 * layer, never from one beside it or above it. Build-time code (the zod
 * schemas, the compile step) sits beside the browser stack: it may use the
 * bottom layer, the browser may use nothing of it at runtime.
 */

/** Lowest first. */
const BROWSER_LAYERS = [
  ['model-shared', 'text', 'i18n'],
  ['data'],
  ['state'],
  ['map', 'charts'],
  ['briefing'],
  ['components'],
  ['app', 'bench', 'embed'],
  ['main'],
];

const PATHS = {
  // The zod-free part of model/: ids, the list of output files, derived-value marks, phase years.
  'model-shared': '^src/model/(ids|outputFiles|derived|phases)\\.ts$',
  text: '^src/text/',
  i18n: '^src/i18n/',
  data: '^src/data/',
  state: '^src/state/',
  map: '^src/map/',
  charts: '^src/charts/',
  briefing: '^src/briefing/',
  components: '^src/components/',
  app: '^src/app/',
  // The benchmark floor page (floor.html), an entry point like app/.
  bench: '^src/bench/',
  // The embed page (embed.html): what main.tsx renders there instead of app/.
  embed: '^src/embed/',
  main: '^src/main\\.tsx$',
};

const BUILD_TIME = '^src/compile/|^src/model/schema[A-Za-z]*\\.ts$';
const ZOD = '(^|/)node_modules/zod/';
const BROWSER = Object.values(PATHS).join('|');
/** The one browser module that may name build-time types (type-only: erased from the bundle). */
const TYPE_GATEWAY = '^src/data/types\\.ts$';

const any = (names) => names.map((n) => PATHS[n]).join('|');

const layerRules = BROWSER_LAYERS.flatMap((layer, level) =>
  layer.flatMap((folder) => {
    const below = BROWSER_LAYERS.slice(0, level).flat();
    const notBelow = BROWSER_LAYERS.slice(level)
      .flat()
      .filter((f) => f !== folder);
    if (notBelow.length === 0) return []; // the top (main.tsx) may import every layer
    return {
      name: `layer-${folder}`,
      severity: 'error',
      comment: `${folder} may import only from lower layers: ${below.join(', ') || 'none (npm packages only)'}`,
      from: { path: PATHS[folder] },
      to: { path: any(notBelow) },
    };
  }),
);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules (and so folders) do not import each other in a loop, type imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment: 'Folders do not import each other in a loop (app <-> components was one).',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'browser-runtime-without-build-time',
      severity: 'error',
      comment:
        'Nothing the browser runs imports zod, src/compile/ or src/model/schema.ts. Type-only imports ' +
        '(marked "require" by scripts/deps/babel.cjs) are erased by the build and allowed below.',
      from: { path: BROWSER },
      to: { path: `${BUILD_TIME}|${ZOD}`, dependencyTypesNot: ['require'] },
    },
    {
      name: 'build-time-types-through-data-types',
      severity: 'error',
      comment: 'Browser code gets the compiled data types from src/data/types.ts, not from compile/ or schema.ts.',
      from: { path: BROWSER, pathNot: TYPE_GATEWAY },
      to: { path: BUILD_TIME },
    },
    {
      name: 'schema-uses-model-only',
      severity: 'error',
      comment: 'The zod schemas (schema.ts and its parts schema*.ts) build on the shared ids and each other only.',
      from: { path: '^src/model/schema[A-Za-z]*\\.ts$' },
      to: { path: '^src/', pathNot: `${PATHS['model-shared']}|^src/model/schema[A-Za-z]*\\.ts$` },
    },
    {
      name: 'compile-uses-model-only',
      severity: 'error',
      comment: 'The compile step (build time) uses model/ and nothing of the browser app.',
      from: { path: '^src/compile/' },
      to: { path: '^src/', pathNot: '^src/(compile|model)/' },
    },
  ],
  options: {
    // Each TypeScript file is read through Babel: see scripts/deps/babel.cjs for why.
    babelConfig: { fileName: 'scripts/deps/babel.cjs' },
    moduleSystems: ['es6', 'cjs'],
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'default'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
