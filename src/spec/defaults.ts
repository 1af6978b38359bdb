// The spec with its documented defaults applied. Rules, the planner and the appliers all read clusters through
// `resolveCluster` so that "what amlnet will send" is decided in one place.
//
// Sources of the defaults:
// - AML AKS compute: agentCount 3, vmSize Standard_D3_v2, clusterPurpose FastProd, loadBalancerType PublicIp
//   (the AML SDK v1 create payload and the swagger defaults;
//   https://learn.microsoft.com/en-us/python/api/azureml-core/azureml.core.compute.akscompute.akscompute).
// - AKS network profile: serviceCidr 10.0.0.0/16 + dnsServiceIp 10.0.0.10, podCidr 10.244.0.0/16,
//   dockerBridgeCidr 172.17.0.1/16 (the SDK v1 AksCompute.provisioning_configuration defaults).
// - maxPods: Azure CNI 30, kubenet 110, Azure CNI Overlay 250 (https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning).
// - maxSurge 1: the "+1" node of the sizing formula (same page).
//
// serviceCidr/dnsServiceIp are defaulted only when BOTH are absent: filling in one half would silently build a
// pair the user never chose (e.g. a custom serviceCidr with the default 10.0.0.10 outside it). A half-given pair
// stays half-given here, and the rule AKS-SERVICE-CIDR-DNS-PAIR reports it.
import type {
  AksClusterSpec,
  ClusterMode,
  ClusterPurpose,
  LoadBalancerType,
  NetworkContributorScope,
  NetworkPlugin,
  NetworkPluginMode,
  SecurityRuleSpec,
  Spec,
  SubnetSpec,
} from './types.js';

export const CLUSTER_DEFAULTS = {
  mode: 'create',
  networkPlugin: 'azure',
  maxPodsAzure: 30,
  maxPodsAzureOverlay: 250,
  maxPodsKubenet: 110,
  maxSurge: 1,
  agentCount: 3,
  vmSize: 'Standard_D3_v2',
  clusterPurpose: 'FastProd',
  loadBalancerType: 'PublicIp',
  networkContributorScope: 'resourceGroup',
  privateCluster: false,
  privateClusterPublicFqdn: false,
  serviceCidr: '10.0.0.0/16',
  dnsServiceIp: '10.0.0.10',
  podCidr: '10.244.0.0/16',
  dockerBridgeCidr: '172.17.0.1/16',
} as const;

/** A cluster with every default applied. Only the fields that can legitimately stay unset are nullable. */
export interface ResolvedCluster {
  /** Position in `spec.aksClusters`, for building paths like `aksClusters[2].serviceCidr`. */
  index: number;
  name: string;
  mode: ClusterMode;
  /** attach only. */
  resourceId: string | null;
  /** cluster.location ?? network.location ?? spec.location */
  location: string;
  vmSize: string;
  agentCount: number;
  maxPods: number;
  maxSurge: number;
  clusterPurpose: ClusterPurpose;
  subnet: string;
  networkPlugin: NetworkPlugin;
  networkPluginMode: NetworkPluginMode | null;
  /** kubenet and Azure CNI Overlay only; null for plain Azure CNI (pods take subnet addresses). */
  podCidr: string | null;
  /** null only when the user gave dnsServiceIp without serviceCidr (an error). */
  serviceCidr: string | null;
  /** null only when the user gave serviceCidr without dnsServiceIp (an error). */
  dnsServiceIp: string | null;
  dockerBridgeCidr: string;
  privateCluster: boolean;
  privateClusterPublicFqdn: boolean;
  loadBalancerType: LoadBalancerType;
  loadBalancerSubnet: string | null;
  networkContributorScope: NetworkContributorScope;
  /** The fields the spec left unset (their value here is the default, or null where none applies). */
  defaulted: ReadonlySet<keyof AksClusterSpec>;
}

export interface ResolvedSecurityGroup {
  name: string;
  /** securityGroup.resourceGroup ?? network.resourceGroup */
  resourceGroup: string;
  rules: SecurityRuleSpec[];
  restrictOutbound: boolean;
  /** securityGroup.prune ?? false */
  prune: boolean;
}

export interface ResolvedNetwork {
  resourceGroup: string;
  name: string;
  /** network.location ?? spec.location */
  location: string;
  /** Empty when not given (it is then only known from Azure at plan time). */
  addressSpace: string[];
  subnets: SubnetSpec[];
  securityGroup: ResolvedSecurityGroup | null;
}

function given<T>(v: T | null | undefined): v is T {
  return v !== null && v !== undefined;
}

