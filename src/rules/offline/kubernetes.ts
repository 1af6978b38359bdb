// Azure ML v2 (kubernetesClusters): the AzureML extension's settings that the spec implies, checked as the Azure
// CLI and the extension's documentation check them, and the legacy v1 path pointed at its v2 equivalent. The
// network rules (service CIDR, DNS IP, pod CIDR, sizing, location, subnet) hold for both kinds of cluster and live
// in their own modules.
import { KUBERNETES_DEFAULTS } from '../../spec/defaults.js';
import { analysisOf, clusterPath, createdClusters, kubernetesClusters, legacyClusters } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

/** A Kubernetes secret name: a DNS-1123 subdomain (lower-case alphanumerics, '-' and '.', at most 253). */
export const KUBERNETES_SECRET_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_SECRET_NAME = 253;

/** True when a value looks like certificate or key material (PEM, or a long base64 blob) rather than a name. */
export function looksLikeKeyMaterial(value: string): boolean {
  return /-----BEGIN|PRIVATE KEY|CERTIFICATE/i.test(value) || /^[A-Za-z0-9+/=\s]{64,}$/.test(value);
}

export const k8sIlbNeedsAzureCni = offlineRule({
  id: 'AML-K8S-ILB-KUBENET',
  severity: 'error',
  title: 'A v2 internal load balancer needs networkPlugin azure (Azure CNI)',
  source: cite(
    DOC.amlInferencingVnet2020,
    'the 2020 revision: the internal load balancer does not work with kubenet; use Azure CNI',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of kubernetesClusters(createdClusters(analysisOf(spec)))) {
      const r = c.resolved;
      if (r.inferenceRouter !== 'internalLoadBalancer' || r.networkPlugin !== 'kubenet') continue;
      const router = r.defaulted.has('inferenceRouter')
        ? 'inferenceRouter internalLoadBalancer (the default)'
        : 'inferenceRouter internalLoadBalancer';
      out.push({
        path: clusterPath(c, 'networkPlugin'),
        message: `cluster ${r.name} uses ${router} with networkPlugin kubenet`,
        hint: 'Use networkPlugin: azure for a private scoring address, or choose inferenceRouter nodePort or clusterIP.',
      });
    }
    return out;
  },
});

export const k8sRouterHaNodes = offlineRule({
  id: 'AML-K8S-ROUTER-HA-NODES',
  severity: 'error',
  title: 'inferenceRouterHA needs 3 or more nodes',
  source: cite(
    DOC.amlKubernetesExtension,
    'settings table, inferenceRouterHA: default True (three router replicas), which needs at least three nodes',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of kubernetesClusters(createdClusters(analysisOf(spec)))) {
      const r = c.resolved;
      if (r.defaulted.has('inferenceRouterHA') || !r.inferenceRouterHA) continue;
      if (r.agentCount >= KUBERNETES_DEFAULTS.haMinNodes) continue;
      out.push({
        path: clusterPath(c, 'inferenceRouterHA'),
        message: `cluster ${r.name} asks for inferenceRouterHA with agentCount ${r.agentCount}; the HA router runs 3 replicas on separate nodes`,
        hint: `Set agentCount to ${KUBERNETES_DEFAULTS.haMinNodes} or more, or inferenceRouterHA: false (a DevTest cluster, as the Azure CLI makes it below 3 nodes).`,
      });
    }
    return out;
  },
});

