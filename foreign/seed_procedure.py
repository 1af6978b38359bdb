"""The seed procedure driven through clients amlnet did not write: Debian's python3-azure (azure-identity,
azure-mgmt-resource, -network, -containerservice, -authorization, -machinelearningservices) with their DEFAULT
api-versions, against the emulator named by the environment (ARM_ENDPOINT, AUTHORITY_HOST, TENANT_ID, CLIENT_ID,
SUBSCRIPTION_ID, OIDC_REQUEST_URL, OIDC_REQUEST_TOKEN; REQUESTS_CA_BUNDLE trusts the emulator's CA).

Each step states the answer Azure gives, with the public documentation it comes from, and counts whether the
emulator gave it. The last line is "python3-azure: N of M steps got Azure's answer".
"""

import json
import os
import sys
import traceback
import urllib.request

from azure.core.exceptions import HttpResponseError
from azure.identity import ClientAssertionCredential
from azure.mgmt.authorization import AuthorizationManagementClient
from azure.mgmt.containerservice import ContainerServiceClient
from azure.mgmt.machinelearningservices import MachineLearningServicesMgmtClient
from azure.mgmt.network import NetworkManagementClient
from azure.mgmt.resource import ResourceManagementClient

ENV = os.environ
SUB = ENV["SUBSCRIPTION_ID"]
ARM = ENV["ARM_ENDPOINT"]
NET_RG = "net-rg"
ML_RG = "ml-rg"
WORKSPACE = "ml-ws"
LOCATION = "eastus2"
VNET = "ml-vnet"
NSG = "ml-nsg"
NETWORK_CONTRIBUTOR = "4d97b98b-1d4f-4787-a291-c67834d212e7"
POLL = {"polling_interval": 0}

results = []


def step(name, source, action, check):
    """Runs one step; `check(result_or_error)` returns None when the answer is Azure's, else what differs."""
    try:
        outcome = action()
    except HttpResponseError as e:  # an error answer is an outcome too (some steps expect one)
        outcome = e
    except Exception as e:  # a client that cannot even parse the answer did not get Azure's answer
        outcome = e
    try:
        problem = check(outcome)
    except Exception as e:
        problem = f"check raised {type(e).__name__}: {e}"
    results.append((name, problem))
    mark = "ok  " if problem is None else "FAIL"
    print(f"{mark} {name}" + ("" if problem is None else f"\n       {problem}\n       (Azure: {source})"), flush=True)
    return outcome


def succeeded(outcome):
    if isinstance(outcome, Exception):
        return f"expected success, got {type(outcome).__name__}: {str(outcome).splitlines()[0][:300]}"
    state = getattr(outcome, "provisioning_state", None)
    if state is None and getattr(outcome, "properties", None) is not None:
        state = getattr(outcome.properties, "provisioning_state", None)
    if state is not None and state != "Succeeded":
        return f"expected provisioningState Succeeded, got {state}"
    return None


def error_code(code, status):
    def check(outcome):
        if not isinstance(outcome, HttpResponseError):
            return f"expected {status} {code}, got success"
        got = outcome.error.code if outcome.error is not None else None
        if outcome.status_code != status or got != code:
            return f"expected {status} {code}, got {outcome.status_code} {got}"
        return None

    return check


def both(*checks):
    def check(outcome):
        for c in checks:
            problem = c(outcome)
            if problem is not None:
                return problem
        return None

    return check


def github_assertion():
    req = urllib.request.Request(
        ENV["OIDC_REQUEST_URL"] + "&audience=api://AzureADTokenExchange",
        headers={"Authorization": "Bearer " + ENV["OIDC_REQUEST_TOKEN"]},
    )
    with urllib.request.urlopen(req) as res:  # REQUESTS_CA_BUNDLE is not urllib's: pass the CA explicitly below
        return json.load(res)["value"]


