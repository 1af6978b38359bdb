// The pure core (docs/architecture.md) imports no SDK and nothing from the adapters: these tests read every
// import of every core module and fail naming the file and the import that breaks the rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The core's folders (and its one top-level module, the offline validation pipeline). */
const CORE = ['spec', 'rules', 'net', 'plan', 'render', 'live', 'findings', 'import'];
const CORE_FILES = ['validate.ts'];
/** Packages the core may use: data-format and address libraries, never an SDK or the Actions toolkit. */
const CORE_PACKAGES = new Set(['yaml', 'ajv', 'ip-address', 'uuid']);
/** Folders of src/ that hold adapters and wiring, and the emulator beside src/. */
const ADAPTERS = ['azure', 'github', 'commands', 'app'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier of static imports, re-exports and dynamic imports (comments stripped first). */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)) out.push(m[2]!);
  return out;
}

/** Why the import breaks the core's rule, or undefined when it is allowed. */
export function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  if (!specifier.startsWith('.')) {
    const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    return CORE_PACKAGES.has(pkg) ? undefined : `package ${pkg} is not one the core may use`;
  }
  const target = relative(SRC, resolve(dirname(file), specifier));
  if (target.startsWith('..')) return `${target} is outside src/ (the emulator or tests)`;
  const top = target.split('/')[0]!;
  return ADAPTERS.includes(top) ? `src/${top}/ is an adapter layer` : undefined;
}

const coreFiles = [...CORE.flatMap((d) => tsFiles(join(SRC, d))), ...CORE_FILES.map((f) => join(SRC, f))];

describe('the pure core', () => {
  it('has modules in every core folder (the scan below sees them)', () => {
    for (const dir of CORE) expect(coreFiles.some((f) => relative(SRC, f).startsWith(`${dir}/`))).toBe(true);
  });

  it('imports no SDK and nothing from azure/, github/, commands/, app/ or the emulator', () => {
    const broken = coreFiles.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = violation(file, spec);
        return why === undefined ? [] : [`src/${relative(SRC, file)}: '${spec}': ${why}`];
      }),
    );
    expect(broken).toEqual([]);
  });
});

describe('the import scan itself', () => {
  const file = join(SRC, 'plan', 'x.ts');
  it('finds static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import { a } from '../azure/clients.js';",
      "import type { B } from '@azure/core-auth';",
      "export { c } from '../github/event.js';",
      "const d = await import('../commands/plan.js');",
      "import '../../emulator/index.js';",
      "// import { e } from '../azure/ignored.js';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      '../azure/clients.js',
      '@azure/core-auth',
      '../github/event.js',
      '../commands/plan.js',
      '../../emulator/index.js',
    ]);
  });
  it('rejects SDKs and adapter folders and accepts the core and node builtins', () => {
    expect(violation(file, '@azure/core-auth')).toMatch(/package @azure\/core-auth/);
    expect(violation(file, '@actions/core')).toMatch(/package @actions\/core/);
    expect(violation(file, '../azure/live/read.js')).toMatch(/src\/azure\/ is an adapter/);
    expect(violation(file, '../app/plan.js')).toMatch(/src\/app\//);
    expect(violation(file, '../../emulator/index.js')).toMatch(/outside src/);
    expect(violation(file, '../live/types.js')).toBeUndefined();
    expect(violation(file, './build.js')).toBeUndefined();
    expect(violation(file, 'node:crypto')).toBeUndefined();
    expect(violation(file, 'yaml')).toBeUndefined();
  });
});
