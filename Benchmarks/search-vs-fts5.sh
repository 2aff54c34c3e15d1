#!/bin/sh
# Search speed on a synthetic library of N articles (default 10000):
#   1. in-process figures (index build, load, query p50/p99, peak memory) from search-benchmark;
#   2. `pamphlet search` as a whole process with a warm cache against `sqlite3` querying an
#      FTS5 (porter unicode61) index of the same documents, side by side with hyperfine;
#   3. the floors under the whole-process figure: `pamphlet --version` (start-up alone) and
#      Floors/freshness-check.c (listing the library and stat-ing every article, the least a
#      cache keyed by sizes and modification times must do before answering).
# Generated files go to Benchmarks/generated/ (git-ignored). Run from anywhere.
set -eu
N=${1:-10000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$here/generated"
library="$out/library-$N"
mkdir -p "$out"

command -v hyperfine >/dev/null 2>&1 || { echo "hyperfine missing: apt-get install hyperfine" >&2; exit 1; }
command -v sqlite3 >/dev/null 2>&1 || { echo "sqlite3 missing: apt-get install sqlite3" >&2; exit 1; }

(cd "$here" && swift build -c release --product GenerateLibrary >/dev/null && swift build -c release --product SearchBenchmark >/dev/null)
bin=$(cd "$here" && swift build -c release --show-bin-path)
(cd "$root" && swift build -c release --static-swift-stdlib --product pamphlet >/dev/null)
pamphlet="$(cd "$root" && swift build -c release --show-bin-path)/pamphlet"

[ -d "$library" ] || "$bin/GenerateLibrary" "$N" "$library"
echo "== in process"
"$bin/SearchBenchmark" "$library" 2000

echo "== whole process, warm cache, versus sqlite3 FTS5"
db="$out/fts5-$N.db"
if [ ! -f "$db" ]; then
    "$bin/SearchBenchmark" export-sql "$library" "$out/docs-$N.sql"
    sqlite3 "$db" < "$out/docs-$N.sql"
fi
export XDG_CACHE_HOME="$out/cache"
"$pamphlet" search --library "$library" warm >/dev/null 2>&1 || true   # builds the index once
/usr/bin/time -f "pamphlet search peak RSS: %M KB" "$pamphlet" search --library "$library" blood pressure >/dev/null

# The FTS5 query that stands for `pamphlet search --limit 10 QUERY`.
fts_sql() {
    echo "SELECT article, anchor, title, snippet(docs, 5, '«', '»', '…', 12) FROM docs WHERE docs MATCH '$1' ORDER BY rank LIMIT 10;"
}

# Frequent word, rare word, two words; the typo query only pamphlet answers.
for query in "treatment" "tiostgli" "blood pressure"; do
    sql=$(fts_sql "$query")
    hyperfine --warmup 3 --runs 30 --style basic -N \
        -n "pamphlet search '$query'" "$pamphlet search --library $library --limit 10 $query" \
        -n "sqlite3 fts5 '$query'" "sqlite3 $db \"$sql\"" 2>&1 | grep -E "Time|±|faster|pamphlet|sqlite" || true
done
hyperfine --warmup 3 --runs 30 --style basic -N -n "pamphlet search 'blod presure' (typos)" \
    "$pamphlet search --library $library --limit 10 blod presure" 2>&1 | grep -E "Time" || true

echo "== floors under the whole-process figure"
cc -O2 -o "$out/freshness-check" "$here/Floors/freshness-check.c"
hyperfine --warmup 3 --runs 30 --style basic -N \
    -n "pamphlet --version (start-up alone)" "$pamphlet --version" \
    -n "freshness check of $N articles (C)" "$out/freshness-check $library" \
    -n "sqlite3 fts5 'tiostgli'" "sqlite3 $db \"$(fts_sql tiostgli)\"" \
    2>&1 | grep -E "Time|±|pamphlet|freshness|sqlite" || true
