#!/usr/bin/env bash
# Fuzzes the readers, tokenizer, scorer and report escaping with libFuzzer for a fixed time.
# Usage: bash Tests/Fuzz/run.sh [SECONDS]   (default 60). Crashers land in .build/fuzz/ as crash-*;
# add each as a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
swift build -c release >/dev/null  # generates EmbeddedDefaults.swift
generated=$(find .build/plugins/outputs -name EmbeddedDefaults.swift | head -n 1)
mkdir -p .build/fuzz/corpus
# Seed corpus: the sample dump's first lines in each format.
head -c 4096 corpora/samples/northwind-shop.csv > .build/fuzz/corpus/sample.csv
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name Verbatim \
  $(find Sources/Verbatim -name '*.swift' | sort) "$generated" Tests/Fuzz/FuzzTarget.swift \
  -o .build/fuzz/verbatim-fuzz 2> >(grep -v "Cannot export local symbol" >&2)
cd .build/fuzz
./verbatim-fuzz -max_total_time="$seconds" -max_len=2048 -print_final_stats=1 corpus 2>&1 | tail -n 12
