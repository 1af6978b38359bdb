// Load test of the emulator: N concurrent keep-alive HTTPS clients doing authenticated ARM GETs of a resource
// group for a few seconds; prints requests/second and p50/p99 latency. The emulator runs as its own process
// (`amlnet emulator`), as in the demo and the action tests.
//
//   node --experimental-transform-types --import ./scripts/ts-hooks.mjs bench/emulator-rps.ts [--clients 16] [--seconds 3]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface ReadyInfo {
  armEndpoint: string;
  authorityHost: string;
  oidcRequestUrl: string;
  oidcRequestToken: string;
  caCertPath: string;
  tenantId: string;
  clientId: string;
  subscriptionId: string;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const clients = arg('clients', 16);
const seconds = arg('seconds', 3);

function request(
  agent: https.Agent,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { agent, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function main(): Promise<void> {
  const root = new URL('../', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-bench-'));
  const sub = '00000000-0000-0000-0000-000000000000';
  const statePath = join(dir, 'state.json');
  writeFileSync(
    statePath,
    JSON.stringify({
      resources: [
        {
          id: `/subscriptions/${sub}/resourceGroups/ml-rg`,
          location: 'eastus2',
          properties: { provisioningState: 'Succeeded' },
        },
      ],
    }),
  );
  const child = spawn(
    process.execPath,
    [
      '--no-warnings',
      '--experimental-transform-types',
      '--import',
      './scripts/ts-hooks.mjs',
      'src/bin.ts',
      'emulator',
      '--state',
      statePath,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const info = await new Promise<ReadyInfo>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(JSON.parse(out) as ReadyInfo);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const agent = new https.Agent({ keepAlive: true, maxSockets: clients, ca: readFileSync(info.caCertPath, 'utf8') });

  // Sign in once, as amlnet does: GitHub ID token -> Entra client assertion -> ARM access token.
  const idToken = JSON.parse(
    (
      await request(agent, `${info.oidcRequestUrl}&audience=api://AzureADTokenExchange`, {
        headers: { authorization: `Bearer ${info.oidcRequestToken}` },
      })
    ).body,
  ).value as string;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: info.clientId,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: idToken,
    scope: 'https://management.azure.com/.default',
  }).toString();
  const tokenRes = await request(agent, `${info.authorityHost}/${info.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(form)) },
    body: form,
  });
  const accessToken = JSON.parse(tokenRes.body).access_token as string;
  const url = `${info.armEndpoint}/subscriptions/${sub}/resourceGroups/ml-rg?api-version=2021-04-01`;
  const headers = { authorization: `Bearer ${accessToken}` };
  const first = await request(agent, url, { headers });
  if (first.status !== 200) throw new Error(`warm-up GET answered ${first.status}: ${first.body}`);

  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t = performance.now();
      const res = await request(agent, url, { headers });
      latencies.push(performance.now() - t);
      if (res.status !== 200) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;

  latencies.sort((a, b) => a - b);
  const pct = (p: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `emulator-rps: ${clients} keep-alive HTTPS clients, ${elapsed.toFixed(1)} s, authenticated GET resourceGroup`,
  );
  console.log(`  requests   ${latencies.length} (${errors} not 200)`);
  console.log(`  rps        ${(latencies.length / elapsed).toFixed(0)}`);
  console.log(`  p50        ${pct(50).toFixed(2)} ms`);
  console.log(`  p99        ${pct(99).toFixed(2)} ms`);

  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

main().catch((err: unknown) => {
  console.error(`emulator-rps: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
