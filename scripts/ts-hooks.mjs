// Lets plain `node` run the TypeScript sources (benchmarks, and tests that spawn the CLI from source):
// the sources say `./x.js` for `./x.ts` (NodeNext), so a relative `.js` that does not exist resolves to
// the `.ts` beside it. Use with Node's type transform:
//   node --experimental-transform-types --import ./scripts/ts-hooks.mjs src/bin.ts emulator
// With AMLNET_LOADED_MODULES=FILE, every module URL resolved is written to FILE at exit, so a test can
// prove which packages a command loads (validate must load no @azure/* or @actions/*).
import { registerHooks } from 'node:module';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const record = process.env.AMLNET_LOADED_MODULES;
const loaded = new Set();
if (record) process.on('exit', () => writeFileSync(record, [...loaded].join('\n')));

registerHooks({
  resolve(specifier, context, nextResolve) {
    let target = specifier;
    if (
      (specifier.startsWith('.') || specifier.startsWith('/')) &&
      specifier.endsWith('.js') &&
      context.parentURL?.startsWith('file:')
    ) {
      const url = new URL(specifier, context.parentURL);
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(ts))) target = ts.href;
    }
    const resolved = nextResolve(target, context);
    if (record) loaded.add(resolved.url);
    return resolved;
  },
});
