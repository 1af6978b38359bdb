// The Actions I/O port's contract: the in-memory port (src/github/fake-io.ts) that the demo and the action tests
// run on leaves the same trace as the @actions/core adapter on a real runner process — the same log lines
// (workflow commands and their escaping), the same outputs, the same job summary, the same failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeIO, workflowCommand } from '../../src/github/fake-io.js';
import { parseRunnerFile } from '../action/runner-file.js';
import { exercise } from './io-script.js';

describe('ActionsIO: the in-memory port matches the @actions/core adapter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-io-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)) base[k] = v;
  }
  const child = spawnSync(
    process.execPath,
    [
      '--no-warnings',
      '--experimental-transform-types',
      '--import',
      './scripts/ts-hooks.mjs',
      join(process.cwd(), '__tests__', 'github', 'io-child.ts'),
    ],
    {
      encoding: 'utf8',
      env: {
        ...base,
        NODE_OPTIONS: '',
        INPUT_SPEC: ' infra/amlnet.yml ',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
      },
    },
  );

  const fake = new FakeIO({ inputs: { spec: ' infra/amlnet.yml ' } });
  const ran = exercise(fake);

  test('the same log lines, in the same order', async () => {
    await ran;
    expect(child.stderr).toBe('');
    expect(child.stdout.split('\n').slice(0, -1)).toEqual(fake.lines);
    // What the runner turns into an annotation on infra/a,b.yml line 3, column 5 (escaped as core escapes it).
    expect(fake.lines).toContain(
      '::error title=RULE-X,file=infra/a%2Cb.yml,line=3,col=5::bad value, here: 100%25%0Asecond line',
    );
  });

  test('the same outputs (GITHUB_OUTPUT read as the runner reads it) and the same summary', async () => {
    await ran;
    expect(parseRunnerFile(readFileSync(outputFile, 'utf8'))).toEqual(fake.outputs);
    expect(fake.outputs).toEqual({ plain: 'value', multi: 'line 1\nline 2' });
    expect(readFileSync(summaryFile, 'utf8')).toBe(fake.summaryText);
  });

  test('setFailed fails the step in both', async () => {
    await ran;
    expect(child.status).toBe(1);
    expect(fake.failed).toBe(true);
    expect(fake.failure).toBe('it failed');
  });

  test('the fake keeps what a test asserts on: annotations with their place, masked secrets', async () => {
    await ran;
    expect(fake.secrets).toEqual(['s3cr3t-value']);
    expect(fake.annotations.map((a) => [a.level, a.properties.file ?? null])).toEqual([
      ['error', 'infra/a,b.yml'],
      ['warning', null],
      ['notice', 'amlnet.yml'],
      ['error', null],
    ]);
    expect(workflowCommand('warning', 'w', {})).toBe('::warning::w');
  });
});
