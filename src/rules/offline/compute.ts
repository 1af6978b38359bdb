// The clusters of both kinds (legacy computeType AKS, and v2 Kubernetes computes): names, modes, load balancer,
// private cluster, location, subnet. Rules about v1-only settings (loadBalancerType, dockerBridgeCidr, ...) narrow
// to the legacy clusters; the rest hold for every AKS cluster amlnet places in the VNet.
import type { AksClusterSpec, KubernetesClusterSpec, Spec } from '../../spec/types.js';
import { isKnownRegion, REGION_NAMES, regionKey, sameRegion } from '../azure-regions.js';
import { closestMatch } from '../../spec/suggest.js';
import { analysisOf, clusterPath, createdClusters, legacyClusters } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const COMPUTE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$/;
export const WORKSPACE_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/**
 * /subscriptions/{guid}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}: exactly
 * eight segments after the leading slash; ARM compares the fixed segments case-insensitively (the AML SDK itself
 * writes "resourcegroups"). Resource group: 1-90 of letters, digits, -_.() not ending in a dot; cluster: 1-63
 * letters, digits, - and _, starting and ending with a letter or digit.
 */
export const AKS_RESOURCE_ID_PATTERN = new RegExp(
  `^/subscriptions/${GUID}/resourceGroups/[-\\w.()]{0,89}[-\\w()]/providers/Microsoft\\.ContainerService/managedClusters/[a-zA-Z0-9](?:[-_a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$`,
  'i',
);

/** Fields AML drops on attach (SDK v1 _build_attach_payload removes them): the existing cluster keeps its own. */
export const CREATE_ONLY_FIELDS = [
  'vmSize',
  'agentCount',
  'maxPods',
  'maxSurge',
  'networkPlugin',
  'networkPluginMode',
  'podCidr',
  'serviceCidr',
  'dnsServiceIp',
  'dockerBridgeCidr',
] as const satisfies readonly (keyof AksClusterSpec)[];

const CLUSTER_ENUMS: { field: keyof AksClusterSpec; values: readonly string[] }[] = [
  { field: 'mode', values: ['create', 'attach'] },
  { field: 'clusterPurpose', values: ['FastProd', 'DenseProd', 'DevTest'] },
  { field: 'loadBalancerType', values: ['PublicIp', 'InternalLoadBalancer'] },
  { field: 'networkPlugin', values: ['azure', 'kubenet'] },
  { field: 'networkPluginMode', values: ['overlay'] },
  { field: 'networkContributorScope', values: ['resourceGroup', 'subnet'] },
];

/** The v2-only enum fields (the schema enforces them too; this guards specs built in code). */
const KUBERNETES_ENUMS: { field: keyof KubernetesClusterSpec; values: readonly string[] }[] = [
  { field: 'mode', values: ['create', 'attach'] },
  { field: 'inferenceRouter', values: ['loadBalancer', 'internalLoadBalancer', 'nodePort', 'clusterIP'] },
  { field: 'networkPlugin', values: ['azure', 'kubenet'] },
  { field: 'networkPluginMode', values: ['overlay'] },
  { field: 'networkContributorScope', values: ['resourceGroup', 'subnet'] },
];

/** Fields that only apply when amlnet creates the v2 cluster. */
export const KUBERNETES_CREATE_ONLY_FIELDS = [
  'clusterName',
  'resourceGroup',
  'vmSize',
  'agentCount',
  'maxPods',
  'maxSurge',
  'networkPlugin',
  'networkPluginMode',
  'podCidr',
  'serviceCidr',
  'dnsServiceIp',
  'privateCluster',
] as const satisfies readonly (keyof KubernetesClusterSpec)[];

/** One raw cluster entry of either list, with its spec path ("kubernetesClusters[1]"). */
interface RawCluster {
  path: string;
  name: string;
  location?: string | null;
  /** The entry's fields as given in the spec. */
  entry: ReadonlyMap<string, unknown>;
  enums: readonly { field: string; values: readonly string[] }[];
  createOnly: readonly string[];
  mode?: string | undefined;
}

/** Every cluster entry of the spec, legacy first: compute names share one namespace in the workspace. */
export function rawClusters(spec: Spec): RawCluster[] {
  return [
    ...(spec.aksClusters ?? []).map((c: AksClusterSpec, i) => ({
      path: `aksClusters[${i}]`,
      name: c.name,
      location: c.location,
      entry: new Map<string, unknown>(Object.entries(c)),
      enums: CLUSTER_ENUMS,
      createOnly: CREATE_ONLY_FIELDS,
      mode: c.mode,
    })),
    ...(spec.kubernetesClusters ?? []).map((c: KubernetesClusterSpec, i) => ({
      path: `kubernetesClusters[${i}]`,
      name: c.name,
      location: c.location,
      entry: new Map<string, unknown>(Object.entries(c)),
      enums: KUBERNETES_ENUMS,
      createOnly: KUBERNETES_CREATE_ONLY_FIELDS,
      mode: c.mode,
    })),
  ];
}

