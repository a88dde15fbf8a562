#!/usr/bin/env bash
# JMH: per-exchange cost of the rule engine with every built-in rule on.
#   bench/engine.sh [extra JMH args, e.g. -f 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests -pl statuslint-bench -am package
java -jar statuslint-bench/target/benchmarks.jar EngineBenchmark "$@"
