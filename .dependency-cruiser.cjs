/**
 * What may import what. The pure core depends on nothing but itself and two small pure packages; views
 * render core data into strings; the shell does the I/O; commands wire it all. Nothing imports upward,
 * and there are no cycles. `npm test` runs this; a violation fails the build.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core: no Node built-ins, no process, no chalk, no files: only itself, zod and fastest-levenshtein.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', 'node_modules/(zod|fastest-levenshtein)/'] },
    },
    {
      name: 'core-has-no-built-ins',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'view-renders-only',
      comment: 'src/view: pure string renderers with colour passed in; they use the core and chalk types, never the shell.',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { pathNot: ['^src/(core|view)/', 'node_modules/chalk/'] },
    },
    {
      name: 'view-has-no-built-ins',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shell-does-not-reach-up',
      comment: 'src/shell serves the commands; it never imports them.',
      severity: 'error',
      from: { path: '^src/shell/' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A file nothing imports is dead code (entry points excepted).',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '^src/commands/main\\.ts$',
          '^src/commands/front\\.ts$',
          '^src/shell/check-data\\.ts$',
          '^src/shell/prerender-figures\\.ts$',
          '^src/shell/translate-data\\.ts$',
          '\\.d\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
