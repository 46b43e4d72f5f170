#!/usr/bin/env bash
# Builds caremap's libFuzzer targets (fuzz/Package.swift) and runs each for SECONDS (default 60).
#
#   fuzz/run.sh [SECONDS]
#
# A target fuzz-NAME starts from fuzz/seeds/fuzz-NAME/ when that folder exists (the command line
# and the importers), else from the map seeds, fuzz/seeds/maps/ (the hostile corpus and every
# crash found) and the sample maps; with fuzz/dictionaries/fuzz-NAME.dict (else caremap.dict) as
# its dictionary. `swift test` replays every seed (SeedCorpusTests). What
# it learns is kept in fuzz/corpus/ for the next run. A crash, or a broken property, is saved as
# fuzz/crashes/TARGET-crash-… and makes the script fail: turn it into a regression test in the
# normal test suite (docs/safety.md, "Fuzzing").
set -euo pipefail

seconds="${1:-60}"
cd "$(dirname "$0")"

# -sanitize=fuzzer instruments for coverage and links libFuzzer; address catches memory errors
# in C code and unsafe pointers; -parse-as-library because libFuzzer, not top-level code, is the
# program's start; -enable-testing lets a target reach internal entry points (`@testable import`).
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing)
bin="$(swift build "${flags[@]}" --show-bin-path)"
targets=()
for source in Sources/fuzz-*/; do targets+=("$(basename "$source")"); done
# Product by product: a plain `swift build` would also link the main package's executables
# with libFuzzer, which fails (they have a main of their own).
for target in "${targets[@]}"; do swift build "${flags[@]}" --product "$target"; done

mkdir -p corpus crashes
failed=()
for target in "${targets[@]}"; do
    seeds=("seeds/$target")
    [[ -d "${seeds[0]}" ]] || seeds=("seeds/maps" "../sample-maps")
    dictionary="dictionaries/$target.dict"
    [[ -f "$dictionary" ]] || dictionary="dictionaries/caremap.dict"
    mkdir -p "corpus/$target"
    echo "== $target: $seconds s from ${seeds[*]} with $dictionary"
    # Leaks are not looked for input by input (-detect_leaks=0), but LeakSanitizer still checks
    # once at exit, less the leaks of other libraries named in lsan.supp. -timeout fails any one
    # input taking over 10 s.
    if ! LSAN_OPTIONS="suppressions=$PWD/lsan.supp" "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -print_final_stats=1 -dict="$dictionary" -artifact_prefix="crashes/$target-" \
        "corpus/$target" "${seeds[@]}"; then
        failed+=("$target")
    fi
done

if (( ${#failed[@]} > 0 )); then
    echo "fuzzing found crashes in: ${failed[*]} (inputs in fuzz/crashes/)" >&2
    exit 1
fi
echo "fuzzing found no crash"