/** The network with its defaults applied. */
export function resolveNetwork(spec: Spec): ResolvedNetwork {
  const n = spec.network;
  const sg = n.securityGroup;
  return {
    resourceGroup: n.resourceGroup,
    name: n.name,
    location: n.location ?? spec.location,
    addressSpace: n.addressSpace ?? [],
    subnets: n.subnets,
    securityGroup: given(sg)
      ? {
          name: sg.name,
          resourceGroup: sg.resourceGroup ?? n.resourceGroup,
          rules: sg.rules ?? [],
          restrictOutbound: sg.restrictOutbound ?? false,
          prune: sg.prune ?? false,
        }
      : null,
  };
}

/** The default maxPods for a plugin (and plugin mode). */
export function defaultMaxPods(plugin: NetworkPlugin, mode: NetworkPluginMode | null): number {
  if (plugin === 'kubenet') return CLUSTER_DEFAULTS.maxPodsKubenet;
  return mode === 'overlay' ? CLUSTER_DEFAULTS.maxPodsAzureOverlay : CLUSTER_DEFAULTS.maxPodsAzure;
}

/** True when pods take addresses from the node subnet (Azure CNI without overlay). */
export function podsUseSubnet(c: Pick<ResolvedCluster, 'networkPlugin' | 'networkPluginMode'>): boolean {
  return c.networkPlugin === 'azure' && c.networkPluginMode !== 'overlay';
}

/** `spec.aksClusters[index]` with its defaults applied. */
export function resolveCluster(spec: Spec, index: number): ResolvedCluster {
  const c = (spec.aksClusters ?? [])[index];
  if (!c) throw new RangeError(`aksClusters[${index}] does not exist`);
  const defaulted = new Set<keyof AksClusterSpec>();
  function pick<K extends keyof AksClusterSpec, V>(key: K, fallback: V): NonNullable<AksClusterSpec[K]> | V {
    const v = c[key];
    if (given(v)) return v as NonNullable<AksClusterSpec[K]>;
    defaulted.add(key);
    return fallback;
  }

  const networkPlugin = pick('networkPlugin', CLUSTER_DEFAULTS.networkPlugin);
  const networkPluginMode = c.networkPluginMode ?? null;
  const bothServiceAbsent = !given(c.serviceCidr) && !given(c.dnsServiceIp);
  const podCidrFallback = podsUseSubnet({ networkPlugin, networkPluginMode }) ? null : CLUSTER_DEFAULTS.podCidr;

  return {
    index,
    name: c.name,
    mode: pick('mode', CLUSTER_DEFAULTS.mode),
    resourceId: c.resourceId ?? null,
    location: pick('location', spec.network.location ?? spec.location),
    vmSize: pick('vmSize', CLUSTER_DEFAULTS.vmSize),
    agentCount: pick('agentCount', CLUSTER_DEFAULTS.agentCount),
    maxPods: pick('maxPods', defaultMaxPods(networkPlugin, networkPluginMode)),
    maxSurge: pick('maxSurge', CLUSTER_DEFAULTS.maxSurge),
    clusterPurpose: pick('clusterPurpose', CLUSTER_DEFAULTS.clusterPurpose),
    subnet: c.subnet,
    networkPlugin,
    networkPluginMode,
    podCidr: pick('podCidr', podCidrFallback),
    serviceCidr: pick('serviceCidr', bothServiceAbsent ? CLUSTER_DEFAULTS.serviceCidr : null),
    dnsServiceIp: pick('dnsServiceIp', bothServiceAbsent ? CLUSTER_DEFAULTS.dnsServiceIp : null),
    dockerBridgeCidr: pick('dockerBridgeCidr', CLUSTER_DEFAULTS.dockerBridgeCidr),
    privateCluster: pick('privateCluster', CLUSTER_DEFAULTS.privateCluster),
    privateClusterPublicFqdn: pick('privateClusterPublicFqdn', CLUSTER_DEFAULTS.privateClusterPublicFqdn),
    loadBalancerType: pick('loadBalancerType', CLUSTER_DEFAULTS.loadBalancerType),
    loadBalancerSubnet: c.loadBalancerSubnet ?? null,
    networkContributorScope: pick('networkContributorScope', CLUSTER_DEFAULTS.networkContributorScope),
    defaulted,
  };
}

/** Every cluster of the spec, resolved. */
export function resolveClusters(spec: Spec): ResolvedCluster[] {
  return (spec.aksClusters ?? []).map((_, i) => resolveCluster(spec, i));
}
