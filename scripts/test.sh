#!/usr/bin/env bash
# `npm test`: set up whatever is missing, type-check, then run every test (unit, fixture, golden).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc -p tsconfig.json
npx vitest run "$@"
