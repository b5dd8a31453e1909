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

# Every cell is kept under "tool | input" for the goal rows at the end.
declare -A wall_of rss_of
row() { # tool input command...
  local tool="$1" input="$2"; shift 2
  read -r wall mb <<<"$(measure "$@")"
  wall_of["$tool | $input"]="$wall"
  rss_of["$tool | $input"]="$mb"
  printf '| %-28s | %-22s | %8s s | %6s MB |\n' "$tool" "$input" "$wall" "$mb"
}

# goal NAME NUMERATOR-CELL DENOMINATOR-CELL LIMIT: the ratio of two medians
# beside the performance issue's goal for it; cells not measured say so.
goal() {
  local name="$1" top="${wall_of[$2]:-}" bottom="${wall_of[$3]:-}" limit="$4"
  if [ -z "$top" ] || [ -z "$bottom" ]; then
    printf '| %-44s | %8s | %-7s | %-8s |\n' "$name" "n/a" "<= $limit" "not run"
    return
  fi
  awk -v n="$name" -v t="$top" -v b="$bottom" -v l="$limit" 'BEGIN {
    r = (b > 0) ? t / b : 0
    printf "| %-44s | %8.2f | %-7s | %-8s |\n", n, r, "<= " l, (r <= l) ? "met" : "missed" }'
}

"$root/bin/gal" lint -q "$work/in/small-gal.yaml" >/dev/null 2>&1 || true   # build the jar and its archive first
echo
gal_java="$("$root/bin/gal" --gal-internal-java)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "gal: $("$root/bin/gal" --version 2>/dev/null | head -1) on $("$gal_java" -version 2>&1 | head -1); node $(node --version 2>/dev/null)"
echo
echo "| tool | input | median wall | peak RSS |"
echo "|---|---|---|---|"
row "gal lint" "small GAL config" "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
row "gal lint (no archive)" "small GAL config" env GAL_NO_CDS=1 "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
# The java on PATH (JDK 17 on a fresh machine), when the launcher prefers another one.
path_java="$(command -v java || true)"
path_cell=""
if [ -n "$path_java" ] && [ "$(readlink -f "$path_java")" != "$(readlink -f "$gal_java")" ]; then
  label="java $("$path_java" -version 2>&1 | head -1 | sed 's/.*version "\([0-9]*\).*/\1/')"
  GAL_JAVA="$path_java" "$root/bin/gal" lint -q "$work/in/small-gal.yaml" >/dev/null 2>&1 || true   # its archive
  path_cell="gal lint ($label) | small GAL config"
  row "gal lint ($label)" "small GAL config" env GAL_JAVA="$path_java" "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
  row "gal lint ($label, no archive)" "small GAL config" env GAL_JAVA="$path_java" GAL_NO_CDS=1 "$root/bin/gal" lint -q "$work/in/small-gal.yaml"
fi
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
row "gal lint" "OpenAPI 16x (36000 ops)" "$root/bin/gal" lint -q --max-file-size 200000000 --max-values 4000000 "$work/in/openapi-16x.json"
# One GAL config with 500, 2,000 and 8,000 routes: the config rules, the export
# and the rules on the generated document (CORS coverage, duplicate routes,
# resource counts) must grow linearly too.
row "gal lint" "GAL 1x (500 routes)" "$root/bin/gal" lint -q "$work/in/gal-1x.yaml"
row "gal lint" "GAL 4x (2000 routes)" "$root/bin/gal" lint -q "$work/in/gal-4x.yaml"
row "gal lint" "GAL 16x (8000 routes)" "$root/bin/gal" lint -q "$work/in/gal-16x.yaml"

echo
echo "goals of the performance issue (ratios of the medians above):"
echo "| goal | ratio | limit | status |"
echo "|---|---|---|---|"
goal "small GAL config / redocly small (launcher)" "gal lint | small GAL config" "redocly lint (recommended) | small OpenAPI" 0.35
# The java on the PATH stands for plain JDK 17; when the launcher picked it too, its row is the same.
goal "small GAL config / redocly small (PATH java)" "${path_cell:-gal lint | small GAL config}" "redocly lint (recommended) | small OpenAPI" 0.6
goal "OpenAPI 4x (12 MB) / redocly" "gal lint | OpenAPI 4x (9000 ops)" "redocly lint (recommended) | OpenAPI 4x (9000 ops)" 0.25
goal "OpenAPI 4x / OpenAPI 1x (size 4x)" "gal lint | OpenAPI 4x (9000 ops)" "gal lint | OpenAPI 1x (2250 ops)" 5
goal "OpenAPI 16x / OpenAPI 4x (size 4x)" "gal lint | OpenAPI 16x (36000 ops)" "gal lint | OpenAPI 4x (9000 ops)" 5
goal "GAL 4x / GAL 1x (size 4x)" "gal lint | GAL 4x (2000 routes)" "gal lint | GAL 1x (500 routes)" 5
goal "GAL 16x / GAL 4x (size 4x)" "gal lint | GAL 16x (8000 routes)" "gal lint | GAL 4x (2000 routes)" 5
rss="${rss_of[gal lint | OpenAPI 4x (9000 ops)]:-}"
if [ -n "$rss" ]; then
  printf '| %-44s | %5s MB | %-7s | %-8s |\n' "OpenAPI 4x peak RSS" "$rss" "<= 300" "$([ "$rss" -le 300 ] && echo met || echo missed)"
fi
printf '| %-44s | %6s s | %-7s | %-8s |\n' "1000 GAL configs (no slower than before)" \
  "${wall_of[gal lint | 1000 GAL configs]:-n/a}" "-" "compare"
