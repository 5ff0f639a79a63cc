#!/bin/sh
# Fuzzes the tokenizer and parser with libFuzzer for SECONDS (default 600),
# on a clang ASan+UBSan build in build-fuzz/. The corpus starts from the
# differential tests and is kept in fuzz/corpus/ (not committed).
set -e
cd "$(dirname "$0")/.."
seconds=${1:-600}

for package in clang libclang-rt-14-dev; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev
    break
  fi
done

CC=clang CXX=clang++ KRAIT_BUILD_DIR=build-fuzz KRAIT_TARGETS=fuzz_parser scripts/build.sh -DKRAIT_FUZZ=ON -DKRAIT_UNIT_TESTS=OFF
mkdir -p fuzz/corpus
for test in tests/*/*.py; do
  # The first byte of an input selects the mode: 0 = exec, no type comments.
  { printf '\000'; cat "$test"; } > "fuzz/corpus/$(basename "$(dirname "$test")")_$(basename "$test")"
done
build-fuzz/fuzz_parser -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -print_final_stats=1 fuzz/corpus
