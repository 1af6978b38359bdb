// Plan-time refusals of what Azure would refuse only at apply (issue #15, item 4), end to end against the emulator:
// a subnet the spec does not list overlaps the service CIDR of a cluster to create. Without the live rule, amlnet
// would write the subnets and the NSG and then meet AKS's 400 ServiceCidrOverlapExistingSubnetsCidr at the cluster
// (the emulator answers it as AKS does); with it, the plan is refused with a finding at the line and column of
// serviceCidr, and the apply writes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import { applyFor, armWrites, clearRequestLog, loadSpecAsync, planFor, startWorld } from './world.js';

test('a subnet outside the spec that overlaps the service CIDR: refused at plan time, zero writes', async () => {
  // aks-default without its declared address space, so that the seeded VNet (10.0.0.0/8) can hold the jumpbox.
  const text = readFileSync('examples/aks-default.yml', 'utf8').replace(/^ {2}addressSpace: .*\n/m, '');
  const path = join(mkdtempSync(join(tmpdir(), 'amlnet-refused-')), 'amlnet.yml');
  writeFileSync(path, text);
  const spec = await loadSpecAsync(path);
  const vnetId = `/subscriptions/${spec.subscriptionId}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
  const jumpbox = {
    id: `${vnetId}/subnets/jumpbox`,
    name: 'jumpbox',
    type: 'Microsoft.Network/virtualNetworks/subnets',
    properties: { addressPrefix: '10.0.4.0/24', provisioningState: 'Succeeded' },
  };
  const world = await startWorld(undefined, { resources: prerequisitesOf(spec, { subnets: [jumpbox] }) });
  try {
    const { plan } = await planFor(world, path);
    expect(plan.refused).toBe(true);
    const finding = plan.findings.find((f) => f.ruleId === 'LIVE-SERVICE-CIDR-OVERLAPS-SUBNET');
    const line = text.split('\n').findIndex((l) => l.includes('serviceCidr: 10.0.0.0/16')) + 1;
    expect(finding).toMatchObject({
      severity: 'error',
      path: 'aksClusters[0].serviceCidr',
      line,
      message: expect.stringContaining('overlaps subnet jumpbox (10.0.4.0/24) of VNet ml-vnet in Azure'),
    });
    expect(finding?.column).toBeGreaterThan(1);
    await clearRequestLog(world);
    const result = await applyFor(world, spec, plan);
    expect(result.status).toBe('refused');
    expect(await armWrites(world)).toEqual([]);
  } finally {
    await world.close();
  }
});
