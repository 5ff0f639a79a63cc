#!/bin/bash
# Runs Krait's whole test suite: C++ unit tests (CTest), the differential tests
# against CPython 3.11 expectations (tests/run.py), front-end parity over
# CPython's standard library (tests/stdlib_parity.py) and the bytecode cache's
# acceptance tests (tests/cache/run_cache_tests.py). With --sanitize, the
# same suite runs on an ASan+UBSan build in build-asan/.
# Ends with `total: N passed, N failed, N skipped`.
set -eo pipefail
cd "$(dirname "$0")/.."

build_dir=build
if [ "$1" = "--sanitize" ]; then
  build_dir=build-asan
  KRAIT_BUILD_DIR=$build_dir scripts/build.sh -DKRAIT_SANITIZE=ON
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export KRAIT_TEST_TIMEOUT=300
else
  scripts/build.sh
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ctest --test-dir "$build_dir" -j2 --output-on-failure 2>&1 | tee -a "$log" || status=1
python3 tests/run.py --krait "$build_dir/krait" 2>&1 | tee -a "$log" || status=1
python3 tests/stdlib_parity.py --krait "$build_dir/krait" 2>&1 | tee -a "$log" || status=1
python3 tests/cache/run_cache_tests.py --krait "$build_dir/krait" 2>&1 | tee -a "$log" || status=1

# ctest: "100% tests passed, 0 tests failed out of N"; ours: "N passed, N failed[, N skipped]".
python3 - "$log" <<'PY'
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"tests passed, (\d+) tests failed out of (\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)) - int(m.group(1))
        continue
    m = re.fullmatch(r"(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\n?", line)
    if m:
        passed += int(m.group(1)); failed += int(m.group(2)); skipped += int(m.group(3) or 0)
print("total: %d passed, %d failed, %d skipped" % (passed, failed, skipped))
PY
exit $status
