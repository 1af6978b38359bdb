// Writes docs/spec-reference.md and docs/rules.md (see scripts/gen-docs.ts). Usage: node scripts/gen-docs.run.mjs [--check]
// The TypeScript sources are compiled on the fly with the project's own `typescript` (transpile only), so
// this needs no build step; --check exits 1 when a generated file is stale instead of writing it.
import { registerHooks } from 'node:module';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

registerHooks({
  resolve(specifier, context, next) {
    // NodeNext sources import './x.js' for './x.ts'.
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const candidate = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
      if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url.startsWith('file:') && url.endsWith('.ts')) {
      const source = ts.transpileModule(readFileSync(fileURLToPath(url), 'utf8'), {
        fileName: fileURLToPath(url),
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
      }).outputText;
      return { format: 'module', source, shortCircuit: true };
    }
    return next(url, context);
  },
});

const { generateDocs } = await import(pathToFileURL(join(root, 'scripts', 'gen-docs.ts')).href);
const check = process.argv.includes('--check');
let stale = 0;
for (const doc of await generateDocs(root)) {
  const file = join(root, doc.path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === doc.content) continue;
  if (check) {
    console.error(`${doc.path} is stale: run node scripts/gen-docs.run.mjs`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, doc.content);
    console.log(`wrote ${doc.path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
