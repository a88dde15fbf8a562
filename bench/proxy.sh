#!/usr/bin/env bash
# Benchmark of `statuslint proxy` (not a unit test; not run by CI). In one run, on 127.0.0.1 only:
#   1. throughput and latency with wrk against a small nginx upstream: direct, through nginx as a
#      plain reverse proxy (the anchor), and through statuslint with its rules on;
#   2. a soak: 60 s of wrk with 64 connections through statuslint while other clients trickle
#      headers (slowloris), abort downloads and abort uploads; then every body of a sample is
#      compared (sha256) through the proxy and direct, and the proxy's memory over time is shown.
# wrk runs on CPU 0; the upstream and the proxies on CPU 1 (taskset), so the figures measure the
# proxy, not the scheduler. Installs wrk and nginx with apt-get when they are missing.
# Each figure is the median of ROUNDS runs, interleaved (direct, nginx, statuslint, direct, …) so that
# load from elsewhere on the machine falls on all three alike. Beside requests/s the table shows the
# CPU time the server under test spent per request (user + system, from /proc): the upstream for
# "direct", the proxy process alone for the proxies. It moves much less with other load than
# requests/s do, so it is the steadier figure to compare the proxies by on a shared machine.
#   bench/proxy.sh [SECONDS_PER_RUN] [ROUNDS] [SOAK_SECONDS]
#   STATUSLINT_JAR=/path/to/statuslint.jar bench/proxy.sh …   (measure another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUN=${1:-10}
ROUNDS=${2:-3}
SOAK=${3:-60}
WARM=10
WARM_JVM=30   # the JIT compilers share the proxy's one core: let them finish before measuring
LOAD_CPU=0
SERVER_CPU=1

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
chmod 755 "$WORK"   # nginx workers run as nobody and must read the files below
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# STATUSLINT_JAR=path measures that build instead of building this tree (to compare two versions).
JAR=${STATUSLINT_JAR:-statuslint-cli/target/statuslint.jar}
[ -n "${STATUSLINT_JAR:-}" ] || mvn -q -B -DskipTests -pl statuslint-cli -am package
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on this machine shows up as noise in p99)" >&2

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
UP=$(free_port); NP=$(free_port); SP=$(free_port); DP=$(free_port)

# --- the upstream: nginx answering from memory (and two files), one worker on the server CPU ---
mkdir -p "$WORK/www/files" "$WORK/up" "$WORK/px"
head -c 1048576 /dev/urandom >"$WORK/www/files/big1"
head -c 16777216 /dev/urandom >"$WORK/www/files/big16"
chmod -R a+rX "$WORK/www"
cat >"$WORK/up/nginx.conf" <<EOF
worker_processes 1; daemon off; pid $WORK/up/nginx.pid; error_log $WORK/up/error.log warn;
events { worker_connections 8192; }
http {
  access_log off; keepalive_requests 1000000; keepalive_timeout 120s;
  client_body_temp_path $WORK/up; proxy_temp_path $WORK/up; fastcgi_temp_path $WORK/up;
  uwsgi_temp_path $WORK/up; scgi_temp_path $WORK/up;
  server {
    listen 127.0.0.1:$UP;
    location ~ ^/orders/(\d+)\$ { default_type application/json;
      return 200 '{"id":\$1,"status":"shipped","customer":{"id":7,"name":"Ada"},"items":[{"sku":"tea-001","qty":2},{"sku":"mug-042","qty":1}],"total":"23.50","currency":"EUR"}'; }
    location = /limited { default_type application/problem+json;
      return 429 '{"type":"about:blank","title":"Too Many Requests","status":429}'; }
    location = /created { default_type application/json; return 201 '{"id":1}'; }
    location = /upload { client_max_body_size 64m; return 204; }
    location /files/ { root $WORK/www; }
  }
}
EOF
taskset -c $SERVER_CPU "$NGINX" -c "$WORK/up/nginx.conf" -p "$WORK/up" & PIDS+=($!)

