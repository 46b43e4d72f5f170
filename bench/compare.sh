#!/usr/bin/env bash
# Times public tools on the very graphs caremap-bench times caremap on, and prints each ratio
# beside caremap's own figure: Graphviz twopi (radial layout) against caremap's rings layout,
# Graphviz sfdp (force-directed) against caremap's force layout, networkx's
# betweenness_centrality and articulation_points against caremap's analysis, and python-igraph's
# betweenness (C, exact) against caremap's whole report, which must take under a quarter of it.
#
#   bench/compare.sh [--sizes "1000 10000"] [--runs 3] [--timeout 120] [--out DIR] [--bench-json FILE]
#
# Builds the release bench, writes the fixtures (synthetic-N.caremap / .dot / .edges) and the
# bench's JSON into DIR (default .build/compare), then runs each tool on them: the median of
# --runs runs, or a single run when one takes over 10 s; a run over --timeout seconds is cut off
# and shown as "> N s". A tool that is not installed is skipped with the reason; a figure the
# bench has not written (an analysis not built yet) shows as "n/a (no caremap figure yet)".
# With --bench-json the bench is not run: that JSON is used, and the fixtures must be in DIR.
#
# Graphviz runs with -Gsplines=line: caremap's layouts place nodes and leave lines to the
# renderer, which routes only what is on screen, while the exported DOT asks for splines
# routed around every node, which is most of Graphviz's time and not layout. Overlap removal
# (overlap=false in the DOT) stays on, since caremap's layouts keep boxes apart too.
set -euo pipefail

cd "$(dirname "$0")/.."

sizes="1000 10000"
runs=3
limit=120
out=.build/compare
bench_json=""
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --timeout) limit="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --bench-json) bench_json="$2"; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown option '$1'; see --help" >&2; exit 64 ;;
    esac
done

command -v python3 >/dev/null || { echo "compare.sh: python3 is needed to read the bench's JSON" >&2; exit 1; }
mkdir -p "$out/fixtures"

if [ -z "$bench_json" ]; then
    echo "== building the release bench"
    swift build -c release --product caremap-bench >/dev/null
    swift build -c release --product caremap >/dev/null
    bench_json="$out/bench.json"
    echo "== caremap-bench --sizes $sizes (writes fixtures to $out/fixtures)"
    # shellcheck disable=SC2086  # sizes is a list of words
    .build/release/caremap-bench --sizes $sizes --runs "$runs" --worst-shapes 0 --json "$bench_json" --write-fixtures "$out/fixtures"
fi

# Prints the median wall time in seconds of running "$@" (output discarded), "> LIMIT s" when
# a run is cut off, or "failed (status N)".
median_seconds() {
    local times=() i start end status
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s.%N)
        set +e
        timeout "$limit" "$@" >/dev/null 2>&1
        status=$?
        set -e
        end=$(date +%s.%N)
        if [ "$status" -eq 124 ]; then echo "> $limit s"; return; fi
        if [ "$status" -ne 0 ]; then echo "failed (status $status)"; return; fi
        times+=("$(python3 -c "print($end - $start)")")
        if python3 -c "import sys; sys.exit(0 if $end - $start > 10 else 1)"; then break; fi
    done
    printf '%s\n' "${times[@]}" | sort -g | python3 -c "import sys; t = [float(l) for l in sys.stdin]; print(f'{t[len(t) // 2]:.4f} s')"
}

# caremap's median in seconds for a work at a size, or nothing when the JSON lacks it.
caremap_seconds() {
    python3 - "$bench_json" "$1" "$2" <<'EOF'
import json, sys
path, work, nodes = sys.argv[1], sys.argv[2], int(sys.argv[3])
for entry in json.load(open(path)):
    if entry["work"] == work and entry["nodes"] == nodes and entry.get("median") is not None:
        print(f'{entry["median"] / 1000:.7f}')
        break
EOF
}

# One row: graph size, tool, the tool's figure, caremap's work and figure, the ratio, the target.
row() {
    local nodes="$1" tool="$2" figure="$3" work="$4" target="$5" mine ratio
    mine=$(caremap_seconds "$work" "$nodes")
    if [ -z "$mine" ]; then
        mine="n/a (no caremap figure yet)"; ratio="n/a"
    else
        ratio=$(python3 - "$figure" "$mine" <<'EOF'
import sys
figure, mine = sys.argv[1], float(sys.argv[2])
if figure.startswith(">"):
    print(f"> {float(figure.split()[1]) / mine:.0f}× (tool cut off)")
elif figure.endswith(" s"):
    print(f"{float(figure.split()[0]) / mine:.1f}×")
else:
    print("n/a")
EOF
)
        mine=$(python3 -c "print(f'{$mine * 1000:.2f} ms')")
    fi
    printf '%-7s %-32s %-18s %-22s %-14s %-24s %s\n' "$nodes" "$tool" "$figure" "$work" "$mine" "$ratio" "$target"
}

