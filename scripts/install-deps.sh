#!/usr/bin/env bash
# Installs the Debian 12 packages budgetpdf builds and tests with, if missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3
  libpoppler-private-dev poppler-utils poppler-data
  libicu-dev libre2-dev libssl-dev libgmp-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql
  nlohmann-json3-dev libfmt-dev libcli11-dev doctest-dev
  python3-reportlab fonts-wqy-microhei
  # Layout engines of tests/pdf_variants/engine_variants.py, with the Latin fonts
  # their documents name (about 220 MB to fetch, 40 s to install).
  libreoffice-calc libreoffice-writer chromium fonts-liberation2 fonts-dejavu-core
  qpdf img2pdf clang-14 libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
