#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find. Each check
# counts as one test, and every vitest test (unit, component, end-to-end) counts as one;
# the last line sums them up: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash .ci/ensure-chromium.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
bash .ci/ensure-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

mkdir -p test-results
passed=0
failed=0
failures=()

check() {
  local name="$1"; shift
  echo "── $name: $*"
  if "$@"; then passed=$((passed + 1)); echo "── $name: ok"
  else failed=$((failed + 1)); failures+=("$name"); echo "── $name: FAILED"; fi
}

# Adds one vitest JSON report's counts; a report that is missing counts as a failure.
count_vitest() {
  local name="$1" report="$2"
  if [ ! -f "$report" ]; then failed=$((failed + 1)); failures+=("$name (no report)"); return; fi
  local counts
  counts=$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests === 0 ? 1 : 0))' "$PWD/$report")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
  if [ "${counts#* }" != "0" ]; then failures+=("$name"); fi
}

check typecheck npx tsc --noEmit -p tsconfig.json
check lint npx oxlint --deny-warnings
check format npx prettier --check --log-level warn .
check ingest-up-to-date npx tsx src/app/ingest-main.ts --check
rm -f test-results/unit.json test-results/e2e.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count_vitest "unit and component tests" test-results/unit.json
# A failed build must not leave an older dist/ for the browser tests to pass against.
rm -rf dist
builds_before=$failed
check build npx vite build --logLevel warn
if [ "$failed" -eq "$builds_before" ]; then
  npx vitest run --config tests/e2e/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
  count_vitest "end-to-end tests" test-results/e2e.json
else
  echo "── end-to-end tests: not run (the build failed)"
  failed=$((failed + 1)); failures+=("end-to-end tests (not run: the build failed)")
fi

if [ ${#failures[@]} -gt 0 ]; then echo "failed: ${failures[*]}"; fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
