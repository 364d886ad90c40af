#!/usr/bin/env bash
# Seeds the libFuzzer corpora from tests/data/<format>/{valid,invalid}, in the
# shape each harness expects (see the comment at the top of fuzz_*.cpp):
#   make-corpus.sh OUT     writes OUT/<harness>/ for every harness.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: make-corpus.sh OUTDIR}
data=$src/tests/data
seeds() {   # the data files of a format, without the .expected and .model files
  find "$data/$1/valid" "$data/$1/invalid" -type f ! -name '*.expected' ! -name '*.model' | sort
}
put() {     # put HARNESS: stdin becomes one seed file, named by its SHA-1 as libFuzzer does
  mkdir -p "$out/$1"
  local tmp
  tmp=$(mktemp "$out/$1/.seed.XXXXXX")
  cat > "$tmp"
  mv "$tmp" "$out/$1/$(sha1sum < "$tmp" | cut -c1-40)"
}
# JSON: each file once per dialect selector (first byte 0..5).
while IFS= read -r f; do
  for s in 0 1 2 3 4 5; do
    { printf "\\x0$s"; cat "$f"; } | put json
  done
done < <(seeds json)
for format in graphml gexf dot; do
  while IFS= read -r f; do put "$format" < "$f"; done < <(seeds "$format")
done
# CSV: every file alone as .csv (mode 0) and .tsv (mode 2); nodes+edges pairs
# as "nodes \n%%edges%%\n edges" (mode 1).
while IFS= read -r f; do
  { printf '\x00'; cat "$f"; } | put csv
  { printf '\x02'; cat "$f"; } | put csv
done < <(seeds csv)
while IFS= read -r f; do
  edges=${f/.nodes./.edges.}
  edges=${edges/\[Nodes\]/[Edges]}
  [ -f "$edges" ] && { printf '\x01'; cat "$f"; printf '\n%%%%edges%%%%\n'; cat "$edges"; } | put csv
done < <(find "$data/csv" -type f \( -name '*.nodes.csv' -o -name '*\[Nodes\].csv' \) | sort)
# Filter expressions: one seed per line of filter-seeds.txt and per file of
# tests/data/filter/invalid (the regression cases).
while IFS= read -r line; do printf '%s' "$line" | put filter; done < "$src/tests/fuzz/filter-seeds.txt"
if [ -d "$data/filter/invalid" ]; then
  while IFS= read -r f; do put filter < "$f"; done < <(seeds filter)
fi
echo "make-corpus.sh: $(find "$out" -type f | wc -l) seeds in $out"