python_has_networkx() { python3 -c "import networkx" 2>/dev/null; }

# The Python that imports igraph: python3 itself, or the system's, where Debian's python3-igraph
# installs it when python3 is another (a pyenv) interpreter. Empty when neither has it.
igraph_python() {
    local candidate
    for candidate in python3 /usr/bin/python3; do
        if "$candidate" -c "import igraph" 2>/dev/null; then echo "$candidate"; return; fi
    done
}

# Prints the median of the seconds a Python script prints over --runs runs (one run when it
# takes over 10 s), or "> LIMIT s" when a run is cut off. $2 is the interpreter (python3).
python_seconds() {
    local times=() i output status interpreter="${2:-python3}"
    for ((i = 0; i < runs; i++)); do
        set +e
        output=$(timeout "$limit" "$interpreter" -c "$1" 2>/dev/null)
        status=$?
        set -e
        if [ "$status" -eq 124 ]; then echo "> $limit s"; return; fi
        if [ "$status" -ne 0 ]; then echo "failed (status $status)"; return; fi
        times+=("$output")
        if python3 -c "import sys; sys.exit(0 if $output > 10 else 1)"; then break; fi
    done
    printf '%s\n' "${times[@]}" | sort -g | python3 -c "import sys; t = [float(l) for l in sys.stdin]; print(f'{t[len(t) // 2]:.4f} s')"
}

echo
echo "== ratios: the tool's time over caremap's (over 1 means caremap is faster)"
printf '%-7s %-32s %-18s %-22s %-14s %-24s %s\n' nodes tool "tool time" "caremap work" "caremap" ratio target
for size in $sizes; do
    dot="$out/fixtures/synthetic-$size.dot"
    edges="$out/fixtures/synthetic-$size.edges"
    [ -f "$dot" ] && [ -f "$edges" ] || { echo "compare.sh: $dot or $edges is missing; run without --bench-json" >&2; exit 1; }
    if command -v twopi >/dev/null; then
        row "$size" "twopi (Graphviz)" "$(median_seconds twopi -Gsplines=line -Tplain "$dot")" "layout rings" "rings < 100 ms at 10,000"
    else
        echo "$size   twopi: skipped, Graphviz is not installed (apt-get install graphviz)"
    fi
    if command -v sfdp >/dev/null; then
        row "$size" "sfdp (Graphviz)" "$(median_seconds sfdp -Gsplines=line -Tplain "$dot")" "layout force" "≥ 4×"
    else
        echo "$size   sfdp: skipped, Graphviz is not installed (apt-get install graphviz)"
    fi
    if python_has_networkx; then
        for measure in betweenness_centrality articulation_points; do
            case "$measure" in
                betweenness_centrality) work="betweenness"; target="≥ 50× at 10,000" ;;
                articulation_points) work="report"; target="" ;;
            esac
            # Timed inside Python around the call alone, so reading the file is not counted.
            script="import networkx as nx, time; g = nx.read_edgelist('$edges'); t = time.perf_counter(); list(nx.$measure(g)); print(time.perf_counter() - t)"
            figure=$(python_seconds "$script")
            row "$size" "networkx $measure" "$figure" "$work" "$target"
        done
    else
        echo "$size   networkx: skipped, python3 cannot import networkx (pip install networkx)"
    fi
    igraph=$(igraph_python)
    if [ -n "$igraph" ]; then
        # Exact betweenness in C, on the same edge list, timed around the call alone.
        script="import igraph, time; g = igraph.Graph.Read_Ncol('$edges', directed=False).simplify(); t = time.perf_counter(); g.betweenness(directed=False); print(time.perf_counter() - t)"
        row "$size" "igraph betweenness" "$(python_seconds "$script" "$igraph")" "report" "≥ 4× at 10,000"
    else
        echo "$size   igraph: skipped, no python3 can import igraph (apt-get install python3-igraph)"
    fi
done
