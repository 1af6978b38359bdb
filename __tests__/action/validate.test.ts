// The action in validate mode, run the way the runner runs it (INPUT_*, GITHUB_*, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, workflow commands on stdout). Offline: no emulator needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/main.js';
import { commands, loadEvent, runAction } from './harness.js';

const SPECS = join(process.cwd(), '__fixtures__', 'specs');
const valid = readFileSync(join(SPECS, 'valid.yml'), 'utf8');
const errors = readFileSync(join(SPECS, 'errors.yml'), 'utf8');

describe('validate mode', () => {
  test('error findings become annotations on the spec lines, a summary table and valid=false', async () => {
    const result = await runAction((io) => run(io), {
      inputs: { command: 'validate', spec: './amlnet.yml' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': errors },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.failed).toBe(true);
    expect(result.outputs['valid']).toBe('false');
    const errs = commands(result.stdout, 'error');
    // priority: 50 is on line 26, its value at column 19; the unknown key adressPrefix on line 17.
    expect(errs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error title=[A-Z-]+,file=amlnet\.yml,line=26,col=19::.*priority/i),
        expect.stringMatching(/^::error title=SPEC-UNKNOWN-KEY,file=amlnet\.yml,line=17,col=\d+::.*adressPrefix/),
      ]),
    );
    // The last ::error is the failure itself (core.setFailed), without a file.
    expect(errs[errs.length - 1]).toMatch(
      /^::error::amlnet\.yml: \d+ error finding\(s\); nothing was planned or applied/,
    );
    expect(result.summary).toContain('## amlnet validate: `amlnet.yml`');
    expect(result.summary).toContain('| severity | rule | location | spec path | message |');
    expect(result.summary).toMatch(
      /\| 🛑 error \| \[`SPEC-UNKNOWN-KEY`\]\([^)]*docs\/rules\.md#spec-unknown-key\) \| `amlnet\.yml:17:\d+` \|/,
    );
    expect(result.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  test('a valid spec passes: valid=true, no failure, findings table in the summary', async () => {
    const result = await runAction((io) => run(io), {
      inputs: { command: 'validate' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': valid },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.outputs['valid']).toBe('true');
    expect(result.summary).toContain('### Findings');
  });

  test('a missing spec file is an error finding on the file, not a crash', async () => {
    const result = await runAction((io) => run(io), {
      inputs: { command: 'validate', spec: 'infra/missing.yml' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: {},
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.failed).toBe(true);
    expect(result.outputs['valid']).toBe('false');
    expect(commands(result.stdout, 'error')[0]).toMatch(
      /^::error title=SPEC-UNREADABLE,file=infra\/missing\.yml,line=1,col=1::/,
    );
  });

  test('a bad input fails with the value and the expected form', async () => {
    const result = await runAction((io) => run(io), {
      inputs: { command: 'deploy' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': valid },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.failed).toBe(true);
    expect(commands(result.stdout, 'error')).toEqual([
      "::error::input 'command' is 'deploy'; expected one of: auto, validate, plan, apply, import",
    ]);
  });
});
