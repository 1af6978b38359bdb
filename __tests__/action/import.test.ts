// `command: import` in the action, run the way the runner runs it (INPUT_* variables, GITHUB_OUTPUT and the job
// summary files) against a setup built by hand through the ARM API: the spec is written under RUNNER_TEMP, the
// `imported-spec` output names it, the job summary shows it, and nothing but reads reached ARM.
import { readFileSync } from 'node:fs';
import { run } from '../../src/main.js';
import { createPipeline } from '../../src/app/pipeline.js';
import type { FakeIO } from '../../src/github/fake-io.js';
import { validateSpecText } from '../../src/validate.js';
import { loadEvent, runAction } from './harness.js';
import {
  createAksCompute,
  createNetwork,
  emptyWorld,
  grantNetworkContributor,
  rgId,
  SUB,
  type Built,
} from '../import/hand-built.js';

const runIt = (io: FakeIO): Promise<void> => run(io, createPipeline({ pollIntervalMs: 5, maxRetryAfterSeconds: 0 }));

let w: Built;
beforeAll(async () => {
  w = await emptyWorld();
  await createNetwork(w.clients, {
    addressSpace: ['10.1.0.0/16'],
    subnets: [{ name: 'aks-subnet', prefix: '10.1.0.0/22' }],
    rules: [{ name: 'allow-scoring', priority: 200, direction: 'Inbound', source: 'Internet', ports: '443' }],
  });
  const mc = await createAksCompute(w.clients, 'aks-a', {
    subnet: 'aks-subnet',
    serviceCidr: '10.0.0.0/16',
    dnsServiceIP: '10.0.0.10',
    dockerBridgeCidr: '172.17.0.1/16',
  });
  await grantNetworkContributor(w.clients, mc, rgId());
});
afterAll(async () => w.close());

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  command: 'import',
  'import-workspace': 'ml-rg/ml-ws',
  'import-network': 'ml-rg/ml-vnet',
  'subscription-id': SUB,
  'client-id': w.emu.info.clientId,
  'tenant-id': w.emu.info.tenantId,
  'arm-endpoint': w.emu.info.armEndpoint,
  'authority-host': w.emu.info.authorityHost,
  ...extra,
});

test('command: import writes the spec under RUNNER_TEMP, outputs its path and shows it in the summary', async () => {
  await fetch(`${w.emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
  const result = await runAction(runIt, {
    inputs: inputs(),
    eventName: 'workflow_dispatch',
    payload: loadEvent('push'),
    files: {},
    sha: 'ab'.repeat(20),
    emulator: w.emu.info,
  });
  expect(result.failed).toBe(false);
  const file = result.outputs['imported-spec'];
  expect(file.startsWith(result.env.RUNNER_TEMP)).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(validateSpecText(text, 'amlnet.yml').valid).toBe(true);
  expect(text).toMatch(/^ {2}- name: aks-a\n {4}mode: attach$/m);
  expect(result.summary).toContain('## amlnet import: `ml-rg/ml-ws`');
  expect(result.summary).toContain('its plan against the same Azure state has no change');
  expect(result.summary).toContain('    mode: attach');
  const res = await fetch(`${w.emu.info.armEndpoint}/_emulator/requests`);
  const arm = ((await res.json()) as { requests: { method: string; service: string }[] }).requests.filter(
    (r) => r.service !== 'entra',
  );
  expect(arm.filter((r) => r.method !== 'GET')).toEqual([]);
});

test('command: import without import-network fails with the input named, before any Azure call', async () => {
  const result = await runAction(runIt, {
    inputs: inputs({ 'import-network': '' }),
    eventName: 'workflow_dispatch',
    payload: loadEvent('push'),
    files: {},
    sha: 'ab'.repeat(20),
    emulator: w.emu.info,
  });
  expect(result.failed).toBe(true);
  expect(result.stdout).toMatch(
    /::error::input 'import-network' is ''; command: import needs it as RESOURCE-GROUP\/NAME/,
  );
});
