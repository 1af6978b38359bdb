// Runs the TypeScript CLI from source in a plain `node` (Node 24 strips types natively): maps the sources'
// NodeNext `.js` import suffixes to their `.ts` files, and records every module that gets loaded so a test can
// prove which packages a command pulls in.  usage: node run-ts.mjs <entry.ts> [args...]
// With AMLNET_LOADED_MODULES=FILE set, the list of loaded module URLs is written there at exit.
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const loaded = new Set();
registerHooks({
  resolve(specifier, context, nextResolve) {
    let resolved;
    try {
      resolved = nextResolve(specifier, context);
    } catch (err) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw err;
      resolved = nextResolve(specifier.slice(0, -3) + '.ts', context);
    }
    loaded.add(resolved.url);
    return resolved;
  },
});

const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
if (process.env.AMLNET_LOADED_MODULES) {
  process.on('exit', () => writeFileSync(process.env.AMLNET_LOADED_MODULES, [...loaded].join('\n')));
}
await import(pathToFileURL(entry).href);
