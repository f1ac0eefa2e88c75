#!/usr/bin/env bash
# `npm run demo`: set up whatever is missing, then audit the bundled demo library site and write reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node dist/cli/bin.js demo "$@"
