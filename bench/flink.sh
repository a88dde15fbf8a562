#!/usr/bin/env bash
# Whole-run benchmark of the Flink job against `statuslint check` on the same generated NDJSON
# exchange logs (bench/gen_ndjson.py): check, then the local Flink runner at parallelism 1 and 2.
# The logs go to a temporary directory that is deleted at the end. Each run writes its findings to
# a file (check: --format ndjson --output; Flink: its findings.ndjson), and every run gets -Xmx1g.
# Prints wall seconds, exchanges/s, MB/s, CPU seconds (user+sys) and peak RSS (medians of RUNS runs),
# and the finding counts, which must be equal. On a shared machine, compare CPU seconds too: wall
# time at parallelism 2 only drops when two cores are free.
#   bench/flink.sh [COUNTS] [RUNS]      e.g. bench/flink.sh "1000000 10000000" 1
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
COUNTS=${1:-"1000000 10000000"}
RUNS=${2:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mvn -q -B -DskipTests -pl statuslint-cli,statuslint-flink -am package
./statuslint rules >/dev/null   # make sure the launcher's jar and CDS archive are current
FLINK_JAR=statuslint-flink/target/statuslint-flink.jar

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label, command... -> "seconds peakKB cpuSeconds" per run in $WORK/$label
  local label=$1; shift
  : >"$WORK/$label"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >"$WORK/out.log" 2>"$WORK/err" || {
      code=$?; if [ "$code" -gt 1 ]; then cat "$WORK/err" >&2; exit "$code"; fi; }
    awk '{print $1, $2, $3 + $4}' "$WORK/time" >>"$WORK/$label"
  done
}

printf '%-10s %7s %-9s %8s %12s %7s %7s %12s %9s\n' exchanges MB runner seconds exchanges/s MB/s "CPU s" "peak RSS MB" findings
for N in $COUNTS; do
  LOG="$WORK/traffic-$N.ndjson"
  python3 bench/gen_ndjson.py "$LOG" "$N"
  MB=$(python3 -c "import os;print(os.path.getsize('$LOG')/1e6)")
  for runner in check flink-p1 flink-p2; do
    case $runner in
      check) measure "$runner" env JAVA_OPTS=-Xmx1g ./statuslint check --format ndjson --output "$WORK/check.ndjson" --fail-on never "$LOG"
             found=$(wc -l <"$WORK/check.ndjson") ;;
      flink-p*) p=${runner#flink-p}
             measure "$runner" java -Xmx1g -jar "$FLINK_JAR" audit "$LOG" --parallelism "$p" --out "$WORK/out-$p" --fail-on never
             found=$(wc -l <"$WORK/out-$p/findings.ndjson") ;;
    esac
    s=$(cut -d' ' -f1 "$WORK/$runner" | median); rss=$(cut -d' ' -f2 "$WORK/$runner" | median)
    cpu=$(cut -d' ' -f3 "$WORK/$runner" | median)
    printf '%-10s %7.0f %-9s %8.1f %12.0f %7.1f %7.1f %12.0f %9s\n' "$N" "$MB" "$runner" "$s" \
      "$(echo "$N/$s" | bc -l)" "$(echo "$MB/$s" | bc -l)" "$cpu" "$(echo "$rss/1024" | bc -l)" "$found"
  done
  rm -rf "$LOG" "$WORK"/out-* "$WORK/check.ndjson"
done