function isGiven(v: unknown): boolean {
  return v !== null && v !== undefined;
}

function describeNameProblem(name: string): string {
  if (name.length < 2 || name.length > 16) return `is ${name.length} characters long (2-16 allowed)`;
  if (!/^[A-Za-z]/.test(name)) return 'must start with a letter';
  if (!/[A-Za-z0-9]$/.test(name)) return 'must end with a letter or digit';
  return 'may contain only letters, digits and hyphens';
}

export const computeName = offlineRule({
  id: 'AML-COMPUTE-NAME',
  severity: 'error',
  title: 'Compute names are 2-16 characters: a letter, then letters, digits or hyphens, ending with a letter or digit',
  source: cite(DOC.amlSdkV1AksCompute, 'compute name 2–16 chars, ^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of rawClusters(spec)) {
      if (COMPUTE_NAME_PATTERN.test(c.name)) continue;
      out.push({
        path: `${c.path}.name`,
        message: `compute name "${c.name}" ${describeNameProblem(c.name)}`,
        hint: 'Use 2-16 characters matching ^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$, e.g. "myaks".',
      });
    }
    return out;
  },
});

export const workspaceName = offlineRule({
  id: 'AML-WORKSPACE-NAME',
  severity: 'error',
  title: 'The workspace name is 3-33 characters of letters, digits, _ and -, starting with a letter or digit',
  source: cite(DOC.amlSwagger, 'workspaceName path pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$'),
  check({ spec }) {
    const name = spec.workspace.name;
    if (WORKSPACE_NAME_PATTERN.test(name)) return [];
    const why =
      name.length < 3 || name.length > 33
        ? `is ${name.length} characters long (3-33 allowed)`
        : 'must start with a letter or digit and contain only letters, digits, _ and -';
    return [
      {
        path: 'workspace.name',
        message: `workspace name "${name}" ${why}`,
        hint: 'Use the name of the existing workspace; it matches ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$.',
      },
    ];
  },
});

export const computeNameUnique = offlineRule({
  id: 'AML-COMPUTE-NAME-UNIQUE',
  severity: 'error',
  title: 'Compute names are unique in the workspace',
  source: cite(DOC.amlSwagger, 'computes are addressed by name: …/workspaces/{ws}/computes/{computeName}'),
  check({ spec }) {
    const seen = new Map<string, string>();
    const out: RawFinding[] = [];
    for (const c of rawClusters(spec)) {
      const key = c.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, c.path);
        continue;
      }
      out.push({
        path: `${c.path}.name`,
        message: `compute name ${c.name} is already used by ${first}`,
        hint: 'Give every cluster its own compute name.',
      });
    }
    return out;
  },
});

export const agentCountPositive = offlineRule({
  id: 'AML-AGENT-COUNT',
  severity: 'error',
  title: 'A created cluster has at least one agent node',
  source: cite(DOC.amlSdkV1AksCompute, '"Invalid configuration, agent count must be a positive integer."'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      if (c.resolved.agentCount >= 1) continue;
      out.push({
        path: clusterPath(c, 'agentCount'),
        message: `agentCount ${c.resolved.agentCount} of cluster ${c.resolved.name} must be a positive integer`,
        hint: 'Set agentCount to 1 or more (3 by default; FastProd clusters need enough cores for production).',
      });
    }
    return out;
  },
});

export const clusterEnums = offlineRule({
  id: 'AML-CLUSTER-ENUMS',
  severity: 'error',
  title: 'Cluster enum fields hold a documented value (clusterPurpose, loadBalancerType, mode, plugin, scope)',
  source: cite(
    DOC.amlSwagger,
    'clusterPurpose FastProd|DenseProd|DevTest; loadBalancerType PublicIp|InternalLoadBalancer',
  ),
  // The schema already enforces these; this is a cheap guard for specs built in code.
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of rawClusters(spec)) {
      for (const { field, values } of c.enums) {
        const v = c.entry.get(field);
        if (!isGiven(v) || values.includes(String(v))) continue;
        out.push({
          path: `${c.path}.${field}`,
          message: `${field} "${String(v)}" of cluster ${c.name} is not one of ${values.join(', ')}`,
          hint: `Use one of ${values.join(', ')}.`,
        });
      }
    }
    return out;
  },
});

