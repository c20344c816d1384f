#!/usr/bin/env bash
# EditorialLint benchmarks, side by side with the peer linters, on one folder of articles.
#
#   bench/run.sh [DIR] [RUNS]        DIR default /work/shared/corpus/pk-news, RUNS default 3
#
# 1. builds the CLI, the analyzer and the benchmark project in Release;
# 2. times the CLI over DIR (/usr/bin/time -v: wall, max RSS; every run and the median; hyperfine too if present);
# 3. times the peers on the same DIR with /work/shared/peers/bench.sh when they are installed
#    (/work/shared/peers/install.sh installs them): cat, grep, textlint+prh, textlint-terminology
#    (PEER_TOOLS to change the list, e.g. add proselint-cold: minutes);
# 4. times the analyzer inside `dotnet build` with DIR as AdditionalFiles (-p:ReportAnalyzer=true);
# 5. runs the in-process table (per-rule MB/s, corpus scaling, per-file path): `EditorialLint.Benchmarks quick`;
# 6. prints one table: our numbers, the peers', and each peer's wall time as a multiple of ours.
# Env: SKIP_PEERS=1 SKIP_BUILD_ANALYZER=1 SKIP_INPROCESS=1; BENCH_OUT (default /tmp/editorial-lint-bench) keeps raw logs.
# Timings on a shared machine are noisy: the load average is printed before and after; re-run when quiet.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$(cd "${1:-${EDITORIAL_BENCH_CORPUS:-/work/shared/corpus/pk-news}}" && pwd)"
RUNS="${2:-3}"
OUT="${BENCH_OUT:-/tmp/editorial-lint-bench}"; mkdir -p "$OUT"
PEERS_SH="${PEERS_SH:-/work/shared/peers/bench.sh}"
PEERS_DIR="${PEERS_DIR:-/tmp/peers}"
PEER_TOOLS="${PEER_TOOLS:-cat grep textlint-prh textlint-terminology}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }
cpu_of() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }

