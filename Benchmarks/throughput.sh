#!/usr/bin/env bash
# Throughput and peak memory of the release binary on a generated dump.
# Usage: bash Benchmarks/throughput.sh [N]   (default 100000 comments)
# SCRATCH_PATH=.build-x picks another build folder (default .build).
# `sentiment` is measured on one thread (--jobs 1) and on every core (--jobs $(nproc)).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
scratch=${SCRATCH_PATH:-.build}
swift build -c release --scratch-path "$scratch" >/dev/null
bin="$scratch/release/verbatim"
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make-large-dump.py "$n" "$work/dump.csv"
python3 - "$work/dump.csv" "$work/lines.txt" <<'PY'
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
open(sys.argv[2], "w", encoding="utf-8").write("".join(r["text"].replace("\n", " ") + "\n" for r in rows))
PY
csv_bytes=$(stat -c %s "$work/dump.csv")
lines_bytes=$(stat -c %s "$work/lines.txt")
# measure NAME BYTES COMMAND...: MB/s is BYTES (the input the command reads) over the wall time.
measure() {
  local name=$1 bytes=$2; shift 2
  /usr/bin/time -v "$@" 2> "$work/time.txt" >/dev/null
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk -F': ' '{print $2}')
  awk -v name="$name" -v n="$n" -v wall="$wall" -v rss="$rss" -v bytes="$bytes" 'BEGIN {
    printf "| %-32s | %9d | %7.2f s | %10.0f | %7.1f | %7.1f MB |\n", name, n, wall, n / wall, bytes / wall / 1e6, rss / 1024 }'
}
echo "| command | comments | wall | comments/s | MB/s | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
measure "sentiment (plain lines, 1 job)" "$lines_bytes" sh -c "'$bin' sentiment --jobs 1 < '$work/lines.txt'"
measure "sentiment (plain lines, $cores jobs)" "$lines_bytes" sh -c "'$bin' sentiment --jobs $cores < '$work/lines.txt'"
measure "analyze (CSV, auto categories)" "$csv_bytes" "$bin" analyze "$work/dump.csv" -o "$work/report.md"
measure "stream (plain lines)" "$lines_bytes" sh -c "'$bin' stream < '$work/lines.txt'"
