#!/usr/bin/env bash
# Installs everything mirrorcode needs on a fresh Debian 12 machine (as root) and builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The reference tooling, then the toolchains solutions may be written with (visible read-only in the
# agent and scoring sandboxes): Python, C, Go, Rust, OCaml, Ada, TypeScript/JavaScript.
packages=(bubblewrap faketime man-db groff-base info util-linux e2fsprogs python3 gcc make
  patchelf golang-go rustc cargo ocaml-nox gnat nodejs node-typescript
  # The shared results store (Postgres, started by the tests) and the browser the viewer is tested in.
  postgresql chromium)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ "$(id -u)" = 0 ]; then
  # apt-get download needs fresh package lists to find the reference packages, even when nothing is missing.
  apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
elif [ ${#missing[@]} -gt 0 ]; then
  echo "install.sh: missing Debian packages (run as root to install): ${missing[*]}" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
