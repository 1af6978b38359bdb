// Builds the committed bundle with @vercel/ncc: dist/ from src/index.ts, which is the GitHub Action when run as a
// process (action.yml) and exports the command line for bin/amlnet.js. The action's code and the Azure SDKs are
// imported lazily (dynamic import) in the sources, so ncc puts them in chunks that only the paths needing them load.
//
// Third-party licenses: ncc's --license misses ESM dependencies, so dist/licenses.txt is written from
// webpack's own module list (--stats-out): every package with at least one module in the bundle,
// with its license text from the package folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const statsDir = mkdtempSync(join(tmpdir(), 'amlnet-ncc-'));
rmSync('dist', { recursive: true, force: true });

const packages = new Set();
function collect(modules) {
  for (const m of modules ?? []) {
    // The module's file is what follows the last loader ('!'); keep its package folder, nested ones included.
    const file = (m.identifier ?? m.name ?? '').split('!').pop();
    const start = file.indexOf('node_modules/');
    if (start >= 0 && !file.includes('@vercel/ncc')) {
      const re = /node_modules\/((?:@[^/]+\/)?[^/]+)/g;
      let end = start;
      for (let hit = re.exec(file); hit; hit = re.exec(file)) end = hit.index + hit[0].length;
      packages.add(file.slice(start, end));
    }
    collect(m.modules);
  }
}

for (const [entry, out] of [['src/index.ts', 'dist']]) {
  const stats = join(statsDir, `${out.replace('/', '-')}.json`);
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--minify', '--quiet', '--target', 'es2023', '--stats-out', stats],
    { stdio: 'inherit' },
  );
  collect(JSON.parse(readFileSync(stats, 'utf8')).modules);
}
rmSync(statsDir, { recursive: true, force: true });

const sections = [...packages].sort().map((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file
    ? readFileSync(join(dir, file), 'utf8').trim()
    : `(no license file shipped; package.json says ${pkg.license})`;
  return `${pkg.name}@${pkg.version}\nlicense: ${pkg.license ?? 'UNKNOWN'}\n\n${text}\n`;
});
if (!existsSync('dist')) throw new Error('ncc produced no dist/');
writeFileSync(
  'dist/licenses.txt',
  `Third-party software bundled in dist/ (${sections.length} packages)\n\n` +
    sections.join('\n' + '-'.repeat(72) + '\n\n'),
);
