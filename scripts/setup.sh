#!/usr/bin/env bash
# Installs what Fiduciary needs on a fresh Debian machine with Node 20, only where it is missing:
# Debian's Chromium (never a downloaded browser), poppler-utils (PDF checks in tests), npm packages, the build.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v "${FIDUCIARY_CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ "${FIDUCIARY_SETUP_POSTGRES:-0}" = 1 ] && ! command -v pg_ctlcluster >/dev/null 2>&1; then need_apt+=(postgresql); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-dejavu-core >/dev/null
fi

# node_modules is (re)installed when missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi

# Build when dist is missing or any source is newer than it.
if [ ! -f dist/cli/bin.js ] || [ -n "$(find src -newer dist/cli/bin.js -print -quit)" ]; then
  echo "setup: building" >&2
  npm run --silent build >&2
fi
