#!/usr/bin/env bash
# Whole-run benchmark of `statuslint check` on a generated HAR (default 1 GB; the mix is described
# in gen_har.py), with -Xmx256m, beside a bare Jackson token scan of the same file in the same run.
# Prints medians of RUNS runs, the throughput ratio, and peak RSS.
#   bench/check-har.sh [SIZE_BYTES] [RUNS]
# HAR=path reuses a file written by an earlier run of gen_har.py instead of generating one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SIZE=${1:-1000000000}
RUNS=${2:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mvn -q -B -DskipTests -pl statuslint-cli,statuslint-bench -am package
./statuslint rules >/dev/null   # make sure the launcher's jar and CDS archive are current

if [ -n "${HAR:-}" ] && [ -f "$HAR" ]; then
  echo "reusing $HAR" >&2
else
  HAR="$WORK/traffic.har"
  python3 bench/gen_har.py "$HAR" "$SIZE"
fi
MB=$(python3 -c "import os;print(os.path.getsize('$HAR')/1e6)")

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label, command... -> seconds and peak RSS (KB) per run
  local label=$1; shift
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; true; }
    cat "$WORK/time" >>"$WORK/$label"
  done
}

measure scan java -Xmx256m -cp statuslint-bench/target/benchmarks.jar io.statuslint.bench.TokenScan "$HAR"
measure check env JAVA_OPTS=-Xmx256m ./statuslint check --format ndjson --output /dev/null --fail-on never "$HAR"

scan_s=$(cut -d' ' -f1 "$WORK/scan" | median); check_s=$(cut -d' ' -f1 "$WORK/check" | median)
scan_rss=$(cut -d' ' -f2 "$WORK/scan" | median); check_rss=$(cut -d' ' -f2 "$WORK/check" | median)
printf '\nfile: %.0f MB, %s runs each (medians)\n' "$MB" "$RUNS"
printf '%-28s %8s %10s %12s\n' "" "seconds" "MB/s" "peak RSS MB"
printf '%-28s %8.2f %10.1f %12.0f\n' "jackson token scan" "$scan_s" "$(echo "$MB/$scan_s" | bc -l)" "$(echo "$scan_rss/1024" | bc -l)"
printf '%-28s %8.2f %10.1f %12.0f\n' "statuslint check -Xmx256m" "$check_s" "$(echo "$MB/$check_s" | bc -l)" "$(echo "$check_rss/1024" | bc -l)"
printf 'check throughput / token scan throughput: %.2f (target >= 0.50)\n' "$(echo "$scan_s/$check_s" | bc -l)"
