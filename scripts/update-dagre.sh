#!/usr/bin/env bash
# Vendors the graph layout library the workflow designer draws its diagram with (@dagrejs/dagre, MIT) from the npm
# registry into src/Host/wwwroot/lib/dagre. Pages load it from the application itself, never from a CDN:
#   scripts/update-dagre.sh [version]
set -euo pipefail
version="${1:-3.1.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/Host/wwwroot/lib/dagre"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@dagrejs/dagre@$version" >/dev/null && tar xzf dagrejs-dagre-*.tgz)
mkdir -p "$out"
# The source map is not shipped: drop the comment that points to it.
sed 's|^//# sourceMappingURL=.*$||' "$work/package/dist/dagre.min.js" > "$out/dagre.min.js"
cp "$work/package/dist/dagre.min.js.LEGAL.txt" "$work/package/LICENSE" "$out/"
echo "@dagrejs/dagre $version" > "$out/VERSION"
