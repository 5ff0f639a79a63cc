#!/bin/sh
# Builds Krait into build/ (build/krait), first installing any missing Debian
# packages it needs. Set KRAIT_BUILD_DIR and extra CMake arguments to build
# variants, e.g. `KRAIT_BUILD_DIR=build-asan scripts/build.sh -DKRAIT_SANITIZE=ON`,
# and KRAIT_TARGETS to build only some targets.
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
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
ninja -C "$build_dir" -j"${KRAIT_JOBS:-2}" ${KRAIT_TARGETS:-}