def main():
    import ssl

    ctx = ssl.create_default_context(cafile=ENV["REQUESTS_CA_BUNDLE"])
    urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx)))

    # azure-identity 1.13.0b2's ClientAssertionCredential forwards its keyword arguments to object.__init__ (a
    # TypeError), so the authority comes from AZURE_AUTHORITY_HOST, which it reads as its default.
    os.environ["AZURE_AUTHORITY_HOST"] = ENV["AUTHORITY_HOST"]
    cred = ClientAssertionCredential(ENV["TENANT_ID"], ENV["CLIENT_ID"], github_assertion)
    common = {"base_url": ARM, "credential_scopes": ["https://management.azure.com/.default"]}
    res = ResourceManagementClient(cred, SUB, **common)
    net = NetworkManagementClient(cred, SUB, **common)
    aks = ContainerServiceClient(cred, SUB, **common)
    authz = AuthorizationManagementClient(cred, SUB, **common)
    ml = MachineLearningServicesMgmtClient(cred, SUB, **common)
    nm = net.models() if callable(getattr(net, "models", None)) else None
    rg_id = f"/subscriptions/{SUB}/resourceGroups/{NET_RG}"
    vnet_id = f"{rg_id}/providers/Microsoft.Network/virtualNetworks/{VNET}"
    nsg_id = f"{rg_id}/providers/Microsoft.Network/networkSecurityGroups/{NSG}"
    state = {}

    # 1. Resource group.
    def check_rg(o):
        return succeeded(o) or (None if o.name == NET_RG and o.location == LOCATION else f"got {o.name} in {o.location}")

    step(
        "resource group create (resources " + res._config.api_version + ")"
        if hasattr(res._config, "api_version")
        else "resource group create",
        "https://learn.microsoft.com/rest/api/resources/resource-groups/create-or-update (200/201, Succeeded)",
        lambda: res.resource_groups.create_or_update(NET_RG, {"location": LOCATION}),
        check_rg,
    )
    step(
        "resource group create again is idempotent",
        "https://learn.microsoft.com/rest/api/resources/resource-groups/create-or-update (200 on an existing group)",
        lambda: res.resource_groups.create_or_update(NET_RG, {"location": LOCATION}),
        check_rg,
    )
    step(
        "resource group in another location is refused",
        "https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-invalid-resource-location"
        " (InvalidResourceGroupLocation)",
        lambda: res.resource_groups.create_or_update(NET_RG, {"location": "westus"}),
        error_code("InvalidResourceGroupLocation", 409),
    )

    # 2. VNet and subnets.
    step(
        "virtual network create 10.10.0.0/16",
        "https://learn.microsoft.com/rest/api/virtualnetwork/virtual-networks/create-or-update (Succeeded)",
        lambda: net.virtual_networks.begin_create_or_update(
            NET_RG, VNET, {"location": LOCATION, "address_space": {"address_prefixes": ["10.10.0.0/16"]}}, **POLL
        ).result(),
        lambda o: succeeded(o) or (None if o.address_space.address_prefixes == ["10.10.0.0/16"] else "address space"),
    )
    for name, prefix in [("aks-subnet", "10.10.0.0/22"), ("aci-subnet", "10.10.8.0/24"), ("pe-subnet", "10.10.9.0/24")]:
        step(
            f"subnet {name} {prefix}",
            "https://learn.microsoft.com/rest/api/virtualnetwork/subnets/create-or-update (Succeeded)",
            lambda name=name, prefix=prefix: net.subnets.begin_create_or_update(
                NET_RG, VNET, name, {"address_prefix": prefix}, **POLL
            ).result(),
            lambda o, prefix=prefix: succeeded(o) or (None if o.address_prefix == prefix else f"prefix {o.address_prefix}"),
        )
    step(
        "subnet overlapping aks-subnet is refused",
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet (NetcfgSubnetRangesOverlap)",
        lambda: net.subnets.begin_create_or_update(NET_RG, VNET, "overlap", {"address_prefix": "10.10.1.0/24"}, **POLL).result(),
        error_code("NetcfgSubnetRangesOverlap", 400),
    )
    step(
        "subnet outside the address space is refused",
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet (NetcfgSubnetRangeOutsideVnet)",
        lambda: net.subnets.begin_create_or_update(NET_RG, VNET, "outside", {"address_prefix": "10.99.0.0/24"}, **POLL).result(),
        error_code("NetcfgSubnetRangeOutsideVnet", 400),
    )

    # 3. NSG with the scoring and registry rules, associated with the AKS subnet.
    step(
        "network security group create has the 6 default rules",
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules",
        lambda: net.network_security_groups.begin_create_or_update(NET_RG, NSG, {"location": LOCATION}, **POLL).result(),
        lambda o: succeeded(o)
        or (
            None
            if sorted(r.name for r in o.default_security_rules)
            == sorted(
                [
                    "AllowVnetInBound",
                    "AllowAzureLoadBalancerInBound",
                    "DenyAllInBound",
                    "AllowVnetOutBound",
                    "AllowInternetOutBound",
                    "DenyAllOutBound",
                ]
            )
            else f"default rules {[r.name for r in o.default_security_rules]}"
        ),
    )
    rules = [
        # Scoring: clients in the VNet reach the AKS scoring endpoint (HTTPS).
        ("allow-scoring", {"protocol": "Tcp", "source_address_prefix": "VirtualNetwork", "source_port_range": "*",
                           "destination_address_prefix": "VirtualNetwork", "destination_port_range": "443",
                           "access": "Allow", "priority": 200, "direction": "Inbound"}),
        # Registry: nodes pull images from Azure Container Registry.
        ("allow-registry", {"protocol": "Tcp", "source_address_prefix": "VirtualNetwork", "source_port_range": "*",
                            "destination_address_prefix": "AzureContainerRegistry", "destination_port_range": "443",
                            "access": "Allow", "priority": 200, "direction": "Outbound"}),
    ]
    for name, rule in rules:
        step(
            f"security rule {name}",
            "https://learn.microsoft.com/rest/api/virtualnetwork/security-rules/create-or-update (Succeeded);"
            " service tags: https://learn.microsoft.com/azure/virtual-network/service-tags-overview",
            lambda name=name, rule=rule: net.security_rules.begin_create_or_update(NET_RG, NSG, name, rule, **POLL).result(),
            lambda o, rule=rule: succeeded(o)
            or (None if (o.priority, o.direction) == (rule["priority"], rule["direction"]) else "priority/direction"),
        )
    step(
        "a rule with the same priority and direction is refused",
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"
        " (priority unique per direction: SecurityRuleConflict)",
        lambda: net.security_rules.begin_create_or_update(
            NET_RG, NSG, "conflict", {**rules[0][1], "destination_port_range": "80"}, **POLL
        ).result(),
        error_code("SecurityRuleConflict", 400),
    )

    def associate_nsg():
        subnet = net.subnets.get(NET_RG, VNET, "aks-subnet")
        subnet.network_security_group = {"id": nsg_id}
        return net.subnets.begin_create_or_update(NET_RG, VNET, "aks-subnet", subnet, **POLL).result()

    step(
        "associate the NSG with aks-subnet (GET, set, PUT)",
        "https://learn.microsoft.com/azure/virtual-network/manage-network-security-group#associate-or-dissociate-a-network-security-group-to-or-from-a-subnet",
        associate_nsg,
        lambda o: succeeded(o)
        or (None if o.network_security_group.id.lower() == nsg_id.lower() else f"nsg {o.network_security_group.id}"),
    )
    step(
        "the NSG lists the subnet it is associated with",
        "https://learn.microsoft.com/rest/api/virtualnetwork/network-security-groups/get (properties.subnets)",
        lambda: net.network_security_groups.get(NET_RG, NSG),
        lambda o: None
        if any(s.id.lower() == f"{vnet_id}/subnets/aks-subnet".lower() for s in (o.subnets or []))
        else f"subnets {[s.id for s in (o.subnets or [])]}",
    )

    # 4. Subnet delegation.
    def delegate(name):
        subnet = net.subnets.get(NET_RG, VNET, name)
        subnet.delegations = [{"name": "aci", "service_name": "Microsoft.ContainerInstance/containerGroups"}]
        return net.subnets.begin_create_or_update(NET_RG, VNET, name, subnet, **POLL).result()

    step(
        "delegate aci-subnet to Microsoft.ContainerInstance/containerGroups",
        "https://learn.microsoft.com/azure/virtual-network/manage-subnet-delegation",
        lambda: delegate("aci-subnet"),
        lambda o: succeeded(o)
        or (
            None
            if [d.service_name for d in o.delegations] == ["Microsoft.ContainerInstance/containerGroups"]
            else "delegations"
        ),
    )

    # 5. Managed cluster in aks-subnet (containerservice's default api-version; its models send dockerBridgeCidr).
    cluster_body = {
        "location": LOCATION,
        "identity": {"type": "SystemAssigned"},
        "dns_prefix": "aks1",
        "agent_pool_profiles": [
            {"name": "nodepool1", "count": 3, "vm_size": "Standard_D3_v2", "mode": "System",
             "vnet_subnet_id": f"{vnet_id}/subnets/aks-subnet"}
        ],
        "network_profile": {"network_plugin": "kubenet", "service_cidr": "10.2.0.0/16", "dns_service_ip": "10.2.0.10",
                            "docker_bridge_cidr": "172.17.0.1/16"},
    }
    step(
        "managed cluster with a service CIDR overlapping the VNet is refused",
        "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/servicecidroverlapexistingsubnetscidr-error",
        lambda: aks.managed_clusters.begin_create_or_update(
            NET_RG, "aks-bad",
            {**cluster_body, "network_profile": {**cluster_body["network_profile"], "service_cidr": "10.10.0.0/16",
                                                 "dns_service_ip": "10.10.0.10"}},
            **POLL,
        ).result(),
        error_code("ServiceCidrOverlapExistingSubnetsCidr", 400),
    )
    cluster = step(
        "managed cluster create in aks-subnet",
        "https://learn.microsoft.com/rest/api/aks/managed-clusters/create-or-update (Succeeded, identity.principalId)",
        lambda: aks.managed_clusters.begin_create_or_update(NET_RG, "aks1", cluster_body, **POLL).result(),
        lambda o: succeeded(o) or (None if o.identity and o.identity.principal_id else "no identity.principalId"),
    )
    principal_id = getattr(getattr(cluster, "identity", None), "principal_id", None) or "00000000-0000-0000-0000-000000000001"
    cluster_id = getattr(cluster, "id", f"{rg_id}/providers/Microsoft.ContainerService/managedClusters/aks1")
    step(
        "aks-subnet is used by the cluster's nodes",
        "https://learn.microsoft.com/azure/aks/configure-kubenet#ip-address-availability-and-exhaustion"
        " (one address per node with kubenet)",
        lambda: net.subnets.get(NET_RG, VNET, "aks-subnet"),
        lambda o: None if len(o.ip_configurations or []) == 3 else f"{len(o.ip_configurations or [])} ip configurations",
    )
    step(
        "delegating the used aks-subnet is refused",
        "https://learn.microsoft.com/azure/virtual-network/manage-subnet-delegation"
        " (SubnetDelegationsCannotChangeWhenSubnetUsedByResource)",
        lambda: delegate("aks-subnet"),
        error_code("SubnetDelegationsCannotChangeWhenSubnetUsedByResource", 400),
    )

    # 6. Network Contributor for the cluster identity.
    role_def = f"/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/{NETWORK_CONTRIBUTOR}"
    step(
        "role assignment with principalType User for a service principal is refused",
        "https://learn.microsoft.com/azure/role-based-access-control/troubleshooting (UnmatchedPrincipalType)",
        lambda: authz.role_assignments.create(
            rg_id, "3f1b9b5e-0000-4000-8000-000000000001",
            {"role_definition_id": role_def, "principal_id": principal_id, "principal_type": "User"},
        ),
        error_code("UnmatchedPrincipalType", 400),
    )
    step(
        "Network Contributor for the cluster identity on the network resource group",
        "https://learn.microsoft.com/rest/api/authorization/role-assignments/create (201)",
        lambda: authz.role_assignments.create(
            rg_id, "3f1b9b5e-0000-4000-8000-000000000002",
            {"role_definition_id": role_def, "principal_id": principal_id, "principal_type": "ServicePrincipal"},
        ),
        lambda o: succeeded(o)
        or (None if o.principal_id == principal_id and o.role_definition_id.lower().endswith(NETWORK_CONTRIBUTOR) else "assignment"),
    )
    step(
        "the same assignment under another name is 409 RoleAssignmentExists",
        "https://learn.microsoft.com/azure/role-based-access-control/troubleshooting#symptom---role-assignment-already-exists",
        lambda: authz.role_assignments.create(
            rg_id, "3f1b9b5e-0000-4000-8000-000000000003",
            {"role_definition_id": role_def, "principal_id": principal_id, "principal_type": "ServicePrincipal"},
        ),
        error_code("RoleAssignmentExists", 409),
    )
    step(
        "an unknown principal without principalType is PrincipalNotFound",
        "https://learn.microsoft.com/azure/role-based-access-control/troubleshooting#symptom---assigning-a-role-to-a-new-principal-sometimes-fails",
        lambda: authz.role_assignments.create(
            rg_id, "3f1b9b5e-0000-4000-8000-000000000004",
            {"role_definition_id": role_def, "principal_id": "99999999-9999-4999-8999-999999999999"},
        ),
        error_code("PrincipalNotFound", 400),
    )

    # 7. AML: create a compute (AML creates the cluster), attach the existing cluster, switch its load balancer.
    def compute_create():
        body = {
            "location": LOCATION,
            "properties": {
                "compute_type": "AKS",
                "compute_location": LOCATION,
                "properties": {
                    "agent_count": 3,
                    "agent_vm_size": "Standard_D3_v2",
                    "cluster_purpose": "DevTest",
                    "aks_networking_configuration": {
                        "subnet_id": f"{vnet_id}/subnets/aks-subnet",
                        "service_cidr": "10.3.0.0/16",
                        "dns_service_ip": "10.3.0.10",
                        "docker_bridge_cidr": "172.18.0.1/16",
                    },
                },
            },
        }
        return ml.compute.begin_create_or_update(ML_RG, WORKSPACE, "inf1", body, **POLL).result()

    step(
        "AML AKS compute create in aks-subnet",
        "https://learn.microsoft.com/rest/api/azureml/compute/create-or-update (Succeeded; resourceId with"
        " 'resourcegroups' as in examples/Compute/get/AKSCompute.json)",
        compute_create,
        lambda o: succeeded(o)
        or (
            None
            if (o.properties.resource_id or "").startswith(f"/subscriptions/{SUB}/resourcegroups/{ML_RG}/providers/Microsoft.ContainerService/managedClusters/")
            else f"resourceId {o.properties.resource_id}"
        ),
    )
    step(
        "AML attach of the existing cluster",
        "https://learn.microsoft.com/azure/machine-learning/how-to-attach-kubernetes-anywhere (isAttachedCompute)",
        lambda: ml.compute.begin_create_or_update(
            ML_RG, WORKSPACE, "att",
            {"location": LOCATION, "properties": {"compute_type": "AKS", "resource_id": cluster_id}},
            **POLL,
        ).result(),
        lambda o: succeeded(o)
        or (None if o.properties.is_attached_compute and o.properties.resource_id.lower() == cluster_id.lower() else "attach"),
    )

    def switch():
        # As SDK v1 AksCompute.update: GET, set the load balancer, drop sslConfiguration, PUT the whole compute.
        compute = ml.compute.get(ML_RG, WORKSPACE, "att")
        compute.properties.properties.load_balancer_type = "InternalLoadBalancer"
        compute.properties.properties.load_balancer_subnet = "aks-subnet"
        compute.properties.properties.ssl_configuration = None
        return ml.compute.begin_create_or_update(ML_RG, WORKSPACE, "att", compute, **POLL).result()

    step(
        "load balancer switch to InternalLoadBalancer (the cluster identity is Network Contributor)",
        "https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment"
        " (internal load balancer in the cluster's subnet)",
        switch,
        lambda o: succeeded(o)
        or (
            None
            if o.properties.properties.load_balancer_type == "InternalLoadBalancer"
            and o.properties.properties.load_balancer_subnet == "aks-subnet"
            else f"load balancer {o.properties.properties.load_balancer_type}"
        ),
    )

    passed = sum(1 for _, p in results if p is None)
    print(f"python3-azure: {passed} of {len(results)} steps got Azure's answer", flush=True)
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        passed = sum(1 for _, p in results if p is None)
        print(f"python3-azure: {passed} of {len(results)} steps got Azure's answer (the suite stopped early)", flush=True)
        sys.exit(1)
