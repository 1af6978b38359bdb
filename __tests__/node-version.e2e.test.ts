// On a Node older than 24 the command line (bin/amlnet.js) and the action entry (node dist/index.js) print one
// line, "amlnet needs Node 24 or later", and exit 2, never a bundler error or a stack trace. Run with the system's
// older Node when there is one (/usr/bin/node, or AMLNET_OLD_NODE), and always with this Node told it is 20.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeVersionProblem } from '../src/node-version.js';

const BUNDLE = process.env['AMLNET_BUNDLE'] ?? join(process.cwd(), 'dist', 'index.js');
const CLI = join(process.cwd(), 'bin', 'amlnet.js');

interface OldNode {
  name: string;
  /** The executable and the arguments before the script. */
  command: string;
  args: string[];
}

function majorOf(node: string): number {
  const r = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return r.status === 0 ? Number.parseInt(r.stdout, 10) : NaN;
}

const SIMULATED: OldNode = {
  name: 'this Node, reporting 20.11.1',
  command: process.execPath,
  args: ['--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})'],
};
const systemNode = process.env['AMLNET_OLD_NODE'] ?? '/usr/bin/node';
const OLD_NODES: OldNode[] =
  existsSync(systemNode) && majorOf(systemNode) < 24
    ? [SIMULATED, { name: `${systemNode} (Node ${majorOf(systemNode)})`, command: systemNode, args: [] }]
    : [SIMULATED];

function run(node: OldNode, script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(node.command, [...node.args, script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
}

describe.each(OLD_NODES.map((n) => [n.name, n] as const))('on an older Node: %s', (_name, node) => {
  test.each([['--help'], ['validate', '--spec', 'examples/aks-default.yml'], ['plan']])(
    'amlnet %s exits 2 with the one line',
    (...args) => {
      const r = run(node, CLI, args);
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
      expect(r.stderr).toMatch(/^amlnet needs Node 24 or later; this is Node 20\.\d+\.\d+\n$/);
    },
  );

  test('the action entry (node dist/index.js) exits 2 with the line as an error annotation', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const r = run(node, BUNDLE, [], { GITHUB_ACTIONS: 'true' });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/^::error::amlnet needs Node 24 or later; this is Node 20\.\d+\.\d+\n$/);
  });
});

test('Node 24 itself runs the command line', () => {
  const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('usage: amlnet');
});

test.each([
  ['20.20.2', 'amlnet needs Node 24 or later; this is Node 20.20.2'],
  ['23.11.0', 'amlnet needs Node 24 or later; this is Node 23.11.0'],
  ['24.0.0', undefined],
  ['26.1.0', undefined],
  ['', 'amlnet needs Node 24 or later; this is Node '],
])('nodeVersionProblem(%j)', (version, expected) => {
  expect(nodeVersionProblem(version)).toBe(expected);
});