NFILES=$(find "$DIR" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
BYTES=$(find "$DIR" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "# EditorialLint bench: $DIR ($NFILES files, $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB), $RUNS runs, $(nproc) cores"
echo "# load before: $(load)   $(date -u +%FT%TZ)   commit $(git -C "$REPO" rev-parse --short HEAD)"

echo "## build (Release)"
dotnet build "$REPO/src/EditorialLint.Cli" -c Release -v:q -nologo > "$OUT/build-cli.log" 2>&1 || { cat "$OUT/build-cli.log"; exit 1; }
dotnet build "$REPO/bench/EditorialLint.Benchmarks" -c Release -v:q -nologo > "$OUT/build-bench.log" 2>&1 || { cat "$OUT/build-bench.log"; exit 1; }
CLI="$REPO/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint"
CLI_ARGS=(lint "$DIR" --rules "$REPO/rules" --format text)

echo "## editorial-lint CLI"
"$CLI" "${CLI_ARGS[@]}" > "$OUT/cli.out" 2>&1 || true   # warm the file cache and the disk
walls=(); rsss=(); cpus=()
for r in $(seq 1 "$RUNS"); do
  /usr/bin/time -v -o "$OUT/cli.time.$r" "$CLI" "${CLI_ARGS[@]}" > "$OUT/cli.out" 2> "$OUT/cli.err" || [ $? = 1 ]
  walls+=("$(wall_of "$OUT/cli.time.$r")"); rsss+=("$(rss_of "$OUT/cli.time.$r")"); cpus+=("$(cpu_of "$OUT/cli.time.$r")")
  echo "run $r: ${walls[-1]} s wall, ${cpus[-1]} s CPU, ${rsss[-1]} MB (load $(load))"
done
CLI_WALL=$(printf '%s\n' "${walls[@]}" | median); CLI_RSS=$(printf '%s\n' "${rsss[@]}" | median); CLI_CPU=$(printf '%s\n' "${cpus[@]}" | median)
CLI_FINDINGS=$(grep -c -E '\): (error|warning|suggestion) ' "$OUT/cli.out" || true)
if command -v hyperfine > /dev/null; then
  hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$OUT/cli.hyperfine.json" -i \
    "$(printf '%q ' "$CLI" "${CLI_ARGS[@]}") > /dev/null" 2>&1 | sed -n '/Time (mean/,/Range/p' || true
fi

PEER_ROWS=()
if [ "${SKIP_PEERS:-0}" != 1 ] && [ -x "$PEERS_DIR/node_modules/.bin/textlint" ] && [ -f "$PEERS_SH" ]; then
  echo "## peers ($PEER_TOOLS) via $PEERS_SH"
  # shellcheck disable=SC2086
  bash "$PEERS_SH" "$DIR" "$RUNS" $PEER_TOOLS | tee "$OUT/peers.tsv"
  while IFS=$'\t' read -r tool run wall rss _files _mb findings; do
    [ "$run" = median ] && PEER_ROWS+=("$tool"$'\t'"$wall"$'\t'"$rss"$'\t'"$findings")
  done < "$OUT/peers.tsv"
else
  echo "## peers: not installed (run /work/shared/peers/install.sh) or SKIP_PEERS=1"
fi

BUILD_ROW=""
if [ "${SKIP_BUILD_ANALYZER:-0}" != 1 ]; then
  echo "## analyzer inside dotnet build (-p:ReportAnalyzer=true), $DIR as AdditionalFiles"
  C="$OUT/consumer"; rm -rf "$C"; mkdir -p "$C"
  cat > "$C/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$REPO/src/EditorialLint.Analyzers/build/EditorialLint.props" />
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <EditorialLintArticles>$DIR/**/*.txt;$DIR/**/*.md</EditorialLintArticles>
    <EditorialLintRules>$REPO/rules/**/*.yml</EditorialLintRules>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/EditorialLint.Analyzers/EditorialLint.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$REPO/src/EditorialLint.Analyzers/build/EditorialLint.targets" />
</Project>
XML
  dotnet build "$C/Consumer.csproj" -c Release -v:q -nologo -p:UseSharedCompilation=false > "$OUT/consumer-warm.log" 2>&1 || true
  an_times=(); b_walls=()
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$C/obj/Release" "$C/bin"   # force CoreCompile of the consumer only (the analyzer project stays built)
    s=$(date +%s.%N)
    dotnet build "$C/Consumer.csproj" -c Release -v:d -nologo -p:UseSharedCompilation=false -p:ReportAnalyzer=true > "$OUT/consumer.$r.log" 2>&1 || true
    e=$(date +%s.%N)
    t=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+EditorialLint.Analyzers.EditorialLintAnalyzer' "$OUT/consumer.$r.log" | head -1 | awk '{print $1}')
    an_times+=("${t:-nan}"); b_walls+=("$(awk -v s="$s" -v e="$e" 'BEGIN{printf "%.2f", e-s}')")
    echo "run $r: analyzer ${t:-?} s (ReportAnalyzer), whole build ${b_walls[-1]} s (load $(load))"
  done
  B_FINDINGS=$(grep -c -E 'warning EDL[0-9]{4}' "$OUT/consumer.1.log" || true)
  BUILD_ROW="editorial-lint analyzer in dotnet build"$'\t'"$(printf '%s\n' "${an_times[@]}" | median)"$'\t'"-"$'\t'"$B_FINDINGS"$'\t'"whole build $(printf '%s\n' "${b_walls[@]}" | median) s"
fi

if [ "${SKIP_INPROCESS:-0}" != 1 ]; then
  echo "## in process (one thread)"
  EDITORIAL_BENCH_CORPUS="$DIR" dotnet "$REPO/bench/EditorialLint.Benchmarks/bin/Release/net10.0/EditorialLint.Benchmarks.dll" quick | tee "$OUT/inprocess.txt"
fi

echo
echo "## summary: $DIR, medians of $RUNS runs; ratio = that tool's wall time / editorial-lint CLI's"
printf '%-42s %9s %9s %9s  %s\n' tool wall_s rss_MB findings ratio
printf '%-42s %9s %9s %9s  %s\n' "editorial-lint CLI (all rules)" "$CLI_WALL" "$CLI_RSS" "$CLI_FINDINGS" "1.00 (target <= 1.5 s, <= 300 MB; CPU user+sys $CLI_CPU s)"
for row in "${PEER_ROWS[@]}"; do
  IFS=$'\t' read -r tool wall rss findings <<< "$row"
  printf '%-42s %9s %9s %9s  %s\n' "$tool" "$wall" "$rss" "$findings" "$(awk -v a="$wall" -v b="$CLI_WALL" 'BEGIN{printf "%.2f", a/b}')"
done
if [ -n "$BUILD_ROW" ]; then
  IFS=$'\t' read -r tool wall rss findings note <<< "$BUILD_ROW"
  printf '%-42s %9s %9s %9s  %s\n' "$tool" "$wall" "$rss" "$findings" "$note (target analyzer <= 2 s)"
fi
echo "# load after: $(load)"
