// Azure ML v2 (kubernetesClusters): the v2-only rules, table-driven, and the cluster network rules that now hold
// for both kinds of cluster (the same rule code, reached through the analysis).
import { describe, expect, it } from '@jest/globals';
import { offlineRules } from '../../src/rules/index.js';
import {
  k8sHttps,
  k8sIlbNeedsAzureCni,
  k8sRouterHaNodes,
  k8sSecretInSpec,
  legacyAksCompute,
} from '../../src/rules/offline/kubernetes.js';
import { resolveKubernetesCluster } from '../../src/spec/defaults.js';
import type { KubernetesClusterSpec, Spec } from '../../src/spec/types.js';
import { minimalSpec, run } from './spec-fixtures.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const OTHER = '11111111-1111-1111-1111-111111111111';
const aksId = (sub = SUB): string =>
  `/subscriptions/${sub}/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/aks1`;

/** A minimal v2 spec: one subnet, one Kubernetes compute with HTTPS named, no legacy clusters. */
function k8sSpec(over: Partial<KubernetesClusterSpec> = {}, more: Partial<KubernetesClusterSpec>[] = []): Spec {
  const spec = minimalSpec();
  delete spec.aksClusters;
  spec.kubernetesClusters = [over, ...more].map((o, i) => ({
    name: i === 0 ? 'k8s' : `k8s${i}`,
    subnet: 'aks-subnet',
    sslCname: 'scoring.contoso.com',
    sslSecret: 'scoring-tls',
    ...o,
  }));
  return spec;
}

function findings(spec: Spec): string[] {
  return offlineRules.flatMap((r) => r.check({ spec }).map((f) => `${r.id} ${f.path}`));
}

describe('a v2 spec', () => {
  it('that relies on every default (HTTPS named) has no findings', () => {
    expect(findings(k8sSpec())).toEqual([]);
  });

  it('resolves the CLI defaults: HA on and FastProd with 3 nodes, off and DevTest below', () => {
    expect(resolveKubernetesCluster(k8sSpec(), 0)).toMatchObject({
      kind: 'kubernetesClusters',
      mode: 'create',
      clusterName: 'k8s',
      resourceGroup: 'ml-rg',
      inferenceRouter: 'internalLoadBalancer',
      inferenceRouterHA: true,
      clusterPurpose: 'FastProd',
      allowInsecureConnections: false,
      namespace: 'default',
      extensionName: 'azureml',
    });
    expect(resolveKubernetesCluster(k8sSpec({ agentCount: 2 }), 0)).toMatchObject({
      inferenceRouterHA: false,
      clusterPurpose: 'DevTest',
    });
  });

  it('takes an attached cluster name and group from its resourceId', () => {
    expect(resolveKubernetesCluster(k8sSpec({ mode: 'attach', resourceId: aksId() }), 0)).toMatchObject({
      clusterName: 'aks1',
      resourceGroup: 'aks-rg',
      inferenceRouterHA: true,
    });
  });
});