export const loadBalancerSubnet = offlineRule({
  id: 'AML-LB-SUBNET',
  severity: 'error',
  title: 'loadBalancerSubnet is only given with InternalLoadBalancer and names a declared subnet',
  source: cite(
    DOC.amlSdkV1AksCompute,
    '"load balancer subnet can be changed from default when load balancer type is InternalLoadBalancer"',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of legacyClusters(a.clusters)) {
      const lbSubnet = c.resolved.loadBalancerSubnet;
      if (lbSubnet === null) continue;
      const path = clusterPath(c, 'loadBalancerSubnet');
      if (c.resolved.loadBalancerType !== 'InternalLoadBalancer')
        out.push({
          path,
          message: `loadBalancerSubnet ${lbSubnet} of cluster ${c.resolved.name} needs loadBalancerType InternalLoadBalancer (it is ${c.resolved.loadBalancerType})`,
          hint: 'Set loadBalancerType: InternalLoadBalancer, or remove loadBalancerSubnet.',
        });
      if (!a.subnetsByName.has(lbSubnet.toLowerCase()))
        out.push({
          path,
          message: `loadBalancerSubnet ${lbSubnet} of cluster ${c.resolved.name} is not a subnet declared in network.subnets`,
          hint: `Use one of: ${a.subnets
            .slice(0, 10)
            .map((s) => s.spec.name)
            .join(', ')}.`,
        });
    }
    return out;
  },
});

/**
 * With networkContributorScope: subnet amlnet grants the role on the cluster's subnet only; an internal load
 * balancer in ANOTHER subnet then fails on Azure (the identity may not join that subnet) on every run.
 */
export const roleScopeCoversLbSubnet = offlineRule({
  id: 'AML-ROLE-SCOPE-LB-SUBNET',
  severity: 'error',
  title: 'networkContributorScope: subnet is used only when the internal load balancer sits in the cluster subnet',
  source: cite(
    DOC.amlInferencingVnet2020,
    'the cluster identity needs Network Contributor on the subnet the internal load balancer is created in',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of legacyClusters(analysisOf(spec).clusters)) {
      const r = c.resolved;
      const lb = r.loadBalancerSubnet;
      if (r.networkContributorScope !== 'subnet' || r.loadBalancerType !== 'InternalLoadBalancer' || lb === null)
        continue;
      if (lb.toLowerCase() === r.subnet.toLowerCase()) continue;
      out.push({
        path: clusterPath(c, 'networkContributorScope'),
        message:
          `cluster ${r.name} gets Network Contributor on subnet ${r.subnet} only (networkContributorScope: subnet), ` +
          `but its internal load balancer goes into subnet ${lb}: the switch would fail on every run`,
        hint: `Use networkContributorScope: resourceGroup (the documentation's scope), or put the load balancer in ${r.subnet}.`,
      });
    }
    return out;
  },
});

export const ilbNeedsAzureCni = offlineRule({
  id: 'AML-ILB-KUBENET',
  severity: 'error',
  title: 'An internal load balancer is not used with kubenet',
  source: cite(
    DOC.amlInferencingVnet2020,
    'the 2020 revision: the internal load balancer does not work with kubenet; use Azure CNI',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of legacyClusters(createdClusters(analysisOf(spec)))) {
      if (c.resolved.loadBalancerType !== 'InternalLoadBalancer' || c.resolved.networkPlugin !== 'kubenet') continue;
      out.push({
        path: clusterPath(c, 'loadBalancerType'),
        message: `cluster ${c.resolved.name} uses loadBalancerType InternalLoadBalancer with networkPlugin kubenet`,
        hint: 'Use networkPlugin: azure for a private (internal load balancer) scoring endpoint.',
      });
    }
    return out;
  },
});

export const privateClusterFqdn = offlineRule({
  id: 'AML-PRIVATE-CLUSTER-FQDN',
  severity: 'error',
  title: 'A private cluster has no public FQDN (not supported by Azure ML)',
  source: cite(
    DOC.amlInferencingVnet,
    '"Using a public FQDN with a private AKS cluster is not supported with Azure Machine Learning"',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of legacyClusters(analysisOf(spec).clusters)) {
      if (!c.resolved.privateClusterPublicFqdn) continue;
      const path = clusterPath(c, 'privateClusterPublicFqdn');
      if (c.resolved.privateCluster)
        out.push({
          path,
          message: `cluster ${c.resolved.name} is private with privateClusterPublicFqdn true, which Azure ML does not support`,
          hint: 'Set privateClusterPublicFqdn: false.',
        });
      else
        out.push({
          path,
          severity: 'warning',
          message: `privateClusterPublicFqdn true has no effect on cluster ${c.resolved.name}, which is not private`,
          hint: 'Remove privateClusterPublicFqdn (it only applies to private clusters, and Azure ML does not support it there).',
        });
    }
    return out;
  },
});

