// scripts/jest-plain-summary.js: CI reads the run's last line, 'tests: N passed, N failed[, N skipped]', whatever
// jest prints before it (its own summary reporter always runs after the configured reporters). A throwaway jest
// run over three tiny tests (one passes, one fails, one is skipped) checks the line and that it comes last.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'amlnet-plain-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the plain line closes the combined output, counts included, and the exit code still says failed', () => {
  writeFileSync(
    join(dir, 'tiny.check.cjs'),
    "test('passes', () => {});\ntest('fails', () => { throw new Error('no'); });\ntest.skip('skipped', () => {});\n",
  );
  const config = {
    rootDir: dir,
    testMatch: ['**/*.check.cjs'],
    transform: {},
    reporters: ['default', resolve('scripts/jest-plain-summary.js')],
  };
  const jest = resolve('node_modules/jest/bin/jest.js');
  const out = join(dir, 'out.txt');
  // One file for stdout and stderr, as a CI log has them: the order is the order of the writes.
  const r = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" "${jest}" --config '${JSON.stringify(config)}' > "${out}" 2>&1`],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', CI: 'true' } },
  );
  const lines = readFileSync(out, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  expect(r.status).toBe(1);
  expect(lines).toContain('Tests:       1 failed, 1 skipped, 1 passed, 3 total');
  expect(lines.at(-1)).toBe('tests: 1 passed, 1 failed, 1 skipped');
});
