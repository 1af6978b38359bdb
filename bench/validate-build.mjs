// Shared by the validate benchmarks: bundles an entry with @vercel/ncc into /tmp (never into dist/), the same way
// scripts/bundle.mjs builds the shipped CLI, so the figures are those of the bundled code.
// ncc type-checks the whole project: when a type error elsewhere (another area's work in progress) stops the
// build, it is retried with --transpile-only. That mode compiles our ESM sources as CommonJS, which works for
// the validate path but not for entries that reach the ESM-only @actions/* packages; for those, `fallback`
// names a smaller entry to build instead (and the benchmark says so).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

function ncc(entry, out, transpileOnly) {
  const args = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--minify', '--quiet'];
  if (transpileOnly) args.push('--transpile-only');
  execFileSync(process.execPath, [...args, '--target', 'es2023'], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function bundle(entry, name, fallback) {
  const out = join(tmpdir(), `amlnet-bench-${name}`);
  const attempts = [[entry, false], [entry, true], ...(fallback === undefined ? [] : [[fallback, true]])];
  for (const [file, transpileOnly] of attempts) {
    try {
      ncc(file, out, transpileOnly);
      if (file !== entry || transpileOnly) {
        process.stderr.write(`(the type-checked build of ${entry} failed; measured ${file}, --transpile-only)\n`);
      }
      return join(out, 'index.js');
    } catch (err) {
      if (file === attempts[attempts.length - 1][0] && transpileOnly === attempts[attempts.length - 1][1]) {
        process.stderr.write(String(err.stderr ?? err.message));
        throw new Error(`could not bundle ${entry}`, { cause: err });
      }
    }
  }
  throw new Error('unreachable');
}
