// Property: any setup a person can build by hand that amlnet can manage round-trips. fast-check generates worlds
// (address space, subnets with or without the NSG and an ACI delegation, foreign NSG rules of every shape, AKS
// clusters created by Azure ML or by AKS and attached, private or not, Azure CNI or kubenet, the role at the
// resource group or on the subnet, an internal load balancer switched on afterwards); each is built through the
// ARM API in a fresh emulator, imported, and then checked on its own: the written text validates without an error,
// and planning it against the same Azure state gives no change (or, for the one setup amlnet would change, the
// change is reported as a finding in the written file).
import fc from 'fast-check';
import { validateSpecText } from '../../src/validate.js';
import { planSpec } from '../../src/app/plan.js';
import { importFromAzure } from '../../src/app/import.js';
import {
  createAksCompute,
  createAndAttachCluster,
  createNetwork,
  emptyWorld,
  grantNetworkContributor,
  rgId,
  subnetId,
  switchToInternalLoadBalancer,
  type RuleInput,
  type SubnetInput,
} from './hand-built.js';

/** Worlds tried per run (each one is an emulator, ~10 ARM writes, an import and a plan). */
const RUNS = Number(process.env.AMLNET_PBT_RUNS ?? 25);

interface ClusterInput {
  kind: 'aml' | 'aks-azure' | 'aks-kubenet';
  privateCluster: boolean;
  roleOnSubnet: boolean;
  ilb: boolean;
}

interface World {
  second: number;
  withNsg: boolean;
  subnets: { nsg: boolean; aci: boolean }[];
  rules: RuleInput[];
  clusters: ClusterInput[];
}

const prefixList = fc.oneof(
  fc.constantFrom<string | string[]>('*', 'Internet', 'VirtualNetwork', 'AzureLoadBalancer', '203.0.113.0/24'),
  fc.uniqueArray(fc.constantFrom('10.20.0.0/16', '10.30.0.0/16', '198.51.100.7', '192.0.2.0/28'), {
    minLength: 2,
    maxLength: 3,
  }),
);
const portList = fc.oneof(
  fc.constantFrom<string | string[]>('*', '443', '80', '8000-8100'),
  fc.uniqueArray(fc.constantFrom('22', '443', '5000-5100', '8125'), { minLength: 2, maxLength: 3 }),
);

const rules: fc.Arbitrary<RuleInput[]> = fc
  .uniqueArray(fc.integer({ min: 100, max: 4096 }), { minLength: 0, maxLength: 5 })
  .chain((priorities) =>
    fc.tuple(
      ...priorities.map((priority, i) =>
        fc.record({
          name: fc.constant(`rule-${i}-${priority}`),
          priority: fc.constant(priority),
          direction: fc.constantFrom<'Inbound' | 'Outbound'>('Inbound', 'Outbound'),
          access: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'),
          protocol: fc.constantFrom('Tcp', 'Udp', '*', 'Icmp'),
          source: prefixList,
          destination: prefixList,
          ports: portList,
          description: fc.option(fc.constantFrom('team rule', 'added by hand, 2024'), { nil: undefined }),
        }),
      ),
    ),
  )
  .map((rs) => rs as RuleInput[]);

const cluster: fc.Arbitrary<ClusterInput> = fc.record({
  kind: fc.constantFrom<ClusterInput['kind']>('aml', 'aks-azure', 'aks-kubenet'),
  privateCluster: fc.boolean(),
  roleOnSubnet: fc.boolean(),
  ilb: fc.boolean(),
});

const world: fc.Arbitrary<World> = fc
  .record({
    second: fc.integer({ min: 1, max: 200 }),
    withNsg: fc.boolean(),
    extra: fc.array(fc.record({ nsg: fc.boolean(), aci: fc.boolean() }), { maxLength: 2 }),
    rules,
    clusters: fc.array(cluster, { maxLength: 2 }),
  })
  .map(({ second, withNsg, extra, rules: rs, clusters }) => ({
    second,
    withNsg,
    // One subnet per cluster (guarded by the NSG: amlnet would associate it otherwise), then the extra ones; at most
    // one ACI subnet.
    subnets: [
      ...clusters.map(() => ({ nsg: true, aci: false })),
      ...extra.map((e, i) => ({ nsg: e.nsg, aci: e.aci && !extra.slice(0, i).some((x) => x.aci) })),
      ...(clusters.length === 0 && extra.length === 0 ? [{ nsg: true, aci: false }] : []),
    ],
    rules: rs,
    clusters,
  }));

