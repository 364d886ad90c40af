#!/usr/bin/env bash
# Whole-application memory with a graph on screen: starts the real window
# (offscreen platform, throw-away settings and autosave folder), lets it load
# FILE and run its layout for SECONDS, samples the resident set every second
# and prints the peak (VmHWM) and the last sample, beside the CPU time used.
# No hook in the program: the figures come from /proc.
#
#   bench/app_memory.sh BUILD_DIR [FILE] [SECONDS]
#   (FILE defaults to /work/benchrun/graphs/g1m.json, SECONDS to 30)
set -euo pipefail
build=${1:?usage: app_memory.sh BUILD_DIR [FILE] [SECONDS]}
file=${2:-/work/benchrun/graphs/g1m.json}
seconds=${3:-30}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
  "$build/src/app/entente" "$file" >"$home/log" 2>&1 &
pid=$!
samples=""
for ((i = 0; i < seconds; ++i)); do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { cat "$home/log" >&2; echo "entente exited early" >&2; exit 1; }
  samples+=" $(awk '/^VmRSS/{print int($2/1024)}' /proc/$pid/status)"
done
peak=$(awk '/^VmHWM/{print int($2/1024)}' /proc/$pid/status)
read -r utime stime < <(awk '{print $14, $15}' /proc/$pid/stat)
tick=$(getconf CLK_TCK)
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "file: $file ($(nproc) cores)"
echo "RSS MiB each second:$samples"
printf 'peak RSS %s MiB, last %s MiB, CPU %.1f s in %s s\n' "$peak" "${samples##* }" \
  "$(echo "($utime + $stime) / $tick" | bc -l)" "$seconds"
