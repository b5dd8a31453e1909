#!/usr/bin/env bash
# One command: builds and installs gal, builds the JMH benchmarks in
# bench/jmh, generates the inputs, and runs the benchmarks of the engine's
# stages (parse, schema, rules, sarif) on each input.
#   bench/jmh.sh                 a short run: 1 fork, 3 warm-up and 5 measured iterations
#   bench/jmh.sh -f 3 -i 10 ...  any JMH options instead (java -jar benchmarks.jar -h)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/generate.py" "$work/in" --only openapi-1x.json
(cd "$root" && mvn -B -q -DskipTests install)
mvn -B -q -f "$root/bench/jmh/pom.xml" package
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -i 5 -w 2s -r 2s
fi
java -jar "$root/bench/jmh/target/benchmarks.jar" \
  -jvmArgsAppend "-Dgal.bench.inputs=$work/in -Dgal.bench.root=$root" "$@"
