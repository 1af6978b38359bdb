// An imported v2 Kubernetes compute -> its `kubernetesClusters` entry, `mode: attach`. Pure.
//
// The extension's configurationSettings are read back into the spec's fields by inverting what the plan sends
// (plan/kubernetes-extension.ts, itself the Azure CLI's transform in k8s-extension's AzureMLKubernetes.py,
// https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py;
// setting names and meanings: https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension):
//   inferenceRouterServiceType LoadBalancer + internalLoadBalancerProvider azure -> internalLoadBalancer,
//   LoadBalancer alone -> loadBalancer, NodePort -> nodePort, ClusterIP -> clusterIP; inferenceRouterHA,
//   allowInsecureConnections, sslCname and sslSecret (= scoringFe.sslSecret) as they are; location when it is not
//   the network's. Protected settings (a certificate and key given as files) are write-only: Azure never returns
//   them and the import never asks. What the spec cannot say is an IMPORT-NOT-EXPRESSIBLE finding; the values
//   amlnet does not send on attach (the cluster's networking, its node pool) and the extension settings it does not
//   manage (kept by every apply) are named in a comment.
import type { InferenceRouter, KubernetesClusterSpec } from '../spec/types.js';
import { AZUREML_RELEASE_NAMESPACE, MANAGED_EXTENSION_SETTINGS } from '../plan/kubernetes-extension.js';
import { KUBERNETES_SECRET_NAME, looksLikeKeyMaterial } from '../rules/offline/kubernetes.js';
import type { ImportedKubernetesCluster, ImportSource } from './source.js';
import { IMPORT_RULES, type ImportIssue } from './findings.js';
import { addNote, contributorScopeOf, heldLines, locationName, lower, type ImportNotes } from './shared.js';

/** The fields of a kubernetesClusters entry that come from the AzureML extension's settings. */
export type ExtensionFields = Pick<
  KubernetesClusterSpec,
  'inferenceRouter' | 'inferenceRouterHA' | 'allowInsecureConnections' | 'sslCname' | 'sslSecret'
>;

/** What the spec cannot say about the settings, each at the field it concerns. */
export interface SettingsGap {
  field: keyof KubernetesClusterSpec | null;
  message: string;
}

export interface ExtensionReading {
  /** The extension's location setting, when it is not the default location. */
  location?: string;
  fields: ExtensionFields;
  gaps: SettingsGap[];
  /** Setting keys amlnet does not manage (their values are never shown: they may be anything). */
  unmanaged: string[];
}

