# Sourced by .ci/run (and usable in a shell: `source .ci/use-node.sh`): puts a Node of the major
# version in .nvmrc first on PATH. These machines ship an older Node; the npm registry's `node`
# package carries the real binaries, so no other download is needed.
wanted_node_major=$(tr -dc '0-9.' < .nvmrc | cut -d. -f1)
current_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current_node_major" -lt "$wanted_node_major" ]; then
  node_prefix="${NODE_PREFIX:-/opt/node$wanted_node_major}"
  if [ ! -x "$node_prefix/bin/node" ]; then
    echo "Installing Node $wanted_node_major into $node_prefix (this machine has Node $current_node_major)"
    npm install -g --no-audit --no-fund --prefix "$node_prefix" "node@$wanted_node_major" >/dev/null
  fi
  export PATH="$node_prefix/bin:$PATH"
fi
echo "Using Node $(node --version), npm $(npm --version)"