# --- nginx as a plain reverse proxy (the anchor) ---
cat >"$WORK/px/nginx.conf" <<EOF
worker_processes 1; daemon off; pid $WORK/px/nginx.pid; error_log $WORK/px/error.log warn;
events { worker_connections 8192; }
http {
  access_log off; keepalive_requests 1000000;
  client_body_temp_path $WORK/px; proxy_temp_path $WORK/px; fastcgi_temp_path $WORK/px;
  uwsgi_temp_path $WORK/px; scgi_temp_path $WORK/px;
  upstream api { server 127.0.0.1:$UP; keepalive 128; keepalive_requests 1000000; }
  server {
    listen 127.0.0.1:$NP;
    location / { proxy_pass http://api; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
EOF
taskset -c $SERVER_CPU "$NGINX" -c "$WORK/px/nginx.conf" -p "$WORK/px" & PIDS+=($!)

# --- statuslint with its default (recommended) rules, dashboard on ---
taskset -c $SERVER_CPU java -Xms256m -Xmx256m -jar "$JAR" proxy --upstream "http://127.0.0.1:$UP" \
  --listen "127.0.0.1:$SP" --dashboard "127.0.0.1:$DP" >"$WORK/statuslint.out" 2>"$WORK/statuslint.err" &
SL=$!; PIDS+=($SL)

for port in $UP $NP $SP; do
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/orders/1" && break; sleep 0.1; done
done
# The processes whose CPU time is counted: nginx's workers (the children of each master), the JVM.
declare -A CPU_PIDS=([direct]="$(pgrep -P "${PIDS[0]}" | tr '\n' ' ')" [nginx]="$(pgrep -P "${PIDS[1]}" | tr '\n' ' ')" \
  [statuslint]="$SL" [soak]="$SL")
TICK=$(getconf CLK_TCK)
cpu_ticks() { local s=0 p; for p in $1; do s=$((s + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$s"; }

# A mix like an API's: 8 of 10 requests are 200 OK, one a 429 without Retry-After, one a 201 without Location.
cat >"$WORK/mix.lua" <<'EOF'
local paths = {}
for i = 1, 8 do paths[#paths + 1] = "/orders/" .. i end
paths[#paths + 1] = "/limited"
paths[#paths + 1] = "/created"
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
EOF

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.3f", v}'; }
measure() { # label port connections seconds -> "rps p50 p99 errors cpu_us_per_request"
  local t0 t1 out
  t0=$(cpu_ticks "${CPU_PIDS[$1]}")
  out=$(taskset -c $LOAD_CPU wrk -t1 -c"$3" -d"$4"s --latency -s "$WORK/mix.lua" "http://127.0.0.1:$2")
  t1=$(cpu_ticks "${CPU_PIDS[$1]}")
  echo "$out" >"$WORK/wrk-$1-$3.txt"
  local rps p50 p99 err n cpu
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)
  p99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
  err=$(echo "$out" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}')
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(echo "($t1 - $t0) * 1000000 / $TICK / $n" | bc -l)
  echo "$rps $p50 $p99 $err $cpu"
}

echo "warming up (${WARM}s each, ${WARM_JVM}s for statuslint) …" >&2
for port in $UP $NP; do taskset -c $LOAD_CPU wrk -t1 -c64 -d${WARM}s -s "$WORK/mix.lua" "http://127.0.0.1:$port" >/dev/null; done
taskset -c $LOAD_CPU wrk -t1 -c64 -d${WARM_JVM}s -s "$WORK/mix.lua" "http://127.0.0.1:$SP" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A R
for c in 64 8; do
  for round in $(seq "$ROUNDS"); do
    for t in direct:$UP nginx:$NP statuslint:$SP; do
      label=${t%%:*}; port=${t##*:}
      echo "round $round: $label with $c connections (${RUN}s) …" >&2
      measure "$label" "$port" "$c" "$RUN" >>"$WORK/runs-$label-$c"
    done
  done
  for label in direct nginx statuslint; do
    f="$WORK/runs-$label-$c"
    R[$label-$c]="$(cut -d' ' -f1 "$f" | median) $(cut -d' ' -f2 "$f" | median) $(cut -d' ' -f3 "$f" | median) $(cut -d' ' -f4 "$f" | awk '{s+=$1} END {print s}') $(cut -d' ' -f5 "$f" | median)"
  done
done

printf '\n%-34s %12s %9s %9s %8s %12s\n' "median of $ROUNDS x ${RUN}s, wrk -t1" "requests/s" "p50 ms" "p99 ms" "errors" \
  "CPU us/req"
for c in 64 8; do
  for label in direct nginx statuslint; do
    read -r rps p50 p99 err cpu <<<"${R[$label-$c]}"
    name=$label; [ "$label" = nginx ] && name="nginx reverse proxy"; [ "$label" = statuslint ] && name="statuslint proxy (rules on)"
    [ "$label" = direct ] && name="direct to upstream"
    printf '%-34s %12.0f %9.3f %9.3f %8s %12.1f\n' "$name, $c conns" "$rps" "$p50" "$p99" "$err" "$cpu"
  done
done
read -r d_rps _ d99 _ <<<"${R[direct-64]}"; read -r n_rps _ n99 _ <<<"${R[nginx-64]}"; read -r s_rps _ s99 _ <<<"${R[statuslint-64]}"
read -r _ _ d99c8 _ <<<"${R[direct-8]}"; read -r _ _ n99c8 _ <<<"${R[nginx-8]}"; read -r _ _ s99c8 _ <<<"${R[statuslint-8]}"
read -r _ _ _ _ n_cpu <<<"${R[nginx-64]}"; read -r _ _ _ _ s_cpu <<<"${R[statuslint-64]}"
printf '\nstatuslint throughput / nginx throughput (64 conns): %.2f (target >= 0.70)\n' "$(echo "$s_rps/$n_rps" | bc -l)"
printf 'CPU per request, statuslint / nginx (64 conns): %.2f\n' "$(echo "$s_cpu/$n_cpu" | bc -l)"
printf 'added p99 over direct, 8 conns:  statuslint %.3f ms (target < 2), nginx %.3f ms\n' \
  "$(echo "$s99c8-$d99c8" | bc -l)" "$(echo "$n99c8-$d99c8" | bc -l)"
printf 'added p99 over direct, 64 conns: statuslint %.3f ms, nginx %.3f ms\n' \
  "$(echo "$s99-$d99" | bc -l)" "$(echo "$n99-$d99" | bc -l)"

# --- soak: 60 s, 64 connections, with misbehaving clients beside it ---
echo -e "\nsoak: ${SOAK}s of wrk -c64 through statuslint, with slowloris clients and aborted transfers …" >&2
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$SL/status"; }
RSS0=$(rss)
(for _ in $(seq $((SOAK / 5))); do sleep 5; rss; done) >"$WORK/rss.txt" &
python3 - "$SP" "$SOAK" >"$WORK/chaos.txt" 2>&1 <<'EOF' &
import socket, sys, time, threading
port, seconds = int(sys.argv[1]), int(sys.argv[2])
end = time.time() + seconds - 5
def slowloris():
    socks = []
    for _ in range(100):
        s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET /orders/1 HTTP/1.1\r\nHost: x\r\n"); socks.append(s)
    cut = 0
    while time.time() < end:
        for s in list(socks):
            try: s.sendall(b"X-Slow: 1\r\n")
            except OSError: socks.remove(s); cut += 1
        time.sleep(5)
    print("slowloris connections cut by the proxy:", cut, "of 100")
def aborts():
    n = 0
    while time.time() < end:
        s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET /files/big16 HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(65536); s.close()
        u = socket.create_connection(("127.0.0.1", port))
        u.sendall(b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n" + b"x" * 100000); u.close()
        n += 2; time.sleep(0.2)
    print("aborted downloads and uploads:", n)
t = [threading.Thread(target=slowloris), threading.Thread(target=aborts)]
[x.start() for x in t]; [x.join() for x in t]
EOF
CHAOS=$!
SOAKR=$(measure soak "$SP" 64 "$SOAK")
wait $CHAOS || true
read -r k_rps k50 k99 kerr _ <<<"$SOAKR"
printf 'soak: %.0f requests/s, p50 %.3f ms, p99 %.3f ms, socket errors %s\n' "$k_rps" "$k50" "$k99" "$kerr"
grep -E "Socket errors|requests in|Non-2xx" "$WORK/wrk-soak-64.txt" | sed 's/^/  wrk: /'
cat "$WORK/chaos.txt"
echo "statuslint RSS MB: start $RSS0, every 5 s: $(tr '\n' ' ' <"$WORK/rss.txt")"

bad=0; n=0
for i in $(seq 1 200) ; do
  p="/orders/$i"; [ $((i % 50)) -eq 0 ] && p="/files/big1"; [ $((i % 100)) -eq 0 ] && p="/files/big16"
  a=$(curl -s "http://127.0.0.1:$UP$p" | sha256sum); b=$(curl -s "http://127.0.0.1:$SP$p" | sha256sum)
  n=$((n + 1)); [ "$a" = "$b" ] || { bad=$((bad + 1)); echo "MISMATCH $p" >&2; }
done
echo "bodies compared through the proxy vs direct: $n, mismatches: $bad"
curl -s "http://127.0.0.1:$DP/state" | python3 -c 'import json,sys; s=json.load(sys.stdin)["stats"]; print("dashboard: exchanges", s["exchanges"], "findings", s["findings"], "statuses", s["statuses"])'

# SIGTERM, not SIGINT: a background job of a script starts with SIGINT ignored. Both end the session alike.
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM $SL; wait $SL || true
echo; echo "statuslint's own summary on stopping:"; grep -A8 "stopped after" "$WORK/statuslint.out" || cat "$WORK/statuslint.err"
