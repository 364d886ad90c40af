#!/usr/bin/env bash
# Builds the libFuzzer harnesses in build-fuzz/ (clang-14, ASan+UBSan) and runs
# each for SECONDS (default 600) on a corpus seeded from tests/data:
#   tests/fuzz/run.sh [SECONDS [HARNESS...]]      e.g. tests/fuzz/run.sh 600 json csv
# Corpora grow in build-fuzz/corpus/<harness>/, crashing inputs land in
# build-fuzz/artifacts/<harness>/, the log of each run in build-fuzz/logs/.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
shift || true
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(json graphml gexf csv dot filter)
build=${ENTENTE_FUZZ_BUILD_DIR:-$src/build-fuzz}
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DENTENTE_FUZZ=ON -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target "${harnesses[@]/#/fuzz_}"
[ -d "$build/corpus" ] || "$src/tests/fuzz/make-corpus.sh" "$build/corpus"
mkdir -p "$build/logs"
for h in "${harnesses[@]}"; do
  mkdir -p "$build/artifacts/$h"
  # -max_len: the seeds are small; 64 KiB leaves room for deep nesting and long
  # tokens while keeping executions fast. detect_leaks stays on (LeakSanitizer).
  nice -n 19 "$build/tests/fuzz/fuzz_$h" "$build/corpus/$h" \
    -dict="$src/tests/fuzz/$h.dict" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$h/" 2>&1 | tee "$build/logs/$h.log" | grep -E '^(#[0-9]+ +(INITED|DONE)|==|SUMMARY|stat::)' || true
done