let tried = 0;

test(`${RUNS} generated hand-built worlds: import, then validate (no error) and plan (no change)`, async () => {
  await fc.assert(
    fc.asyncProperty(world, async (wd) => {
      tried++;
      const w = await emptyWorld();
      try {
        const subnets: SubnetInput[] = wd.subnets.map((s, i) => ({
          name: `subnet-${i}`,
          prefix: `10.${wd.second}.${i}.0/24`,
          nsg: s.nsg,
          ...(s.aci ? { delegation: 'Microsoft.ContainerInstance/containerGroups' } : {}),
        }));
        await createNetwork(w.clients, {
          addressSpace: [`10.${wd.second}.0.0/16`],
          subnets,
          rules: wd.rules,
          nsg: wd.withNsg,
        });
        for (const [i, c] of wd.clusters.entries()) {
          const subnet = `subnet-${i}`;
          const name = `aks-${i}`;
          const mc =
            c.kind === 'aml'
              ? await createAksCompute(w.clients, name, {
                  subnet,
                  serviceCidr: '10.251.0.0/16',
                  dnsServiceIP: '10.251.0.10',
                  dockerBridgeCidr: '172.17.0.1/16',
                })
              : await createAndAttachCluster(w.clients, name, {
                  subnet,
                  networkPlugin: c.kind === 'aks-azure' ? 'azure' : 'kubenet',
                  ...(c.kind === 'aks-kubenet' ? { podCidr: '10.244.0.0/16' } : {}),
                  serviceCidr: '10.251.0.0/16',
                  dnsServiceIP: '10.251.0.10',
                  privateCluster: c.privateCluster,
                });
          await grantNetworkContributor(w.clients, mc, c.roleOnSubnet ? subnetId(subnet) : rgId());
          // Azure ML supports the internal load balancer with Azure CNI only.
          if (c.ilb && c.kind !== 'aks-kubenet') await switchToInternalLoadBalancer(w.clients, name, subnet);
        }

        const result = await importFromAzure({
          target: {
            workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
            network: { resourceGroup: 'ml-rg', name: 'ml-vnet' },
          },
          clients: w.clients,
          file: 'imported.yml',
        });
        // Checked again from the text alone, not from what import says about itself.
        const v = validateSpecText(result.text, 'imported.yml');
        expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
        const planned = await planSpec({ specPath: 'imported.yml', specText: result.text, clients: w.clients });
        if (planned.status !== 'planned') throw new Error('the imported spec did not plan');
        const changes = planned.plan.changes.filter((c) => c.action !== 'no-op');
        // Every change the plan would make is reported by import, placed in the file.
        const reported = result.findings.filter((f) => f.ruleId === 'IMPORT-PLAN-DIFFERS');
        expect(reported.length).toBe(changes.length);
        expect(result.roundTrip).toBe(changes.length === 0);
        // A delegated ACI subnet without the NSG is the one hand-built setup here that amlnet would change (it
        // guards every subnet it lists): reported, never silent. Every other world plans to no change.
        // Without --security-group, the NSG is found through the subnets that use it.
        const nsgFound = wd.withNsg && wd.subnets.some((s) => s.nsg);
        const aciUnguarded = nsgFound && wd.subnets.some((s) => s.aci && !s.nsg);
        if (aciUnguarded) {
          expect(changes.map((c) => c.reason)).toEqual([expect.stringMatching(/^associate ml-nsg with subnet-\d+$/)]);
          expect(reported[0].line).toBeGreaterThan(1);
        } else {
          expect(changes).toEqual([]);
        }
        // What was built is what was written.
        expect(result.spec.aksClusters?.length ?? 0).toBe(wd.clusters.length);
        expect(result.spec.network.securityGroup?.name).toBe(nsgFound ? 'ml-nsg' : undefined);
        expect(result.spec.network.securityGroup?.rules?.length ?? 0).toBe(nsgFound ? wd.rules.length : 0);
        expect(result.spec.aci?.subnet).toBe(
          wd.subnets.findIndex((s) => s.aci) >= 0 ? `subnet-${wd.subnets.findIndex((s) => s.aci)}` : undefined,
        );
      } finally {
        await w.close();
      }
    }),
    { numRuns: RUNS, seed: Number(process.env.AMLNET_PBT_SEED ?? Date.now() % 2 ** 31) },
  );
  expect(tried).toBeGreaterThanOrEqual(RUNS);
  process.stdout.write(`import round trip: ${tried} generated worlds tried\n`);
}, 600_000);
