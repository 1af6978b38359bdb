// `amlnet demo`: plays a pull request and its merge against the local emulator, through the action's own
// code path (src/main.ts run(), through the in-memory Actions I/O port holding the runner's inputs and
// variables), and prints what a reviewer would see: the plan comment on the pull request, then the job
// summary of the apply that ran on merge.
// Both are written to files (default .amlnet/demo/). Needs no network and no credentials.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tls from 'node:tls';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import { parseSpecText } from '../spec/parse.js';
import type { Spec } from '../spec/types.js';
import { FakeIO } from '../github/fake-io.js';
import { processOutput, type Output } from './args.js';
import type { ActionsIO } from '../github/io.js';

const usage = `usage: amlnet demo [--out DIR]

Starts the emulator in this process with a virtual network and an Azure ML workspace, writes a spec,
plays a pull request (validate, plan, sticky comment) and its merge (apply with GitHub OIDC), and
prints the plan comment and the apply summary. Files go to DIR (default .amlnet/demo).`;

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const REPOSITORY = 'octo-org/octo-repo';

/** The spec the pull request adds: an inference cluster on a private IP, an ACI subnet, one scoring rule. */
export const DEMO_SPEC = `# Added by pull request #1: private scoring for the inference cluster, and ACI in the VNet.
version: 1
subscriptionId: ${SUBSCRIPTION}
location: eastus2

workspace:
  resourceGroup: ml-rg
  name: ml-ws

network:
  resourceGroup: ml-rg
  name: ml-vnet
  addressSpace: [10.1.0.0/16]
  subnets:
    - name: aks-subnet
      addressPrefix: 10.1.0.0/22
    - name: aci-subnet
      addressPrefix: 10.1.8.0/24
      delegation: Microsoft.ContainerInstance/containerGroups
  securityGroup:
    name: ml-nsg
    rules:
      - name: allow-scoring-inbound
        direction: Inbound
        access: Allow
        protocol: Tcp
        priority: 200
        sourceAddressPrefixes: [10.1.0.0/16]
        destinationPortRanges: ['443']
        description: Scoring clients inside the virtual network

aksClusters:
  - name: myaks
    mode: create
    vmSize: Standard_D3_v2
    agentCount: 3
    subnet: aks-subnet
    networkPlugin: azure
    serviceCidr: 10.0.0.0/16
    dnsServiceIp: 10.0.0.10
    dockerBridgeCidr: 172.17.0.1/16
    loadBalancerType: InternalLoadBalancer
    loadBalancerSubnet: aks-subnet

aci:
  subnet: aci-subnet
`;

/** What exists before the pull request (amlnet never creates these): the resource group, the VNet, the workspace. */
function world(): Record<string, unknown> {
  return {
    resources: prerequisitesOf(parseSpecText(DEMO_SPEC).value as Spec),
    // Long-running operations finish quickly so the demo runs in seconds.
    timings: { lroMs: { default: 20, 'retry-after': 0 } },
  };
}

interface JobFiles {
  dir: string;
  outputs: string;
  summary: string;
  log: string;
}

function parseArgs(argv: string[]): { out: string } | { help: true } | { error: string } {
  let out = join('.amlnet', 'demo');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--out') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return { error: '--out needs a directory' };
      out = v;
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else return { error: `unknown argument '${a}'` };
  }
  return { out };
}

/**
 * Runs the action once through an in-memory port holding the job's inputs and variables; its log (workflow
 * commands included), outputs and job summary go to files, not the terminal.
 */
async function runJob(
  files: JobFiles,
  job: { inputs: Record<string, string>; env: Record<string, string> },
  run: (io: ActionsIO) => Promise<void>,
): Promise<{ failed: boolean; outputs: Record<string, string>; summary: string }> {
  mkdirSync(files.dir, { recursive: true });
  const io = new FakeIO(job);
  await run(io);
  writeFileSync(files.log, io.log);
  writeFileSync(files.outputs, JSON.stringify(io.outputs, null, 2) + '\n');
  writeFileSync(files.summary, io.summaryText);
  return { failed: io.failed, outputs: io.outputs, summary: io.summaryText };
}

export async function run(argv: string[]): Promise<number> {
  return runDemo(argv, processOutput);
}

