#!/usr/bin/env bash
# Whole-process benchmark of `statuslint lint` against the spec linters users would pick instead,
# on the same files in the same run:
#   - GitHub's REST API spec (@octokit/openapi: api.github.com.json, 13 MB, 1,223 operations);
#   - self-contained cuts of it (bench/spec-subset.js): ~0.3 MB JSON, ~0.3 MB YAML, ~0.8 MB YAML;
#   - the whole spec as YAML (10 MB).
# The spec and the linters (@redocly/cli 2.77.0, @stoplight/spectral-cli 6.16.3 with spectral:oas)
# are installed with npm into a temporary directory. statuslint runs as users run it
# (./statuslint lint FILE, text output), and once more with the launcher flags recommended in the
# README (JAVA_OPTS), until the launcher carries them itself.
# For each spec and tool: median wall time of RUNS runs (hyperfine when installed, after a warm-up
# run; otherwise /usr/bin/time) and median peak RSS of RUNS runs (/usr/bin/time), as a Markdown table.
#   bench/lint-vs-redocly.sh                      # RUNS=5; Spectral once on the 13 MB files (minutes)
#   RUNS=9 SPECTRAL_BIG_RUNS=3 bench/lint-vs-redocly.sh
#   SKIP_SPECTRAL=1 bench/lint-vs-redocly.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
SPECTRAL_BIG_RUNS=${SPECTRAL_BIG_RUNS:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1

echo "installing the spec and the linters with npm into $WORK …" >&2
(cd "$WORK" && npm init -y >/dev/null 2>&1 && npm install --no-audit --no-fund --loglevel=error \
  @octokit/openapi@23.0.2 @redocly/cli@2.77.0 @stoplight/spectral-cli@6.16.3 >/dev/null)
BIN=$WORK/node_modules/.bin
GITHUB=$WORK/api.github.com.json
cp "$WORK/node_modules/@octokit/openapi/generated/api.github.com.json" "$GITHUB"
export NODE_PATH=$WORK/node_modules
node bench/spec-subset.js "$GITHUB" "$WORK/small.json" 300000 >&2
node bench/spec-subset.js "$GITHUB" "$WORK/small.yaml" 300000 >&2
node bench/spec-subset.js "$GITHUB" "$WORK/medium.yaml" 1000000 >&2
node -e "const fs=require('fs');fs.writeFileSync('$WORK/github.yaml',require('@stoplight/yaml')
  .safeStringify(JSON.parse(fs.readFileSync('$GITHUB','utf8')),{lineWidth:120}))"
printf 'extends: ["spectral:oas"]\n' >"$WORK/.spectral.yaml"

echo "building statuslint (and its class-data archive) …" >&2
./statuslint rules >/dev/null
# The flags recommended for the launcher, with a class-data archive trained on lint runs.
java -XX:ArchiveClassesAtExit="$WORK/lint.jsa" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -jar statuslint-cli/target/statuslint.jar lint "$WORK/small.json" "$WORK/small.yaml" >/dev/null 2>&1 || true
RECOMMENDED="-XX:TieredStopAtLevel=1 -Xmn24m -XX:SharedArchiveFile=$WORK/lint.jsa"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure RUNS -- command… : prints "seconds peak_rss_mb"
measure() {
  local runs=$1; shift 2
  local rss_file=$WORK/rss secs
  : >"$rss_file"
  : >"$WORK/secs"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$WORK/one" "$@" >/dev/null 2>&1 || true
    # time(1) puts "Command exited with non-zero status N" first when a linter reports findings.
    tail -n 1 "$WORK/one" | cut -d' ' -f1 >>"$WORK/secs"
    tail -n 1 "$WORK/one" | cut -d' ' -f2 >>"$rss_file"
  done
  if command -v hyperfine >/dev/null 2>&1 && [ "$runs" -ge 2 ]; then
    hyperfine --shell bash --style none --runs "$runs" --warmup 1 -i --export-json "$WORK/h.json" \
      "$(printf '%q ' "$@")" >/dev/null 2>&1
    secs=$(python3 -c "import json;print(json.load(open('$WORK/h.json'))['results'][0]['median'])")
  else
    secs=$(median <"$WORK/secs")
  fi
  echo "$secs $(median <"$rss_file" | awk '{printf "%.0f", $1/1024}')"
}

SPECS=(small.json small.yaml medium.yaml api.github.com.json github.yaml)
printf '\n%s; %s cores; load %s; %s; node %s; %s runs per cell (time: %s)\n\n' "$(uname -sr)" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(java -version 2>&1 | head -1)" "$(node --version)" "$RUNS" \
  "$(command -v hyperfine >/dev/null && echo hyperfine median || echo /usr/bin/time median)"
echo "| spec | size | tool | median s | peak RSS MB | time vs Redocly | RSS vs Redocly |"
echo "|---|---|---|---:|---:|---:|---:|"
for spec in "${SPECS[@]}"; do
  f=$WORK/$spec
  size=$(python3 -c "import os;print('%.1f MB' % (os.path.getsize('$f')/1e6))")
  read -r r_s r_m < <(measure "$RUNS" -- "$BIN/redocly" lint "$f")
  rows=("Redocly CLI 2.77.0|$r_s|$r_m")
  read -r s_s s_m < <(measure "$RUNS" -- ./statuslint lint "$f")
  rows+=("./statuslint lint|$s_s|$s_m")
  read -r o_s o_m < <(measure "$RUNS" -- env JAVA_OPTS="$RECOMMENDED" ./statuslint lint "$f")
  rows+=("./statuslint lint, recommended launcher flags|$o_s|$o_m")
  if [ -z "${SKIP_SPECTRAL:-}" ]; then
    runs=$RUNS
    case $spec in api.github.com.json|github.yaml) runs=$SPECTRAL_BIG_RUNS ;; esac
    read -r p_s p_m < <(measure "$runs" -- "$BIN/spectral" lint "$f" --ruleset "$WORK/.spectral.yaml")
    rows+=("Spectral CLI 6.16.3 (spectral:oas, $runs run(s))|$p_s|$p_m")
  fi
  for row in "${rows[@]}"; do
    IFS='|' read -r tool secs mb <<<"$row"
    if [[ $tool == Redocly* ]]; then
      vs_time="—"; vs_rss="—"
    else
      vs_time=$(python3 -c "print('%.1f× faster' % ($r_s/$secs) if $secs < $r_s else '%.1f× slower' % ($secs/$r_s))")
      vs_rss=$(python3 -c "print('%.0f%%' % (100.0*$mb/$r_m))")
    fi
    printf '| %s | %s | %s | %.2f | %s | %s | %s |\n' "$spec" "$size" "$tool" "$secs" "$mb" "$vs_time" "$vs_rss"
  done
done