describe('cluster network rules hold for kubernetesClusters', () => {
  it.each<[string, Partial<KubernetesClusterSpec>, string]>([
    [
      'service CIDR overlapping the subnet',
      { serviceCidr: '10.1.0.0/16', dnsServiceIp: '10.1.0.10' },
      'AKS-SERVICE-CIDR-OVERLAPS-SUBNET kubernetesClusters[0].serviceCidr',
    ],
    [
      'DNS IP outside the service CIDR',
      { serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.9.0.10' },
      'AKS-DNS-IN-SERVICE-CIDR kubernetesClusters[0].dnsServiceIp',
    ],
    [
      'half-given service pair',
      { serviceCidr: '10.0.0.0/16' },
      'AKS-SERVICE-CIDR-DNS-PAIR kubernetesClusters[0].serviceCidr',
    ],
    [
      'service CIDR in a reserved range',
      { serviceCidr: '172.30.0.0/16', dnsServiceIp: '172.30.0.10' },
      'AKS-SERVICE-CIDR-RESERVED kubernetesClusters[0].serviceCidr',
    ],
    [
      'pod CIDR with plain Azure CNI',
      { podCidr: '10.244.0.0/16' },
      'AKS-POD-CIDR-PLUGIN kubernetesClusters[0].podCidr',
    ],
    [
      'subnet too small for Azure CNI',
      { agentCount: 10, maxPods: 110 },
      'AKS-SUBNET-TOO-SMALL network.subnets[0].addressPrefix',
    ],
    ['location other than the VNet', { location: 'westus' }, 'AML-CLUSTER-LOCATION kubernetesClusters[0].location'],
    ['undeclared subnet', { subnet: 'nope' }, 'AML-SUBNET-UNKNOWN kubernetesClusters[0].subnet'],
    [
      'attach id in another subscription',
      { mode: 'attach', resourceId: aksId(OTHER) },
      'AML-ATTACH-SUBSCRIPTION kubernetesClusters[0].resourceId',
    ],
    ['attach without resourceId', { mode: 'attach' }, 'AML-ATTACH-RESOURCE-ID kubernetesClusters[0].resourceId'],
    [
      'create-only field on attach',
      { mode: 'attach', resourceId: aksId(), vmSize: 'Standard_D8s_v3' },
      'AML-ATTACH-IGNORED kubernetesClusters[0].vmSize',
    ],
    ['bad compute name', { name: 'k8s-' }, 'AML-COMPUTE-NAME kubernetesClusters[0].name'],
  ])('%s', (_title, over, expected) => {
    expect(findings(k8sSpec(over))).toContain(expected);
  });

  it('compute names are unique across aksClusters and kubernetesClusters', () => {
    const spec = k8sSpec({ name: 'myaks' });
    spec.aksClusters = [{ name: 'MyAks', subnet: 'aks-subnet' }];
    expect(findings(spec)).toContain('AML-COMPUTE-NAME-UNIQUE kubernetesClusters[0].name');
  });

  it('clusters of both kinds share the subnet in the sizing rule', () => {
    // /22 holds 1019 usable addresses; each cluster takes (3+1) x (30+1) = 124 with Azure CNI: 8 fit (992), 9 do not.
    const fits = k8sSpec(
      {},
      Array.from({ length: 7 }, () => ({})),
    );
    fits.aksClusters = [];
    expect(findings(fits).filter((f) => f.startsWith('AKS-SUBNET-TOO-SMALL'))).toEqual([]);
    const over = k8sSpec(
      {},
      Array.from({ length: 8 }, () => ({})),
    );
    over.aksClusters = [{ name: 'legacy', subnet: 'aks-subnet' }];
    expect(findings(over).filter((f) => f.startsWith('AKS-SUBNET-TOO-SMALL'))).toHaveLength(1);
  });
});

describe('AML-K8S-ILB-KUBENET', () => {
  it.each<[string, Partial<KubernetesClusterSpec>, number]>([
    ['default router (internal LB) with kubenet', { networkPlugin: 'kubenet' }, 1],
    ['explicit internal LB with kubenet', { networkPlugin: 'kubenet', inferenceRouter: 'internalLoadBalancer' }, 1],
    ['internal LB with Azure CNI', { networkPlugin: 'azure', inferenceRouter: 'internalLoadBalancer' }, 0],
    ['nodePort with kubenet', { networkPlugin: 'kubenet', inferenceRouter: 'nodePort' }, 0],
    ['public load balancer with kubenet', { networkPlugin: 'kubenet', inferenceRouter: 'loadBalancer' }, 0],
  ])('%s', (_t, over, count) => {
    const out = run(k8sIlbNeedsAzureCni, k8sSpec(over));
    expect(out).toHaveLength(count);
    if (count) expect(out[0]).toMatchObject({ path: 'kubernetesClusters[0].networkPlugin' });
  });

  it('says when the internal load balancer is the default', () => {
    expect(run(k8sIlbNeedsAzureCni, k8sSpec({ networkPlugin: 'kubenet' }))[0].message).toContain('(the default)');
  });
});

describe('AML-K8S-ROUTER-HA-NODES', () => {
  it.each<[string, Partial<KubernetesClusterSpec>, number]>([
    ['HA with 2 nodes', { agentCount: 2, inferenceRouterHA: true }, 1],
    ['HA with 1 node', { agentCount: 1, inferenceRouterHA: true }, 1],
    ['HA with 3 nodes (the boundary)', { agentCount: 3, inferenceRouterHA: true }, 0],
    ['HA off with 1 node', { agentCount: 1, inferenceRouterHA: false }, 0],
    ['HA left to the default with 2 nodes (turned off, as the CLI does)', { agentCount: 2 }, 0],
  ])('%s', (_t, over, count) => {
    expect(run(k8sRouterHaNodes, k8sSpec(over))).toHaveLength(count);
  });
});

describe('AML-K8S-HTTPS', () => {
  it.each<[string, Partial<KubernetesClusterSpec>, string[]]>([
    ['HTTPS with both named', {}, []],
    ['HTTPS (default) without sslCname', { sslCname: null }, ['error kubernetesClusters[0].sslCname']],
    ['HTTPS without sslSecret', { sslSecret: null }, ['error kubernetesClusters[0].sslSecret']],
    [
      'explicit HTTPS without either',
      { allowInsecureConnections: false, sslCname: null, sslSecret: null },
      ['error kubernetesClusters[0].sslCname', 'error kubernetesClusters[0].sslSecret'],
    ],
    ['HTTP without certificate settings', { allowInsecureConnections: true, sslCname: null, sslSecret: null }, []],
    [
      'HTTP with certificate settings (ignored)',
      { allowInsecureConnections: true },
      ['warning kubernetesClusters[0].sslCname', 'warning kubernetesClusters[0].sslSecret'],
    ],
  ])('%s', (_t, over, expected) => {
    expect(run(k8sHttps, k8sSpec(over)).map((f) => `${f.severity ?? 'error'} ${f.path}`)).toEqual(expected);
  });
});

describe('AML-K8S-SECRET-IN-SPEC', () => {
  const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
  const blob = 'TUlJRXZRSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS2N3Z2dTakFnRUFBb0lCQVFD'.repeat(2);
  it.each<[string, string, RegExp | null]>([
    ['a secret name', 'scoring-tls', null],
    ['a dotted secret name', 'scoring.tls-2', null],
    ['a PEM private key', pem, /looks like a certificate or key/],
    ['a base64 blob', blob, /looks like a certificate or key/],
    ['upper case', 'Scoring_TLS', /not a Kubernetes secret name/],
    ['too long', 'a.'.repeat(127) + 'a', /not a Kubernetes secret name/],
  ])('%s', (_t, sslSecret, expected) => {
    const out = run(k8sSecretInSpec, k8sSpec({ sslSecret }));
    if (expected === null) {
      expect(out).toEqual([]);
      return;
    }
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(expected);
    // The value itself is never repeated (it may be a key).
    expect(`${out[0].message} ${out[0].hint ?? ''}`).not.toContain(sslSecret.slice(0, 12));
  });

  it('a certificate key under its own name is refused by the schema (unknown key), before any rule runs', async () => {
    const { validateSpecText } = await import('../../src/validate.js');
    const { stringify } = await import('yaml');
    const spec = k8sSpec() as Spec & { kubernetesClusters: Record<string, unknown>[] };
    spec.kubernetesClusters[0].sslKey = pem;
    const result = validateSpecText(stringify(spec), 'amlnet.yml');
    expect(result.valid).toBe(false);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'SPEC-UNKNOWN-KEY', path: expect.stringContaining('kubernetesClusters[0]') }),
      ]),
    );
    expect(JSON.stringify(result.findings)).not.toContain('MIIEvQIBADANBgkq');
  });
});

describe('AML-LEGACY-AKS-COMPUTE', () => {
  it('warns on each legacy cluster and names its v2 equivalent', () => {
    const spec = minimalSpec({ loadBalancerType: 'InternalLoadBalancer' });
    const out = run(legacyAksCompute, spec);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ path: 'aksClusters[0]' });
    expect(out[0].message).toContain('2026-06-30');
    expect(out[0].hint).toContain('inferenceRouter: internalLoadBalancer');
    expect(legacyAksCompute.severity).toBe('warning');
  });

  it('is silent for a v2-only spec', () => {
    expect(run(legacyAksCompute, k8sSpec())).toEqual([]);
  });
});
