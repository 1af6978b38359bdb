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
  InferenceRouter,
  KubernetesClusterSpec,
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
  kind: 'aksClusters';
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
    kind: 'aksClusters',
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

// Azure ML v2 (kubernetesClusters). Sources of the defaults:
// - vmSize Standard_D4s_v3: 4 vCPUs and 16 GiB per node; the extension asks for "a minimum of 4 vCPU cores and
//   14-GB memory" in a production cluster (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension).
// - inferenceRouterHA: the extension's default is true, and the Azure CLI turns it off (and sets clusterPurpose
//   DevTest) below 3 nodes (https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py).
// - allowInsecureConnections false: the extension serves HTTPS unless told otherwise (same sources).
// - namespace default: `az ml compute attach --namespace` defaults to "default", a namespace every cluster has
//   (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-attach-kubernetes-to-workspace).
// - extensionName azureml: the name the extension's own documentation uses.
// - inferenceRouter internalLoadBalancer: amlnet's choice, not the CLI's (the CLI has no default): a cluster in the
//   VNet serves scoring on a private address unless the spec says otherwise.
export const KUBERNETES_DEFAULTS = {
  vmSize: 'Standard_D4s_v3',
  extensionName: 'azureml',
  namespace: 'default',
  inferenceRouter: 'internalLoadBalancer',
  allowInsecureConnections: false,
  /** Fewer nodes than this: inference router HA off and clusterPurpose DevTest. */
  haMinNodes: 3,
} as const;

/** A v2 Kubernetes compute with every default applied (the network fields mirror ResolvedCluster's). */
export interface ResolvedKubernetesCluster {
  kind: 'kubernetesClusters';
  /** Position in `spec.kubernetesClusters`. */
  index: number;
  name: string;
  mode: ClusterMode;
  /** attach only. */
  resourceId: string | null;
  /** The AKS resource's name: create: clusterName ?? name; attach: the last segment of resourceId. */
  clusterName: string;
  /** create: resourceGroup ?? the workspace's; attach: the resource group segment of resourceId. */
  resourceGroup: string;
  location: string;
  vmSize: string;
  agentCount: number;
  maxPods: number;
  maxSurge: number;
  subnet: string;
  networkPlugin: NetworkPlugin;
  networkPluginMode: NetworkPluginMode | null;
  podCidr: string | null;
  serviceCidr: string | null;
  dnsServiceIp: string | null;
  privateCluster: boolean;
  extensionName: string;
  namespace: string;
  inferenceRouter: InferenceRouter;
  inferenceRouterHA: boolean;
  /** What the CLI derives from the node count: DevTest below 3 nodes, FastProd otherwise. */
  clusterPurpose: 'FastProd' | 'DevTest';
  allowInsecureConnections: boolean;
  sslCname: string | null;
  sslSecret: string | null;
  networkContributorScope: NetworkContributorScope;
  defaulted: ReadonlySet<keyof KubernetesClusterSpec>;
}

/** Either kind of cluster; `kind` says which spec list it comes from. */
export type ResolvedAnyCluster = ResolvedCluster | ResolvedKubernetesCluster;

const ARM_ID_SEGMENTS = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)\/providers\/[^/]+\/[^/]+\/([^/]+)$/i;

/** `spec.kubernetesClusters[index]` with its defaults applied. */
export function resolveKubernetesCluster(spec: Spec, index: number): ResolvedKubernetesCluster {
  const c = (spec.kubernetesClusters ?? [])[index];
  if (!c) throw new RangeError(`kubernetesClusters[${index}] does not exist`);
  const defaulted = new Set<keyof KubernetesClusterSpec>();
  function pick<K extends keyof KubernetesClusterSpec, V>(
    key: K,
    fallback: V,
  ): NonNullable<KubernetesClusterSpec[K]> | V {
    const v = c[key];
    if (given(v)) return v as NonNullable<KubernetesClusterSpec[K]>;
    defaulted.add(key);
    return fallback;
  }
  const mode = pick('mode', CLUSTER_DEFAULTS.mode);
  const resourceId = c.resourceId ?? null;
  const fromId = mode === 'attach' && resourceId !== null ? ARM_ID_SEGMENTS.exec(resourceId) : null;
  const networkPlugin = pick('networkPlugin', CLUSTER_DEFAULTS.networkPlugin);
  const networkPluginMode = c.networkPluginMode ?? null;
  const bothServiceAbsent = !given(c.serviceCidr) && !given(c.dnsServiceIp);
  const podCidrFallback = podsUseSubnet({ networkPlugin, networkPluginMode }) ? null : CLUSTER_DEFAULTS.podCidr;
  const agentCount = pick('agentCount', CLUSTER_DEFAULTS.agentCount);
  // On attach the node count is the existing cluster's, unknown offline: the extension's default (HA on) stands.
  const enoughNodes = mode === 'attach' || agentCount >= KUBERNETES_DEFAULTS.haMinNodes;
  return {
    kind: 'kubernetesClusters',
    index,
    name: c.name,
    mode,
    resourceId,
    clusterName: fromId?.[2] ?? pick('clusterName', c.name),
    resourceGroup: fromId?.[1] ?? pick('resourceGroup', spec.workspace.resourceGroup),
    location: pick('location', spec.network.location ?? spec.location),
    vmSize: pick('vmSize', KUBERNETES_DEFAULTS.vmSize),
    agentCount,
    maxPods: pick('maxPods', defaultMaxPods(networkPlugin, networkPluginMode)),
    maxSurge: pick('maxSurge', CLUSTER_DEFAULTS.maxSurge),
    subnet: c.subnet,
    networkPlugin,
    networkPluginMode,
    podCidr: pick('podCidr', podCidrFallback),
    serviceCidr: pick('serviceCidr', bothServiceAbsent ? CLUSTER_DEFAULTS.serviceCidr : null),
    dnsServiceIp: pick('dnsServiceIp', bothServiceAbsent ? CLUSTER_DEFAULTS.dnsServiceIp : null),
    privateCluster: pick('privateCluster', CLUSTER_DEFAULTS.privateCluster),
    extensionName: pick('extensionName', KUBERNETES_DEFAULTS.extensionName),
    namespace: pick('namespace', KUBERNETES_DEFAULTS.namespace),
    inferenceRouter: pick('inferenceRouter', KUBERNETES_DEFAULTS.inferenceRouter),
    inferenceRouterHA: pick('inferenceRouterHA', enoughNodes),
    clusterPurpose: enoughNodes ? 'FastProd' : 'DevTest',
    allowInsecureConnections: pick('allowInsecureConnections', KUBERNETES_DEFAULTS.allowInsecureConnections),
    sslCname: c.sslCname ?? null,
    sslSecret: c.sslSecret ?? null,
    networkContributorScope: pick('networkContributorScope', CLUSTER_DEFAULTS.networkContributorScope),
    defaulted,
  };
}

/** Every v2 Kubernetes compute of the spec, resolved. */
export function resolveKubernetesClusters(spec: Spec): ResolvedKubernetesCluster[] {
  return (spec.kubernetesClusters ?? []).map((_, i) => resolveKubernetesCluster(spec, i));
}

/** Every cluster of both kinds (v1 first), for the rules that hold for any AKS cluster amlnet places in the VNet. */
export function resolveAllClusters(spec: Spec): ResolvedAnyCluster[] {
  return [...resolveClusters(spec), ...resolveKubernetesClusters(spec)];
}
