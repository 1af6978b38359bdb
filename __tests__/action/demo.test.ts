// `amlnet demo` end to end (in process): the emulator, a pull request planned and commented through the
// action's code path, the merge applied, and the two files a reader looks at.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/commands/demo.js';
import type { Output } from '../../src/commands/args.js';

function recorder(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

test('amlnet demo plays a pull request and its merge and writes the comment and the apply summary', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'amlnet-demo-')), 'demo');
  const print = recorder();
  const code = await runDemo(['--out', out], print);
  const text = print.out.join('');
  expect(code).toBe(0);
  const comment = readFileSync(join(out, 'plan-comment.md'), 'utf8');
  const summary = readFileSync(join(out, 'apply-summary.md'), 'utf8');
  expect(comment.startsWith('<!-- amlnet:plan spec=amlnet.yml -->')).toBe(true);
  const hash = /plan-hash: ([0-9a-f]{64})/.exec(comment)?.[1];
  expect(hash).toBeDefined();
  expect(summary).toContain('Apply complete.');
  expect(summary).toContain(`plan-hash: ${hash}`);
  expect(summary).toContain('AciWebservice.deploy_configuration(vnet_name="ml-vnet", subnet_name="aci-subnet")');
  // What the terminal shows: both documents, and no workflow commands (they go to the action logs).
  expect(text).toContain(comment.trimEnd());
  expect(text).toContain('The job summary of the apply on merge:');
  expect(text).not.toMatch(/^::/m);
  expect(readFileSync(join(out, 'apply', 'action.log'), 'utf8')).toContain('::add-mask::');
});

test('amlnet demo rejects unknown arguments with exit code 2', async () => {
  const print = recorder();
  expect(await runDemo(['--fast'], print)).toBe(2);
  expect(print.err.join('')).toContain("amlnet demo: unknown argument '--fast'");
  expect(print.out).toEqual([]);
});
