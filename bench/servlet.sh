#!/usr/bin/env bash
# JMH: per-request cost of StatusGuideFilter in check and guard mode against no filter at all (the
# overhead is the difference): FilterOverheadBenchmark times the filter alone with in-memory
# request/response objects; ServletFilterBenchmark times whole requests through Jetty 12's in-memory
# connector (meaningful on a quiet machine only: a request costs ~30 µs there).
#   bench/servlet.sh [extra JMH args, e.g. -f 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests -pl statuslint-bench -am package
java -jar statuslint-bench/target/benchmarks.jar 'FilterOverheadBenchmark|ServletFilterBenchmark' "$@"