/** An extension boolean as the CLI writes it ('True'/'False', any case); undefined when absent; null when neither. */
export function settingFlag(value: string | undefined): boolean | undefined | null {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** The spec's inferenceRouter a set of settings means, undefined when absent, null when not one of the four. */
export function inferenceRouterOf(settings: Readonly<Record<string, string>>): InferenceRouter | undefined | null {
  const type = settings.inferenceRouterServiceType;
  if (type === undefined) return undefined;
  const internal =
    lower(settings.internalLoadBalancerProvider) === 'azure' ||
    settingFlag(settings['scoringFe.serviceType.internalLoadBalancer']) === true;
  switch (type.trim().toLowerCase()) {
    case 'loadbalancer':
      return internal ? 'internalLoadBalancer' : 'loadBalancer';
    case 'nodeport':
      return 'nodePort';
    case 'clusterip':
      return 'clusterIP';
    default:
      return null;
  }
}

/** The router, HA and inference switch of the settings. */
function readRouter(s: Readonly<Record<string, string>>, name: string, out: ExtensionReading): void {
  const router = inferenceRouterOf(s);
  if (router === null)
    out.gaps.push({
      field: null,
      message: `extension ${name} has inferenceRouterServiceType '${s.inferenceRouterServiceType ?? ''}', which is not LoadBalancer, NodePort or ClusterIP`,
    });
  else if (router !== undefined) out.fields.inferenceRouter = router;

  const inference = settingFlag(s.enableInference);
  if (inference !== true)
    out.gaps.push({
      field: null,
      message: `extension ${name} does not enable inference (enableInference ${s.enableInference ?? 'absent'}); amlnet always installs it with enableInference True`,
    });

  const ha = settingFlag(s.inferenceRouterHA);
  if (ha === null)
    out.gaps.push({ field: null, message: `extension ${name} has an inferenceRouterHA that is not True or False` });
  else if (ha !== undefined) {
    out.fields.inferenceRouterHA = ha;
    // amlnet derives the purpose from HA, as the CLI does: FastProd with it, DevTest without.
    const purpose = s.clusterPurpose;
    const implied = ha ? 'FastProd' : 'DevTest';
    if (purpose !== undefined && lower(purpose) !== lower(implied))
      out.gaps.push({
        field: 'inferenceRouterHA',
        message: `extension ${name} has clusterPurpose ${purpose} with inferenceRouterHA ${ha ? 'True' : 'False'}; amlnet sets clusterPurpose from inferenceRouterHA (${implied} here) and the spec has no field for it`,
      });
  }
}

/** allowInsecureConnections, sslCname and sslSecret (a secret's name; never a value that looks like key material). */
function readTls(s: Readonly<Record<string, string>>, name: string, out: ExtensionReading): void {
  const insecure = settingFlag(s.allowInsecureConnections);
  if (insecure === null) {
    out.gaps.push({
      field: null,
      message: `extension ${name} has an allowInsecureConnections that is not True or False`,
    });
    return;
  }
  if (insecure !== undefined) out.fields.allowInsecureConnections = insecure;
  const secret = s.sslSecret ?? s['scoringFe.sslSecret'];
  if (insecure === true) {
    const held = ['sslCname', 'sslSecret'].filter((k) => s[k] !== undefined);
    if (held.length > 0)
      out.gaps.push({
        field: 'allowInsecureConnections',
        message: `extension ${name} holds ${held.join(' and ')} but allows insecure connections; the spec cannot say both (a plan of it removes them)`,
      });
    return;
  }
  if (s.sslCname !== undefined && s.sslCname !== '') out.fields.sslCname = s.sslCname;
  // The secret's name is not a secret, but a value that is not a name is never repeated (it may be key material).
  if (secret === undefined || secret === '') {
    out.gaps.push({
      field: null,
      message:
        `extension ${name} serves HTTPS but names no sslSecret: its certificate and key were given as protected settings, ` +
        'which Azure never returns; create a Kubernetes secret with cert.pem and key.pem in the azureml namespace and set sslSecret to its name',
    });
  } else if (looksLikeKeyMaterial(secret) || !KUBERNETES_SECRET_NAME.test(secret)) {
    out.gaps.push({
      field: null,
      message: `extension ${name} has an sslSecret that is not a Kubernetes secret name (${secret.length} characters; value not shown); it is left out`,
    });
  } else {
    out.fields.sslSecret = secret;
    const other = s['scoringFe.sslSecret'];
    if (s.sslSecret !== undefined && other !== undefined && other !== s.sslSecret)
      out.gaps.push({
        field: 'sslSecret',
        message: `extension ${name} names two secrets (sslSecret and scoringFe.sslSecret differ); the spec sets both to sslSecret`,
      });
  }
}

/** The spec fields an AzureML extension's settings say, what the spec cannot say, and the unmanaged keys. */
export function readExtensionSettings(
  settings: Readonly<Record<string, string>>,
  extensionName: string,
  defaultLocation: string,
): ExtensionReading {
  const out: ExtensionReading = { fields: {}, gaps: [], unmanaged: [] };
  const loc = settings.location;
  if (loc !== undefined && loc !== '' && locationName(loc) !== defaultLocation) out.location = locationName(loc);
  readRouter(settings, extensionName, out);
  readTls(settings, extensionName, out);
  const managed = new Set<string>(MANAGED_EXTENSION_SETTINGS);
  out.unmanaged = Object.keys(settings)
    .filter((k) => !managed.has(k))
    .sort();
  return out;
}

export interface KubernetesMappingContext {
  src: ImportSource;
  /** The location a v2 cluster defaults to (the network's). */
  location: string;
  /** The entry's spec path (kubernetesClusters[i]). */
  path: string;
  issues: ImportIssue[];
  notes: ImportNotes;
}

/** The comment above the entry: the cluster, the extension, what attach does not send. */
function clusterNote(c: ImportedKubernetesCluster, reading: ExtensionReading | undefined): string[] {
  const { compute, managedCluster: mc, extension: ext } = c;
  return [
    `compute ${compute.name} (Azure ML v2, computeType Kubernetes) on managed cluster ${mc.name}${ext !== null ? ',' : '.'}`,
    ...(ext !== null
      ? [`AzureML extension ${ext.name} (release namespace ${ext.releaseNamespace ?? AZUREML_RELEASE_NAMESPACE}).`]
      : []),
    ...heldLines([
      ['networkPlugin', mc.networkPlugin],
      ['networkPluginMode', mc.networkPluginMode],
      ['podCidr', mc.podCidr],
      ['serviceCidr', mc.serviceCidr],
      ['dnsServiceIp', mc.dnsServiceIP],
      ['privateCluster', mc.enablePrivateCluster ? 'true' : null],
      ['vmSize', c.agentPool?.vmSize],
      ['agentCount', c.agentPool?.count ?? mc.agentCount],
      ['maxPods', c.agentPool?.maxPods],
    ]),
    ...(reading !== undefined && reading.unmanaged.length > 0
      ? ['Extension settings amlnet does not manage (every apply keeps them):', `  ${reading.unmanaged.join(', ')}`]
      : []),
  ];
}

/** The kubernetesClusters entry of a v2 compute (undefined when it names no cluster). */
export function kubernetesClusterSpec(
  c: ImportedKubernetesCluster,
  ctx: KubernetesMappingContext,
): KubernetesClusterSpec | undefined {
  const { compute, extension: ext } = c;
  const { path, issues } = ctx;
  if (compute.resourceId === null) return undefined; // the adopter skips these
  const reading = ext !== null ? readExtensionSettings(ext.settings, ext.name, ctx.location) : undefined;
  const spec: KubernetesClusterSpec = {
    name: compute.name,
    mode: 'attach',
    resourceId: compute.resourceId,
    ...(reading?.location !== undefined ? { location: reading.location } : {}),
    subnet: c.subnet.name,
    namespace: compute.namespace ?? 'default',
    ...(ext !== null ? { extensionName: ext.name } : {}),
    ...reading?.fields,
    networkContributorScope: contributorScopeOf(
      c.networkContributorScopes,
      c.subnet.id,
      ctx.src.subscriptionId,
      ctx.src.vnet.resourceGroup,
    ),
  };
  for (const gap of reading?.gaps ?? []) {
    const at = gap.field !== null && spec[gap.field] !== undefined ? `${path}.${gap.field}` : path;
    issues.push({ ...IMPORT_RULES.notExpressible, message: `cluster ${compute.name}: ${gap.message}`, path: at });
  }
  if (c.problem !== undefined) {
    issues.push({ ...IMPORT_RULES.notRead, message: `cluster ${compute.name}: ${c.problem}`, path });
  }
  addNote(ctx.notes, path, ...clusterNote(c, reading));
  return spec;
}
