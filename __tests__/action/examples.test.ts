// Every example spec, as a pull request would see it: run() the way the runner runs it, against a fresh emulator
// world holding what the spec presupposes. Each pull request gets exactly one plan comment (marker, plan hash equal
// to the output, every planned change listed, under GitHub's limit), planning writes nothing to Azure, and a second
// push edits that same comment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import type { RunningEmulator } from '../../emulator/types.js';
import { run } from '../../src/main.js';
import { createPipeline } from '../../src/app/pipeline.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';
import type { Plan } from '../../src/plan/model.js';
import { commands, loadEvent, runAction, trustEmulator } from './harness.js';

// Azure ML v2 examples (kubernetesClusters) are refused at plan time until amlnet plans them (see apply/examples).
const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .filter((f) => !/^kubernetesClusters:/m.test(readFileSync(join('examples', f), 'utf8')));
const MARKER = '<!-- amlnet:plan spec=amlnet.yml -->';
const pipeline = createPipeline({ pollIntervalMs: 5, maxRetryAfterSeconds: 0 });

describe.each(EXAMPLES)('examples/%s on a pull request', (file) => {
  const text = readFileSync(join('examples', file), 'utf8');
  let emu: RunningEmulator;

  beforeAll(async () => {
    const spec = parseSpecText(text).value as Spec;
    emu = await startEmulator({ state: { resources: prerequisitesOf(spec), timings: { lroMs: { default: 10 } } } });
    trustEmulator(emu);
  });
  afterAll(async () => {
    await emu?.close();
  });

  const planPr = async (headSha: string) => {
    const payload = loadEvent('pull_request');
    (payload['pull_request'] as { head: { sha: string } }).head.sha = headSha;
    return runAction((io) => run(io, pipeline), {
      inputs: {
        'github-token': emu.info.githubToken,
        'client-id': emu.info.clientId,
        'tenant-id': emu.info.tenantId,
        'arm-endpoint': emu.info.armEndpoint,
        'authority-host': emu.info.authorityHost,
      },
      eventName: 'pull_request',
      payload,
      files: { 'amlnet.yml': text },
      sha: headSha,
      ref: 'refs/pull/1/merge',
      emulator: emu.info,
    });
  };
  const ours = () => (emu.world.github.repositories[0].comments[1] ?? []).filter((c) => c.body.includes(MARKER));

  test('gets one sticky plan comment that lists every planned change, and planning writes nothing', async () => {
    const first = await planPr('ab'.repeat(20));
    expect(commands(first.stdout, 'error')).toEqual([]);
    expect(first.failed).toBe(false);
    expect(first.outputs).toMatchObject({ valid: 'true', 'has-changes': 'true' });
    const hash = first.outputs['plan-hash'];
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const plan = JSON.parse(readFileSync(first.outputs['plan-file'], 'utf8')) as Plan;
    expect(plan.planHash).toBe(hash);
    expect(plan.refused).toBe(false);
    const [comment] = ours();
    expect(ours()).toHaveLength(1);
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain(`plan-hash: ${hash}`);
    expect(comment.body).toContain('ab'.repeat(20));
    expect(comment.body.length).toBeLessThan(65_536);
    for (const change of plan.changes.filter((c) => c.action !== 'no-op')) {
      expect(comment.body).toContain(change.address);
    }

    const state = (await (await fetch(`${emu.info.armEndpoint}/_emulator/requests`)).json()) as {
      requests: { service: string; method: string }[];
    };
    expect(state.requests.filter((r) => r.service === 'arm' && r.method !== 'GET')).toEqual([]);

    const second = await planPr('cd'.repeat(20));
    expect(second.failed).toBe(false);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(comment.id);
    expect(ours()[0].body).toContain('cd'.repeat(20));
    expect(second.outputs['plan-hash']).toBe(hash);
  });
});
