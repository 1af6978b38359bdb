import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { stringify } from 'yaml';
import { startEmulator } from '../emulator/index.js';
import { prerequisitesOf } from '../emulator/prerequisites.js';
import type { Spec } from '../src/spec/types.js';
const SUB = '00000000-0000-0000-0000-000000000000';
const subnets = Array.from({ length: 20 }, (_, i) => ({ name: `aks-${i}`, addressPrefix: `10.1.${i * 4}.0/22` }));
const spec = { version: 1, subscriptionId: SUB, location: 'eastus2', workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
  network: { resourceGroup: 'ml-rg', name: 'ml-vnet', addressSpace: ['10.1.0.0/16'], subnets, securityGroup: { name: 'ml-nsg', rules: [] } },
  aksClusters: subnets.map((s, i) => ({ name: `aks${i}`, subnet: s.name, networkPlugin: 'azure', agentCount: 3, serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.10' })) };
const events: string[] = [];
let t0 = 0;
const emu = await startEmulator({ state: { resources: prerequisitesOf(spec as unknown as Spec, { subnets: subnets.map((s) => ({ name: s.name, properties: { addressPrefix: s.addressPrefix } })) }), timings: { lroMs: { default: 0 } } },
  onRequest: (e) => { if (t0) events.push(`${Date.now() - e.durationMs - t0} ms start ${e.service} (${e.durationMs} ms)`); } });
tls.setDefaultCACertificates([...tls.getCACertificates('default'), emu.caCertPem]);
const dir = mkdtempSync(join(tmpdir(), 'amlnet-trace-'));
writeFileSync(join(dir, 'amlnet.yml'), stringify(spec));
writeFileSync(join(dir, 'ca.pem'), emu.caCertPem);
const extra = process.argv.slice(2);
for (let k = 0; k < 3; k++) {
  events.length = 0;
  t0 = Date.now();
  await new Promise<void>((res) => {
    const c = spawn(process.execPath, [...extra, 'bin/amlnet.js', 'plan', '--spec', join(dir, 'amlnet.yml'), '--workspace', dir, '--arm-endpoint', emu.info.armEndpoint, '--authority-host', emu.info.authorityHost],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'), ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken, AZURE_TENANT_ID: emu.info.tenantId, AZURE_CLIENT_ID: emu.info.clientId } });
    c.on('exit', () => res());
  });
  console.log(`run ${k}: total ${Date.now() - t0} ms`);
  console.log(events.slice(0, 4).join('\n'));
}
await emu.close();
