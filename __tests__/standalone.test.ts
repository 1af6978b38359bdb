// The repository stands alone: a clone with nothing beside it builds, tests and documents itself. No file may
// read or cite the team's working folder or its notes, which no user or hosted runner has; sources are public
// https links (see src/rules/offline/sources.ts). The patterns are assembled so this file does not match them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = process.cwd();
const SKIP = new Set(['node_modules', '.tools', 'dist', '.git', 'coverage', '.amlnet']);
const FORBIDDEN = [
  ['..', 'shared'].join('/'),
  ['azure', 'api', 'notes'].join('-'),
  ['CONTRACT', 'section'].join(' '),
  ['CONTRACT', 'md'].join('.'),
  ['seeds', ''].join('/'),
];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && /\.(ts|js|mjs|cjs|json|ya?ml|md|sh|txt)$|^run$/.test(entry.name)) yield path;
  }
}

test('no file reads or cites documents outside the repository', () => {
  const hits: string[] = [];
  let scanned = 0;
  for (const file of files(ROOT)) {
    scanned += 1;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const needle of FORBIDDEN) {
        if (line.includes(needle)) hits.push(`${relative(ROOT, file)}:${i + 1}: ${needle}`);
      }
    });
  }
  expect(scanned).toBeGreaterThan(200);
  expect(hits).toEqual([]);
});
