#!/usr/bin/env bash
# The foreign-client contract suite: starts the emulator (foreign/world.yml) and drives it with clients this
# project did not write, Debian's python3-azure (seed_procedure.py) and azure-cli (cli_steps.py), then prints
# "foreign clients: N of M steps got Azure's answer". Needs Node 24 on PATH and the two Debian packages
# (.ci/run installs them: apt-get install -y python3-azure azure-cli).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
py=/usr/bin/python3
if ! "$py" -c 'import azure.mgmt.network, azure.mgmt.machinelearningservices' 2>/dev/null || ! command -v az >/dev/null; then
  echo "foreign clients: python3-azure and azure-cli are not installed (apt-get install -y python3-azure azure-cli)" >&2
  exit 1
fi
work=$(mktemp -d)
emu_pid=
cleanup() {
  if [[ -n "$emu_pid" ]]; then kill "$emu_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$root"
node --experimental-transform-types --no-warnings --import ./scripts/ts-hooks.mjs src/bin.ts emulator \
  --state foreign/world.yml --data-dir "$work" >"$work/ready" 2>"$work/emulator.log" &
emu_pid=$!
for _ in $(seq 1 120); do
  [[ -s "$work/ready" ]] && break
  if ! kill -0 "$emu_pid" 2>/dev/null; then cat "$work/emulator.log" >&2; exit 1; fi
  sleep 0.5
done
field() { "$py" -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$work/ready" "$1"; }
export ARM_ENDPOINT=$(field armEndpoint) AUTHORITY_HOST=$(field authorityHost) TENANT_ID=$(field tenantId)
export CLIENT_ID=$(field clientId) SUBSCRIPTION_ID=$(field subscriptionId)
export OIDC_REQUEST_URL=$(field oidcRequestUrl) OIDC_REQUEST_TOKEN=$(field oidcRequestToken)
# The Python clients (requests) trust the emulator's CA through REQUESTS_CA_BUNDLE; the CLI keeps its profile here.
export REQUESTS_CA_BUNDLE=$(field caCertPath) AZURE_CONFIG_DIR="$work/az" AZURE_CORE_COLLECT_TELEMETRY=0
rc=0
"$py" "$here/seed_procedure.py" | tee "$work/python.out" || rc=1
"$py" "$here/cli_steps.py" | tee "$work/cli.out" || rc=1
count() { sed -n "s/^$1: \([0-9]*\) of \([0-9]*\) steps.*/\1 \2/p" "$2" | tail -1; }
read -r p_ok p_all <<<"$(count python3-azure "$work/python.out")" || true
read -r c_ok c_all <<<"$(count azure-cli "$work/cli.out")" || true
echo "foreign clients: $(( ${p_ok:-0} + ${c_ok:-0} )) of $(( ${p_all:-0} + ${c_all:-0} )) steps got Azure's answer"
exit $rc