export const k8sHttps = offlineRule({
  id: 'AML-K8S-HTTPS',
  severity: 'error',
  title: 'HTTPS scoring (allowInsecureConnections false) names its sslCname and sslSecret',
  source: cite(
    DOC.azureCliAzureMlExtension,
    '"Provide ssl certificate and key. Otherwise explicitly allow insecure connection by specifying allowInsecureConnections=true"',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of kubernetesClusters(analysisOf(spec).clusters)) {
      const r = c.resolved;
      if (r.allowInsecureConnections) {
        for (const field of ['sslCname', 'sslSecret'] as const)
          if (r[field] !== null)
            out.push({
              path: clusterPath(c, field),
              severity: 'warning',
              message: `${field} of cluster ${r.name} has no effect: allowInsecureConnections is true, so scoring is plain HTTP`,
              hint: 'Set allowInsecureConnections: false to serve HTTPS with this certificate, or remove the field.',
            });
        continue;
      }
      const https = r.defaulted.has('allowInsecureConnections')
        ? 'serves HTTPS (allowInsecureConnections false is the default)'
        : 'serves HTTPS (allowInsecureConnections false)';
      if (r.sslCname === null)
        out.push({
          path: clusterPath(c, 'sslCname'),
          message: `cluster ${r.name} ${https} but gives no sslCname`,
          hint: 'Set sslCname to the scoring host name the certificate is issued for, e.g. scoring.contoso.com.',
        });
      if (r.sslSecret === null)
        out.push({
          path: clusterPath(c, 'sslSecret'),
          message: `cluster ${r.name} ${https} but gives no sslSecret`,
          hint: 'Create a Kubernetes secret with cert.pem and key.pem in the azureml namespace and give its name, or set allowInsecureConnections: true (plain HTTP; not for production).',
        });
    }
    return out;
  },
});

export const k8sSecretInSpec = offlineRule({
  id: 'AML-K8S-SECRET-IN-SPEC',
  severity: 'error',
  title: 'sslSecret names a Kubernetes secret; a certificate or key never lives in the spec',
  source: cite(
    DOC.amlKubernetesExtension,
    'settings table, sslSecret: the name of a Kubernetes secret in the azureml namespace (cert.pem, key.pem)',
  ),
  // The value is never quoted: if it is key material, repeating it would print a secret into logs and comments.
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of kubernetesClusters(analysisOf(spec).clusters)) {
      const secret = c.resolved.sslSecret;
      if (secret === null) continue;
      const path = clusterPath(c, 'sslSecret');
      if (looksLikeKeyMaterial(secret))
        out.push({
          path,
          message: `sslSecret of cluster ${c.resolved.name} holds what looks like a certificate or key (value not shown); secrets never live in the spec`,
          hint: "Remove the material from the file (and from its git history), rotate the key, store it as a Kubernetes secret in the azureml namespace, and give the secret's name.",
        });
      else if (secret.length > MAX_SECRET_NAME || !KUBERNETES_SECRET_NAME.test(secret))
        out.push({
          path,
          message: `sslSecret of cluster ${c.resolved.name} is not a Kubernetes secret name (${secret.length} characters; value not shown)`,
          hint: 'Use the secret\'s name: lower-case letters, digits, "-" and ".", at most 253 characters, e.g. scoring-tls.',
        });
    }
    return out;
  },
});

export const legacyAksCompute = offlineRule({
  id: 'AML-LEGACY-AKS-COMPUTE',
  severity: 'warning',
  title: 'aksClusters is the legacy v1 path: move the cluster to kubernetesClusters',
  source: cite(
    DOC.amlMigrateEndpointsV2,
    'deploying ACI/AKS web services with SDK/CLI v1 is "now considered legacy"; SDK v1 support ended 2026-06-30',
  ),
  check({ spec }) {
    return legacyClusters(analysisOf(spec).clusters).map((c) => {
      const r = c.resolved;
      const router = r.loadBalancerType === 'InternalLoadBalancer' ? 'internalLoadBalancer' : 'loadBalancer';
      return {
        path: clusterPath(c),
        message: `cluster ${r.name} is a legacy v1 AKS compute (computeType AKS); SDK v1 support ended on 2026-06-30 and v2 online endpoints cannot deploy to it`,
        hint: `Move it to kubernetesClusters (name: ${r.name}, mode: ${r.mode}, subnet: ${r.subnet}, inferenceRouter: ${router}); the cluster then gets the AzureML extension and is attached as computeType Kubernetes.`,
      };
    });
  },
});

export const kubernetesRules = [k8sIlbNeedsAzureCni, k8sRouterHaNodes, k8sHttps, k8sSecretInSpec, legacyAksCompute];
