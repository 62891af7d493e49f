/**
 * How dependency-cruiser reads our TypeScript. Its own type-aware parser needs
 * the TypeScript compiler API, which TypeScript 7 no longer ships, so it reads
 * each file through Babel instead. Babel would drop type-only imports
 * (`import type`), yet they are dependencies between folders too (a map module
 * that needs a briefing type depends on briefing/). This plugin keeps each one
 * visible as a `require()` call, which nothing else in src/ uses: rules about
 * the runtime bundle skip edges of type "require"; the layer and cycle rules
 * see them all.
 */
function typeImportsAsRequire({ types: t }) {
  const isTypeOnly = (node) =>
    node.importKind === 'type' ||
    node.exportKind === 'type' ||
    (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
  const asRequire = (source) =>
    t.expressionStatement(t.callExpression(t.identifier('require'), [t.stringLiteral(source)]));
  // On entering the program: the TypeScript preset removes type imports there.
  const enter = (program) => {
    for (const statement of program.get('body')) {
      const node = statement.node;
      const isImportOrExport = statement.isImportDeclaration() || statement.isExportNamedDeclaration();
      if (isImportOrExport && node.source && isTypeOnly(node)) statement.replaceWith(asRequire(node.source.value));
    }
  };
  return { visitor: { Program: { enter } } };
}

module.exports = {
  babelrc: false,
  configFile: false,
  plugins: [typeImportsAsRequire],
  // onlyRemoveTypeImports: an import without `type` counts as a runtime one.
  presets: [['@babel/preset-typescript', { onlyRemoveTypeImports: true }]],
};
