// Builds the committed bundles with @vercel/ncc: dist/ (the action, src/index.ts) and dist/cli/ (the CLI, src/cli.ts).
// Azure SDKs are imported lazily (dynamic import) in the sources, so ncc puts them in chunks that
// only the plan and apply paths load.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--quiet', '--target', 'es2023'], {
    stdio: 'inherit',
  });
}
