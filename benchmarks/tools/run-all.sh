#!/usr/bin/env bash
# Runs every benchmark group the way benchmarks/README.md reports it and keeps the raw results:
#   benchmarks/results/<group>.json (JMH) and benchmarks/results/<group>.log, memory.txt.
# Groups: peers, internals, verify (HashChainBenchmark alone), storage, postgres, links, methods, memory; all = every
# group but verify (internals holds it).
# Build first:  ./mvnw -q -B -pl benchmarks -am package -DskipTests
# PostgreSQL rows run only when PARTICIPATIE_TEST_PG_URL (or -Dparticipatie.test.pg.url) names a server.
# Forks, warm-up and measurement come from the annotations of each benchmark class: 3 forks for the classes whose rows
# carry targets (PeerComparisonBenchmark, JsonBenchmark, HashChainBenchmark, StorageBenchmark, ConcurrentAppendBenchmark,
# FeedReadBenchmark), 1 for the others;
# warm-up 3-15 x 1-2 s; 5 x 1-2 s measured per fork. One group at a time; the peers group takes about 20 minutes on
# 2 cores, the others about 10. Verdicts and ratios: tools/derived.py; a regression check between two runs:
# tools/compare.py OLD.json NEW.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
mkdir -p "$OUT"
group="${1:-all}"

run() {
  local name="$1"; shift
  echo "== $name: java -jar $JAR $* -rf json -rff $OUT/$name.json"
  { date -u; git rev-parse --short HEAD; uptime; java -version 2>&1; } > "$OUT/$name.log"
  java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" >> "$OUT/$name.log" 2>&1
}

case "$group" in
  peers|all) run peers PeerComparisonBenchmark -prof gc -prof nl.participatie.benchmarks.CpuTimeProfiler ;;&
  internals|all) run internals 'ReplayBenchmark|JsonBenchmark|HashChainBenchmark|CommandBreakdownBenchmark' -prof gc -prof nl.participatie.benchmarks.CpuTimeProfiler ;;&
  verify)
    # Issue 18, target 1 alone (HashChainBenchmark is also part of internals): verify against raw SHA-256.
    run verify 'HashChainBenchmark' -prof gc -prof nl.participatie.benchmarks.CpuTimeProfiler ;;
  storage|all)
    databases=h2-mem,h2-file
    if [ -n "${PARTICIPATIE_TEST_PG_URL:-}" ]; then databases=$databases,postgres; fi
    run storage 'StorageBenchmark' -p database=$databases -prof gc -prof nl.participatie.benchmarks.CpuTimeProfiler ;;&
  postgres|all)
    # Issue 18, target 5: appends by 8 writers, one writer's batches, and reading 1,000,000 events through the feed.
    if [ -n "${PARTICIPATIE_TEST_PG_URL:-}" ]; then
      run postgres 'StorageBenchmark.append|ConcurrentAppendBenchmark|FeedReadBenchmark' -p database=postgres
    fi ;;&
  links|all)
    databases=h2-mem
    if [ -n "${PARTICIPATIE_TEST_PG_URL:-}" ]; then databases=$databases,postgres; fi
    run links 'LinkBenchmark' -p database=$databases ;;&
  methods|all) run methods 'BurgersAanHetStuurBenchmark|BuurtschouwBenchmark' -prof gc -prof nl.participatie.benchmarks.CpuTimeProfiler ;;&
  memory|all) java -Xmx4g -Djdk.attach.allowAttachSelf=true -cp "$JAR" nl.participatie.benchmarks.MemoryFootprint > "$OUT/memory.txt" ;;
esac
