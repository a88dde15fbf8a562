#!/usr/bin/env bash
# JMH: per-request cost of StatusGuideFilter through a real (in-memory) Jetty 12, in check and guard
# mode against no filter at all; the overhead is the difference.
#   bench/servlet.sh [extra JMH args, e.g. -f 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests -pl statuslint-bench -am package
java -jar statuslint-bench/target/benchmarks.jar ServletFilterBenchmark "$@"