export const clusterLocation = offlineRule({
  id: 'AML-CLUSTER-LOCATION',
  severity: 'error',
  title: "A cluster's location equals the VNet's location",
  source: cite(
    DOC.amlInferencingVnet2020,
    'The AKS instance and the Azure virtual network must be in the same region.',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of a.clusters) {
      if (sameRegion(c.resolved.location, a.network.location)) continue;
      out.push({
        path: clusterPath(c, 'location'),
        message: `cluster ${c.resolved.name} location ${c.resolved.location} differs from the VNet location ${a.network.location}`,
        hint: `Set location: ${a.network.location} (or remove it to inherit the VNet's).`,
      });
    }
    return out;
  },
});

export const knownRegions = offlineRule({
  id: 'LOCATION-UNKNOWN',
  severity: 'warning',
  title: 'Locations are known Azure regions',
  source: cite(DOC.serviceTags, 'regional service tags and resources name Azure regions'),
  check({ spec }) {
    const places: { path: string; value: string | null | undefined }[] = [
      { path: 'location', value: spec.location },
      { path: 'network.location', value: spec.network.location },
      ...rawClusters(spec).map((c) => ({ path: `${c.path}.location`, value: c.location })),
    ];
    return places.flatMap(({ path, value }) =>
      value === null || value === undefined || isKnownRegion(value)
        ? []
        : [
            {
              path,
              message: `location ${value} is not a known Azure region`,
              hint: regionHint(value),
            },
          ],
    );
  },
});

/** A did-you-mean for a region name, or the general advice. */
export function regionHint(value: string): string {
  const guess = closestMatch(regionKey(value), REGION_NAMES);
  return guess !== undefined
    ? `did you mean ${guess}?`
    : 'Use a region name such as eastus2, East US 2 or EastUS2 (see `az account list-locations`).';
}

export const clusterSubnetDeclared = offlineRule({
  id: 'AML-SUBNET-UNKNOWN',
  severity: 'error',
  title: "A cluster's subnet is declared in network.subnets",
  source: cite(
    DOC.amlInferencingVnet,
    'Set the Subnet to create the cluster in (a subnet of the selected virtual network)',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of a.clusters) {
      if (a.subnetsByName.has(c.resolved.subnet.toLowerCase())) continue;
      out.push({
        path: clusterPath(c, 'subnet'),
        message: `subnet ${c.resolved.subnet} of cluster ${c.resolved.name} is not declared in network.subnets`,
        hint: `Declare it under network.subnets or use one of: ${a.subnets
          .slice(0, 10)
          .map((s) => s.spec.name)
          .join(', ')}.`,
      });
    }
    return out;
  },
});

export const aksSubnetNotDelegated = offlineRule({
  id: 'AKS-SUBNET-DELEGATED',
  severity: 'error',
  title: 'The AKS subnet is not delegated',
  source: cite(DOC.aksCniOverview, 'AKS subnet cannot be delegated'),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of a.clusters) {
      const s = a.subnetsByName.get(c.resolved.subnet.toLowerCase());
      const delegation = s?.spec.delegation;
      if (!s || delegation === null || delegation === undefined || delegation === '') continue;
      out.push({
        path: clusterPath(c, 'subnet'),
        message: `subnet ${s.spec.name} of cluster ${c.resolved.name} is delegated to ${delegation}, and AKS cannot use a delegated subnet`,
        hint: 'Put the cluster in an undelegated subnet.',
      });
    }
    return out;
  },
});

