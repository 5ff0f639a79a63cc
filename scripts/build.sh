#!/bin/sh
# Builds Krait into build/ (build/krait), first installing any missing Debian
# packages it needs. Set KRAIT_BUILD_DIR and extra CMake arguments to build
# variants, e.g. `KRAIT_BUILD_DIR=build-asan scripts/build.sh -DKRAIT_SANITIZE=ON`,
# and KRAIT_TARGETS to build only some targets.
# A build without CMake arguments is profile-guided (CMakeLists.txt, KRAIT_PGO):
# the first one builds an instrumented krait, trains it on the differential
# tests and builds again with the profile; later ones reuse the profile
# (remove BUILD_DIR/pgo-profile to train again). KRAIT_PGO=0 skips it (a
# quicker build for development).
set -e
cd "$(dirname "$0")/.."

packages="cmake ninja-build g++ pkg-config libgmp-dev libutf8proc-dev libicu-dev zlib1g-dev libssl-dev libbz2-dev liblzma-dev libgtest-dev"
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

build_dir=${KRAIT_BUILD_DIR:-build}
jobs=${KRAIT_JOBS:-2}
profile="$build_dir/pgo-profile"
if [ $# -eq 0 ] && [ "${KRAIT_PGO:-1}" != 0 ] && [ ! -f "$profile/trained" ]; then
  echo "profile-guided build: instrumenting, training on tests/run, then optimising"
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKRAIT_PGO=GENERATE >/dev/null
  ninja -C "$build_dir" -j"$jobs" krait
  rm -rf "$profile"
  # The training: what the programs do matters, not whether they pass.
  python3 tests/run.py --krait "$build_dir/krait" run >/dev/null 2>&1 || true
  mkdir -p "$profile" && touch "$profile/trained"
  cmake -S . -B "$build_dir" -DKRAIT_PGO=USE >/dev/null
elif [ $# -eq 0 ] && [ "${KRAIT_PGO:-1}" = 0 ]; then
  set -- -DKRAIT_PGO=
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
ninja -C "$build_dir" -j"$jobs" ${KRAIT_TARGETS:-}
