#!/usr/bin/env bash
# Cold run against cached re-run of `claims check --cache` on a generated corpus, timed from outside with farm-bench
# (whole process, median of paired runs; see docs/performance.md#cache).
#
#   bench/cache-bench.sh [DOCUMENTS] [RUNS]        # default 2000 documents, 3 pairs
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-2000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/claims.jar"
"$here/claims" --version >/dev/null
cp "$(ls "$here"/claims-cli/target/claims-cli-*-all.jar | head -n 1)" "$jar"
java -jar "$jar" generate --documents "$docs" --seed 16 --out "$work/corpus" >/dev/null
mv "$work/corpus/gold.json" "$work/gold.json"
# fill the cache once; every counted A run then finds all documents in it
java -jar "$jar" check "$work/corpus" --cache "$work/warm" -q --format json -o /dev/null || true
farm-bench -n "$runs" --warmup 0 --timeout 3000 \
  --vs "sh -c 'rm -rf $work/cold && exec java -jar $jar check $work/corpus --cache $work/cold -q --format json -o /dev/null'" \
  -- java -jar "$jar" check "$work/corpus" --cache "$work/warm" -q --format json -o /dev/null
