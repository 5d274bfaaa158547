#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the unit and golden
# tests of the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
