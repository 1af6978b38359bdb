// `amlnet demo` end to end (in process): the emulator, a pull request planned and commented through the
// action's code path, the merge applied, and the two files a reader looks at.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/commands/demo.js';

test('amlnet demo plays a pull request and its merge and writes the comment and the apply summary', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'amlnet-demo-')), 'demo');
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let code: number;
  try {
    code = await run(['--out', out]);
  } finally {
    process.stdout.write = write;
  }
  const text = printed.join('');
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
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array): boolean => {
    errors.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    expect(await run(['--fast'])).toBe(2);
  } finally {
    process.stderr.write = write;
  }
  expect(errors.join('')).toContain("amlnet demo: unknown argument '--fast'");
});
