// The committed bundle, run as the runner runs it: `node dist/index.js` in a child process with INPUT_* and
// GITHUB_* variables. Skipped until dist/index.js exists (the lead rebuilds dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import type { RunningEmulator } from '../../emulator/types.js';
import { commands, loadEvent, prerequisites, runBundle } from './harness.js';

// AMLNET_BUNDLE points at another build (e.g. one made in a temporary directory) without touching dist/.
const BUNDLE = process.env['AMLNET_BUNDLE'] ?? join(process.cwd(), 'dist', 'index.js');
const SPECS = join(process.cwd(), '__fixtures__', 'specs');
const describeBundle = existsSync(BUNDLE) ? describe : describe.skip;

describeBundle('node dist/index.js', () => {
  test('validate with errors: annotations, valid=false, exit code 1, no stack trace', async () => {
    const result = await runBundle(BUNDLE, {
      inputs: { command: 'validate' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': readFileSync(join(SPECS, 'errors.yml'), 'utf8') },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.failed).toBe(true);
    expect(result.outputs['valid']).toBe('false');
    expect(commands(result.stdout, 'error')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error title=SPEC-UNKNOWN-KEY,file=amlnet\.yml,line=17,col=\d+::/),
      ]),
    );
    expect(result.summary).toContain('| severity | rule | location | spec path | message |');
    expect(result.stdout).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });

  test('validate a valid spec: exit code 0, valid=true', async () => {
    const result = await runBundle(BUNDLE, {
      inputs: { command: 'validate' },
      eventName: 'push',
      payload: loadEvent('push'),
      files: { 'amlnet.yml': readFileSync(join(SPECS, 'valid.yml'), 'utf8') },
      sha: '4444444444444444444444444444444444444444',
    });
    expect(result.failed).toBe(false);
    expect(result.outputs['valid']).toBe('true');
  });

  describe('against the emulator', () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startEmulator({
        state: { resources: prerequisites(), timings: { lroMs: { default: 10, 'retry-after': 0 } } },
      });
    });
    afterAll(async () => {
      await emu?.close();
    });

    test('a pull request with errors gets its findings comment over HTTPS (NODE_EXTRA_CA_CERTS)', async () => {
      const repo = emu.world.github.repositories[0];
      const pull = repo.pulls.find((p) => p.state === 'open');
      if (pull === undefined) throw new Error('no open pull request in the emulator');
      const payload = loadEvent('pull_request');
      const pr = payload['pull_request'] as { number: number; head: { sha: string } };
      payload['number'] = pull.number;
      pr.number = pull.number;
      pr.head.sha = pull.headSha;
      const result = await runBundle(
        BUNDLE,
        {
          inputs: { 'github-token': emu.info.githubToken },
          eventName: 'pull_request',
          payload,
          files: { 'amlnet.yml': readFileSync(join(SPECS, 'errors.yml'), 'utf8') },
          sha: pull.headSha,
          emulator: emu.info,
        },
        { NODE_EXTRA_CA_CERTS: emu.info.caCertPath },
      );
      expect(result.failed).toBe(true);
      const mine = (repo.comments[pull.number] ?? []).filter((c) =>
        c.body.includes('<!-- amlnet:plan spec=amlnet.yml -->'),
      );
      expect(mine).toHaveLength(1);
      expect(result.outputs['comment-url']).toContain(`#issuecomment-${mine[0].id}`);
      // Masked first thing (the runner hides it from then on), never printed otherwise.
      const lines = result.stdout.split('\n').filter((l) => l.includes(emu.info.githubToken));
      expect(lines).toEqual([`::add-mask::${emu.info.githubToken}`]);
    });

    test('a pull request with a valid spec gets the live plan (Azure SDK chunks load from the bundle)', async () => {
      const repo = emu.world.github.repositories[0];
      const pull = repo.pulls.find((p) => p.state === 'open');
      if (pull === undefined) throw new Error('no open pull request in the emulator');
      const payload = loadEvent('pull_request');
      const pr = payload['pull_request'] as { number: number; head: { sha: string } };
      payload['number'] = pull.number;
      pr.number = pull.number;
      pr.head.sha = pull.headSha;
      const result = await runBundle(
        BUNDLE,
        {
          inputs: {
            'github-token': emu.info.githubToken,
            'client-id': emu.info.clientId,
            'tenant-id': emu.info.tenantId,
            'arm-endpoint': emu.info.armEndpoint,
            'authority-host': emu.info.authorityHost,
          },
          eventName: 'pull_request',
          payload,
          files: { 'amlnet.yml': readFileSync(join(SPECS, 'valid.yml'), 'utf8') },
          sha: pull.headSha,
          emulator: emu.info,
        },
        { NODE_EXTRA_CA_CERTS: emu.info.caCertPath },
      );
      expect(commands(result.stdout, 'error')).toEqual([]);
      expect(result.failed).toBe(false);
      expect(result.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
      const mine = (repo.comments[pull.number] ?? []).filter((c) =>
        c.body.includes('<!-- amlnet:plan spec=amlnet.yml -->'),
      );
      expect(mine).toHaveLength(1); // the findings comment of the previous test, edited into the plan
      expect(mine[0].body).toContain(`plan-hash: ${result.outputs['plan-hash']}`);
    });
  });
});
