#!/usr/bin/env bash
# Whole-run timing of `statuslint probe` on N endpoints (default 200) of a local server that nobody
# here wrote (Python's http.server, serving N JSON files), with the default concurrency and every
# experiment on. Prints wall time, requests sent and peak RSS for RUNS runs.
#   bench/probe.sh [N] [RUNS] [extra probe options, e.g. --unsafe]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-200}
RUNS=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
WORK=$(mktemp -d)
SERVER=""
cleanup() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

mkdir -p "$WORK/www/items"
for i in $(seq 1 "$N"); do echo "{\"id\":$i,\"name\":\"item $i\"}" > "$WORK/www/items/$i.json"; done
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/www" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 0.2)" 2>/dev/null && break
  sleep 0.1
done

./statuslint rules >/dev/null   # build the jar (and its CDS archive) outside the measurement
ARGS=()
for i in $(seq 1 "$N"); do ARGS+=(--path "/items/$i.json"); done

echo "statuslint probe of $N endpoints on 127.0.0.1 (Python http.server), default concurrency, --ruleset all $*"
for run in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$WORK/time" ./statuslint probe "http://127.0.0.1:$PORT" "${ARGS[@]}" \
      --ruleset all --format ndjson --output "$WORK/findings.ndjson" --fail-on never "$@" 2>"$WORK/err" || true
  requests=$(grep -o '[0-9]* requests to [0-9]* endpoint' "$WORK/err" | head -1)
  read -r secs rss <"$WORK/time"
  printf 'run %d: %6.2f s  %s(s)  peak RSS %d MB  %d findings\n' "$run" "$secs" "$requests" $((rss / 1024)) \
      "$(wc -l <"$WORK/findings.ndjson")"
done
