// Where rules come from: public documents only, each an https URL a user can open. The rule catalogue
// (docs/rules.md) prints them; the registry test requires every rule's source to be one of these links.
import type { RuleSource } from '../types.js';

const SPECS = 'https://github.com/Azure/azure-rest-api-specs/blob';

/** The public documents amlnet's rules cite. */
export const DOC = {
  /** Azure ML (v1): secure an inferencing environment with virtual networks (the current revision). */
  amlInferencingVnet: 'https://learn.microsoft.com/en-us/azure/machine-learning/v1/how-to-secure-inferencing-vnet',
  /**
   * The same article's revision of 16 July 2020 (AKS and ACI in a VNet, the internal load balancer), in its history.
   */
  amlInferencingVnet2020:
    'https://github.com/MicrosoftDocs/azure-docs/commits/main/articles/machine-learning/how-to-secure-inferencing-vnet.md',
  /** Azure ML SDK v1 AksCompute: the create/attach/update payloads and their client-side checks. */
  amlSdkV1AksCompute:
    'https://learn.microsoft.com/en-us/python/api/azureml-core/azureml.core.compute.akscompute.akscompute',
  /** The Azure ML REST API (computes, AKS networking configuration, workspace name pattern). */
  amlSwagger: `${SPECS}/1cc361f58d0fc29decd6b9029c6b77be990c19cd/specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2025-09-01/machineLearningServices.json`,
  /** The Network REST API: virtual networks and subnets. */
  networkVnetSwagger: `${SPECS}/c32f85eb28116f5ddfb3b92bc143d0b94bb61473/specification/network/resource-manager/Microsoft.Network/stable/2026-01-01/virtualNetwork.json`,
  /** The Network REST API: network security groups and their security rules. */
  networkNsgSwagger: `${SPECS}/c32f85eb28116f5ddfb3b92bc143d0b94bb61473/specification/network/resource-manager/Microsoft.Network/stable/2026-01-01/networkSecurityGroup.json`,
  /** AKS: IP address planning (service CIDR, DNS IP, maxPods, subnet sizing). */
  aksIpPlanning: 'https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning',
  /** AKS: kubenet networking (pod CIDR, route table, reserved ranges, cluster identity permissions). */
  aksKubenet: 'https://learn.microsoft.com/en-us/azure/aks/configure-kubenet',
  /** AKS: Azure CNI overview (no delegated subnet, reserved ranges). */
  aksCniOverview: 'https://learn.microsoft.com/en-us/azure/aks/concepts-network-cni-overview',
  /** AKS: Azure CNI Overlay (networkPluginMode overlay with the azure plugin, pod CIDR). */
  aksCniOverlay: 'https://learn.microsoft.com/en-us/azure/aks/azure-cni-overlay',
  /** Azure CLI's AKS decorator: the network plugin / pod CIDR pre-flight checks. */
  azureCliAksDecorator:
    'https://github.com/Azure/azure-cli/blob/dev/src/azure-cli/azure/cli/command_modules/acs/managed_cluster_decorator.py',
  /** Terraform's AKS validation: dns_service_ip and service_cidr together. */
  terraformAksValidate:
    'https://github.com/hashicorp/terraform-provider-azurerm/blob/main/internal/services/containers/kubernetes_cluster_validate.go',
  /** kube-apiserver: the service range may not be larger than /12. */
  kubeApiserverValidation:
    'https://github.com/kubernetes/kubernetes/blob/master/cmd/kube-apiserver/app/options/validation.go',
  /** AKS issue: a malformed service CIDR is rejected with CidrStringParseError. */
  aksCidrParseIssue: 'https://github.com/Azure/AKS/issues/506',
  /** Virtual network FAQ: subnet sizes, address space. */
  vnetFaq: 'https://learn.microsoft.com/en-us/azure/virtual-network/virtual-networks-faq',
  /** Azure Container Instances in a virtual network: delegation and what the subnet may hold. */
  aciVnetConcepts:
    'https://learn.microsoft.com/en-us/azure/container-instances/container-instances-virtual-network-concepts',
  /** Virtual network service tags (which tags are regional). */
  serviceTags: 'https://learn.microsoft.com/en-us/azure/virtual-network/service-tags-overview',
  /** Terraform issue quoting the SecurityRuleConflict error (same priority and direction). */
  nsgPriorityConflictIssue: 'https://github.com/hashicorp/terraform-provider-azurerm/issues/11137',
  /** Azure ML v2: attach a Kubernetes (AKS) cluster to a workspace by its resource id. */
  amlAttachKubernetes: 'https://learn.microsoft.com/en-us/azure/machine-learning/how-to-attach-kubernetes-to-workspace',
  /** Azure ML v2: deploy the AzureML extension on AKS (settings, HTTPS, HA, limitations). */
  amlKubernetesExtension: 'https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension',
  /** Azure CLI k8s-extension: the client-side checks and transforms of the AzureML extension's settings. */
  azureCliAzureMlExtension:
    'https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py',
  /** Azure ML: upgrade deployment endpoints to SDK v2 (ACI/AKS web services are legacy). */
  amlMigrateEndpointsV2: 'https://learn.microsoft.com/en-us/azure/machine-learning/migrate-to-v2-deploy-endpoints',
  /** Azure Resource Manager: throttling and retrying of requests (429, Retry-After). */
  armThrottling:
    'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling',
  /** Network security groups: how security rules are evaluated and stay in force. */
  nsgOverview: 'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
  /** Azure network security best practices (advisory rules: deny by default, restrict inbound sources). */
  networkBestPractices: 'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
  /** Defender for Cloud just-in-time VM access: management ports (22, 3389, 5985, 5986) as attack targets. */
  defenderJit: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/just-in-time-access-overview',
  /** Azure ML: data exfiltration prevention (outbound limited to the required service tags). */
  amlDataExfiltration: 'https://learn.microsoft.com/en-us/azure/machine-learning/how-to-prevent-data-loss-exfiltration',
} as const;

export type PublicDocument = (typeof DOC)[keyof typeof DOC];

/** A rule's source: a public document and a short quote or pointer inside it. */
export function cite(document: PublicDocument, detail: string): RuleSource {
  return { document, detail };
}