/** The command with its terminal output injectable (tests). */
export async function runDemo(argv: string[], print: Output): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    print.stdout(usage + '\n');
    return 0;
  }
  if ('error' in args) {
    print.stderr(`amlnet demo: ${args.error}\n\n${usage}\n`);
    return 2;
  }
  const started = Date.now();
  const out = resolve(args.out);
  const workspace = join(out, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'amlnet.yml'), DEMO_SPEC);

  const [{ startEmulator }, { run: runAction }, { createPipeline }] = await Promise.all([
    import('../../emulator/index.js'),
    import('../main.js'),
    import('../app/pipeline.js'),
  ]);
  mkdirSync(join(out, 'emulator'), { recursive: true });
  const emu = await startEmulator({ state: world(), dataDir: join(out, 'emulator') });
  try {
    // Trust the emulator's CA in this process (Node >= 24.5), as NODE_EXTRA_CA_CERTS would for a child.
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), emu.caCertPem]);
    const info = emu.info;
    const control = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
      const res = await fetch(`${info.armEndpoint}/_emulator${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`emulator ${path}: HTTP ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const pipeline = createPipeline({ pollIntervalMs: 10, maxRetryAfterSeconds: 0 });
    const action = (io: ActionsIO): Promise<void> => runAction(io, pipeline);
    const repo = emu.world.github.repositories[0];
    const pull = repo.pulls.find((p) => p.state === 'open');
    if (pull === undefined) throw new Error('the emulator has no open pull request');

    const inputs: Record<string, string> = {
      spec: 'amlnet.yml',
      command: 'auto',
      'client-id': info.clientId,
      'tenant-id': info.tenantId,
      'arm-endpoint': info.armEndpoint,
      'authority-host': info.authorityHost,
      'github-token': info.githubToken,
      comment: 'true',
      'on-plan-change': 'fail',
    };
    const common: Record<string, string> = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: info.githubApiUrl,
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: join(out, 'runner-temp'),
      ACTIONS_ID_TOKEN_REQUEST_URL: info.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: info.oidcRequestToken,
    };
    const repoPayload = {
      full_name: REPOSITORY,
      name: 'octo-repo',
      owner: { login: 'octo-org' },
      default_branch: 'main',
    };

    // 1. The pull request: plan + sticky comment (OIDC subject repo:octo-org/octo-repo:pull_request).
    print.stdout(`amlnet demo: pull request #${pull.number} adds amlnet.yml; running the action (pull_request)\n`);
    const prEvent = join(out, 'pull_request.json');
    writeFileSync(
      prEvent,
      JSON.stringify({
        action: 'opened',
        number: pull.number,
        pull_request: {
          number: pull.number,
          head: { sha: pull.headSha, ref: pull.headRef, repo: repoPayload },
          base: { ref: 'main', repo: repoPayload },
        },
        repository: repoPayload,
      }),
    );
    const pr = await runJob(
      {
        dir: join(out, 'pr'),
        outputs: join(out, 'pr', 'outputs.json'),
        summary: join(out, 'pr', 'summary.md'),
        log: join(out, 'pr', 'action.log'),
      },
      {
        inputs,
        env: {
          ...common,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: prEvent,
          GITHUB_SHA: pull.headSha,
          GITHUB_REF: `refs/pull/${pull.number}/merge`,
        },
      },
      action,
    );
    const marker = '<!-- amlnet:plan spec=amlnet.yml -->';
    const comment = (repo.comments[pull.number] ?? []).find((c) => c.body.includes(marker));
    if (pr.failed || comment === undefined) {
      print.stderr(`amlnet demo: the pull request run failed; see ${join(out, 'pr', 'action.log')}\n`);
      return 1;
    }
    writeFileSync(join(out, 'plan-comment.md'), comment.body);

    // 2. The merge: apply in the protected environment (OIDC subject ...:environment:production).
    const merged = await control('/github/merge', { number: pull.number });
    const mergeSha = String(merged['mergeCommitSha']);
    await control('/oidc', { subject: `repo:${REPOSITORY}:environment:production` });
    print.stdout(`amlnet demo: merged as ${mergeSha.slice(0, 12)}; running the action (push to main)\n`);
    const pushEvent = join(out, 'push.json');
    writeFileSync(pushEvent, JSON.stringify({ ref: 'refs/heads/main', after: mergeSha, repository: repoPayload }));
    const apply = await runJob(
      {
        dir: join(out, 'apply'),
        outputs: join(out, 'apply', 'outputs.json'),
        summary: join(out, 'apply', 'summary.md'),
        log: join(out, 'apply', 'action.log'),
      },
      {
        inputs,
        env: {
          ...common,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: pushEvent,
          GITHUB_SHA: mergeSha,
          GITHUB_REF: 'refs/heads/main',
        },
      },
      action,
    );
    const summary = apply.summary;
    writeFileSync(join(out, 'apply-summary.md'), summary);

    const rule = '-'.repeat(100);
    print.stdout(
      [
        '',
        rule,
        `The plan comment on pull request #${pull.number} (${pr.outputs['comment-url'] ?? 'comment'}):`,
        rule,
        comment.body.trimEnd(),
        '',
        rule,
        'The job summary of the apply on merge:',
        rule,
        summary.trimEnd(),
        rule,
        '',
        `plan comment:  ${join(out, 'plan-comment.md')}`,
        `apply summary: ${join(out, 'apply-summary.md')}`,
        `action logs:   ${join(out, 'pr', 'action.log')}, ${join(out, 'apply', 'action.log')}`,
        `apply ${apply.failed ? 'FAILED' : 'succeeded'}: plan-hash ${apply.outputs['plan-hash'] ?? '?'}` +
          (apply.outputs['aci-subnet'] ? `, ACI subnet ${apply.outputs['aci-subnet']}` : ''),
        `demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        '',
      ].join('\n'),
    );
    return apply.failed ? 1 : 0;
  } finally {
    await emu.close();
  }
}
