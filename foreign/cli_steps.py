"""Debian's Azure CLI (azure-cli 2.45) against the emulator: federated login, subnet delegation, NSG rule, role
assignment by object id and principal type. Each step states the answer Azure gives, with its public source, and
counts whether the CLI got it. Environment as for seed_procedure.py; AZURE_CONFIG_DIR keeps the CLI's profile
out of the user's home. The last line is "azure-cli: N of M steps got Azure's answer".
"""

import json
import os
import subprocess
import sys
import urllib.request
import ssl

ENV = os.environ
HERE = os.path.dirname(os.path.abspath(__file__))
EP = ENV["ARM_ENDPOINT"]
SUB = ENV["SUBSCRIPTION_ID"]
RG = "cli-rg"
WORKSPACE_IDENTITY = "6a2b7f4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b"  # a service principal in the emulator's directory
NEW_PRINCIPAL = "7b3c8d9e-2f4a-4b5c-9d6e-1f2a3b4c5d6e"  # not (yet) in the directory
results = []


def az(*args):
    """Runs the CLI (foreign/az.py: Debian's az, with the emulator's host known to MSAL) and parses its JSON."""
    proc = subprocess.run(
        [sys.executable, os.path.join(HERE, "az.py"), EP, *args, "--only-show-errors", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = None
    if proc.stdout.strip():
        try:
            out = json.loads(proc.stdout)
        except ValueError:
            out = proc.stdout
    return proc.returncode, out, proc.stderr


def step(name, source, args, check):
    rc, out, err = az(*args)
    try:
        problem = check(rc, out, err)
    except Exception as e:
        problem = f"check raised {type(e).__name__}: {e}"
    results.append((name, problem))
    mark = "ok  " if problem is None else "FAIL"
    detail = "" if problem is None else f"\n       {problem}\n       stderr: {err.strip()[-1500:]}\n       (Azure: {source})"
    print(f"{mark} {name}{detail}", flush=True)
    return out


def succeeded(path=()):
    def check(rc, out, err):
        if rc != 0:
            return f"exit code {rc}"
        node = out
        for key in path:
            node = node[key]
        state = node.get("provisioningState")
        return None if state == "Succeeded" else f"provisioningState {state}"

    return check


def fails_with(code):
    def check(rc, out, err):
        if rc == 0:
            return f"expected {code}, the command succeeded"
        return None if f"({code})" in err or f"Code: {code}" in err else f"expected {code} in the error"

    return check


def then(first, second):
    def check(rc, out, err):
        return first(rc, out, err) or second(rc, out, err)

    return check


def github_token():
    ctx = ssl.create_default_context(cafile=ENV["REQUESTS_CA_BUNDLE"])
    req = urllib.request.Request(
        ENV["OIDC_REQUEST_URL"] + "&audience=api://AzureADTokenExchange",
        headers={"Authorization": "Bearer " + ENV["OIDC_REQUEST_TOKEN"]},
    )
    with urllib.request.urlopen(req, context=ctx) as res:
        return json.load(res)["value"]


def main():
    # Client-side set-up, not counted: a cloud whose ARM and Entra endpoints are the emulator.
    rc, _, err = az(
        "cloud", "register", "-n", "Emulator",
        "--endpoint-resource-manager", EP + "/",
        "--endpoint-active-directory", EP,
        "--endpoint-active-directory-resource-id", "https://management.core.windows.net/",
        "--endpoint-active-directory-graph-resource-id", "https://graph.windows.net/",
        "--endpoint-management", "https://management.core.windows.net/",
        "--suffix-storage-endpoint", "core.windows.net",
    )
    if rc != 0 and "already registered" not in err:
        print(err, file=sys.stderr)
    az("cloud", "set", "-n", "Emulator")

    step(
        "az login --service-principal --federated-token (token for management.core.windows.net//.default)",
        "https://learn.microsoft.com/cli/azure/reference-index#az-login (lists the subscription);"
        " https://learn.microsoft.com/entra/identity-platform/scopes-oidc#trailing-slash-and-default",
        ["login", "--service-principal", "-u", ENV["CLIENT_ID"], "-t", ENV["TENANT_ID"], "--federated-token", github_token()],
        lambda rc, out, err: (f"exit code {rc}" if rc != 0 else None)
        or (None if [s["id"] for s in out] == [SUB] and out[0]["user"]["type"] == "servicePrincipal" else f"{out}"),
    )
    step(
        "az group create",
        "https://learn.microsoft.com/cli/azure/group#az-group-create",
        ["group", "create", "-n", RG, "-l", "eastus2"],
        succeeded(("properties",)),
    )
    step(
        "az network vnet create with a subnet",
        "https://learn.microsoft.com/cli/azure/network/vnet#az-network-vnet-create",
        ["network", "vnet", "create", "-g", RG, "-n", "cli-vnet", "--address-prefixes", "10.20.0.0/16",
         "--subnet-name", "aci-subnet", "--subnet-prefixes", "10.20.1.0/24"],
        succeeded(("newVNet",)),
    )
    step(
        "az network vnet subnet update --delegations",
        "https://learn.microsoft.com/azure/virtual-network/manage-subnet-delegation?tabs=manage-subnet-delegation-cli",
        ["network", "vnet", "subnet", "update", "-g", RG, "--vnet-name", "cli-vnet", "-n", "aci-subnet",
         "--delegations", "Microsoft.ContainerInstance/containerGroups"],
        then(
            succeeded(),
            lambda rc, out, err: None
            if [d["serviceName"] for d in out["delegations"]] == ["Microsoft.ContainerInstance/containerGroups"]
            else f"delegations {out['delegations']}",
        ),
    )
    step(
        "az network nsg create",
        "https://learn.microsoft.com/cli/azure/network/nsg#az-network-nsg-create",
        ["network", "nsg", "create", "-g", RG, "-n", "cli-nsg"],
        succeeded(("NewNSG",)),
    )
    rule = ["--nsg-name", "cli-nsg", "-g", RG, "--direction", "Inbound", "--access", "Allow", "--protocol", "Tcp",
            "--source-address-prefixes", "VirtualNetwork", "--destination-address-prefixes", "VirtualNetwork"]
    step(
        "az network nsg rule create (scoring, 443)",
        "https://learn.microsoft.com/cli/azure/network/nsg/rule#az-network-nsg-rule-create",
        ["network", "nsg", "rule", "create", "-n", "allow-scoring", "--priority", "200", "--destination-port-ranges",
         "443", *rule],
        then(
            succeeded(),
            lambda rc, out, err: None
            if (out["priority"], out["destinationPortRange"]) == (200, "443")
            else f"{out['priority']} {out.get('destinationPortRange')}",
        ),
    )
    step(
        "az network nsg rule create with a taken priority fails",
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"
        " (SecurityRuleConflict)",
        ["network", "nsg", "rule", "create", "-n", "other", "--priority", "200", "--destination-port-ranges", "80", *rule],
        fails_with("SecurityRuleConflict"),
    )
    scope = f"/subscriptions/{SUB}/resourceGroups/{RG}"
    step(
        "az role assignment create --assignee-object-id --assignee-principal-type ServicePrincipal",
        "https://learn.microsoft.com/cli/azure/role/assignment#az-role-assignment-create"
        " (no directory lookup with --assignee-object-id and --assignee-principal-type)",
        ["role", "assignment", "create", "--assignee-object-id", WORKSPACE_IDENTITY, "--assignee-principal-type",
         "ServicePrincipal", "--role", "Network Contributor", "--scope", scope],
        lambda rc, out, err: (f"exit code {rc}" if rc != 0 else None)
        or (
            None
            if out["principalId"] == WORKSPACE_IDENTITY
            and out["roleDefinitionId"].endswith("4d97b98b-1d4f-4787-a291-c67834d212e7")
            and out["principalType"] == "ServicePrincipal"
            else f"{out}"
        ),
    )
    step(
        "az role assignment create for a principal the directory does not know yet (type given)",
        "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-cli#new-service-principal",
        ["role", "assignment", "create", "--assignee-object-id", NEW_PRINCIPAL, "--assignee-principal-type",
         "ServicePrincipal", "--role", "Reader", "--scope", scope],
        lambda rc, out, err: (f"exit code {rc}" if rc != 0 else None)
        or (None if out["principalId"] == NEW_PRINCIPAL else f"{out}"),
    )
    step(
        "az role assignment create with the wrong principal type fails",
        "https://learn.microsoft.com/azure/role-based-access-control/troubleshooting (UnmatchedPrincipalType)",
        ["role", "assignment", "create", "--assignee-object-id", WORKSPACE_IDENTITY, "--assignee-principal-type",
         "User", "--role", "Reader", "--scope", scope],
        fails_with("UnmatchedPrincipalType"),
    )

    passed = sum(1 for _, p in results if p is None)
    print(f"azure-cli: {passed} of {len(results)} steps got Azure's answer", flush=True)
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