export const attachResourceId = offlineRule({
  id: 'AML-ATTACH-RESOURCE-ID',
  severity: 'error',
  title: 'attach names a well-formed AKS resourceId; create has none',
  source: cite(
    DOC.amlSdkV1AksCompute,
    'attach resource_id must have 9 /-segments with segment[6] == Microsoft.ContainerService',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of analysisOf(spec).clusters) {
      const { resourceId, mode, name } = c.resolved;
      const path = clusterPath(c, 'resourceId');
      if (mode === 'create' && resourceId !== null)
        out.push({
          path,
          message: `cluster ${name} has mode create but gives resourceId ${resourceId}`,
          hint: 'Use mode: attach to attach that cluster, or remove resourceId to create a new one.',
        });
      else if (mode === 'attach' && resourceId === null)
        out.push({
          path,
          message: `cluster ${name} has mode attach but no resourceId`,
          hint: 'Give resourceId: /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}.',
        });
      else if (mode === 'attach' && resourceId !== null && !AKS_RESOURCE_ID_PATTERN.test(resourceId))
        out.push({
          path,
          message: `resourceId ${resourceId} of cluster ${name} is not an AKS cluster id`,
          hint: 'Use /subscriptions/{guid}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}.',
        });
    }
    return out;
  },
});

export const attachIgnoresCreateFields = offlineRule({
  id: 'AML-ATTACH-IGNORED',
  severity: 'warning',
  title: 'An attached cluster does not set fields that only apply when creating',
  source: cite(
    DOC.amlSdkV1AksCompute,
    'attach payload: computeLocation, agentCount, agentVmSize, aksNetworkingConfiguration removed',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of rawClusters(spec)) {
      if (c.mode !== 'attach') continue;
      for (const field of c.createOnly) {
        const v = c.entry.get(field);
        if (!isGiven(v)) continue;
        out.push({
          path: `${c.path}.${field}`,
          message: `${field} ${String(v)} of cluster ${c.name} is not applied on attach; the existing cluster keeps its own`,
          hint: `Remove ${field}, or use mode: create for a new cluster.`,
        });
      }
    }
    return out;
  },
});

export const vnetInfoComplete = offlineRule({
  id: 'AML-VNET-INFO-COMPLETE',
  severity: 'warning',
  title: 'The virtual-network settings AML needs are given all together (or all left to their defaults)',
  source: cite(DOC.amlSdkV1AksCompute, '"Invalid configuration, not all virtual net information provided …"'),
  check({ spec }) {
    const out: RawFinding[] = [];
    // AML wants vnet name, vnet resource group, subnet, service CIDR, DNS IP and docker bridge together. amlnet
    // always sends all six (the first three are required by the schema; the rest get defaults), so a half-given
    // set is not rejected by Azure but silently completed. Say which defaults complete it. The serviceCidr /
    // dnsServiceIp half-pair is an error of its own (AKS-SERVICE-CIDR-DNS-PAIR) and is not repeated here.
    for (const c of legacyClusters(createdClusters(analysisOf(spec)))) {
      const raw = spec.aksClusters?.[c.resolved.index];
      if (!raw) continue;
      const serviceGiven = isGiven(raw.serviceCidr) && isGiven(raw.dnsServiceIp);
      const serviceAbsent = !isGiven(raw.serviceCidr) && !isGiven(raw.dnsServiceIp);
      const bridgeGiven = isGiven(raw.dockerBridgeCidr);
      if (serviceGiven && !bridgeGiven)
        out.push({
          path: clusterPath(c, 'dockerBridgeCidr'),
          message: `cluster ${c.resolved.name} gives serviceCidr and dnsServiceIp but not dockerBridgeCidr; amlnet sends the default ${c.resolved.dockerBridgeCidr}`,
          hint: 'Give dockerBridgeCidr explicitly so that all virtual-network settings are reviewed together.',
        });
      else if (serviceAbsent && bridgeGiven)
        out.push({
          path: clusterPath(c, 'dockerBridgeCidr'),
          message: `cluster ${c.resolved.name} gives dockerBridgeCidr but not serviceCidr/dnsServiceIp; amlnet sends the defaults ${c.resolved.serviceCidr} and ${c.resolved.dnsServiceIp}`,
          hint: 'Give serviceCidr and dnsServiceIp explicitly so that all virtual-network settings are reviewed together.',
        });
    }
    for (const field of ['name', 'resourceGroup'] as const)
      if (spec.network[field].trim() === '')
        out.push({
          path: `network.${field}`,
          severity: 'error',
          message: `network.${field} is empty`,
          hint: `Give the VNet's ${field}.`,
        });
    return out;
  },
});

export const computeRules = [
  computeName,
  workspaceName,
  computeNameUnique,
  agentCountPositive,
  clusterEnums,
  loadBalancerSubnet,
  roleScopeCoversLbSubnet,
  ilbNeedsAzureCni,
  privateClusterFqdn,
  clusterLocation,
  knownRegions,
  clusterSubnetDeclared,
  aksSubnetNotDelegated,
  attachResourceId,
  attachIgnoresCreateFields,
  vnetInfoComplete,
];
