#!/usr/bin/env bash
# One command: generates the inputs, installs Spectral and Redocly from npm into
# a temporary directory, and prints median wall time and peak RSS of gal beside
# them on the same inputs, in one run on this machine.
#   bench/compare.sh [RUNS]      (default 5 runs per cell)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "# inputs" >&2
python3 "$root/bench/generate.py" "$work/in"
"$root/bin/gal" export -o "$work/in/small-openapi.json" "$root/examples/petstore.yaml" 2>/dev/null
cp "$root/examples/petstore.yaml" "$work/in/small-gal.yaml"

echo "# installing @stoplight/spectral-cli and @redocly/cli into $work/npm" >&2
npm install --silent --no-audit --no-fund --prefix "$work/npm" @stoplight/spectral-cli@6 @redocly/cli@2 >/dev/null 2>&1 \
  || { echo "npm install failed; comparing gal alone" >&2; }
spectral="$work/npm/node_modules/.bin/spectral"
redocly="$work/npm/node_modules/.bin/redocly"
printf 'extends: ["spectral:oas"]\n' > "$work/.spectral.yaml"

# median wall seconds and max RSS (MB) of RUNS runs of a command
measure() {
  local times=() rss=0 out
  for _ in $(seq "$runs"); do
    # Findings make the linters exit non-zero; only the measurement matters here.
    /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out="$(tail -1 "$work/time")"
    times+=("${out% *}")
    local r="${out#* }"; [ "$r" -gt "$rss" ] && rss="$r"
  done
  local median
  median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  printf '%s %d' "$median" "$((rss / 1024))"
}

row() { # tool input command...
  local tool="$1" input="$2"; shift 2
  read -r wall mb <<<"$(measure "$@")"
  printf '| %-28s | %-22s | %8s s | %6s MB |\n' "$tool" "$input" "$wall" "$mb"
}

"$root/bin/gal" lint -q "$work/in/small-gal.yaml" >/dev/null 2>&1 || true   # build the jar and its archive first
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); java: $("$root/bin/gal" --version 2>/dev/null | head -1)"
echo
echo "| tool | input | median wall | peak RSS |"
echo "|---|---|---|---|"
row "gal lint" "small GAL config" "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
row "gal lint (no archive)" "small GAL config" env GAL_NO_CDS=1 "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
row "gal lint" "small OpenAPI" "$root/bin/gal" lint -q "$work/in/small-openapi.json"
row "gal lint" "OpenAPI 4x (9000 ops)" "$root/bin/gal" lint -q "$work/in/openapi-4x.json"
row "gal lint" "1000 GAL configs" "$root/bin/gal" lint -q "$work/in/configs"
if [ -x "$spectral" ]; then
  row "spectral lint (spectral:oas)" "small OpenAPI" "$spectral" lint -q -r "$work/.spectral.yaml" "$work/in/small-openapi.json"
  row "spectral lint (spectral:oas)" "OpenAPI 4x (9000 ops)" "$spectral" lint -q -r "$work/.spectral.yaml" "$work/in/openapi-4x.json"
fi
if [ -x "$redocly" ]; then
  row "redocly lint (recommended)" "small OpenAPI" "$redocly" lint --extends recommended "$work/in/small-openapi.json"
  row "redocly lint (recommended)" "OpenAPI 4x (9000 ops)" "$redocly" lint --extends recommended "$work/in/openapi-4x.json"
fi
echo
echo "scaling of gal lint (size ratio 1 : 4 : 16):"
row "gal lint" "OpenAPI 1x (2250 ops)" "$root/bin/gal" lint -q "$work/in/openapi-1x.json"
row "gal lint" "OpenAPI 4x (9000 ops)" "$root/bin/gal" lint -q "$work/in/openapi-4x.json"
row "gal lint" "OpenAPI 16x (36000 ops)" "$root/bin/gal" lint -q --max-file-size 200000000 "$work/in/openapi-16x.json"
