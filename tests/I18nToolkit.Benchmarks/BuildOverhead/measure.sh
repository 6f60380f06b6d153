#!/usr/bin/env bash
# Build-time overhead of the analyzers on the shared corpus (../shared/bench/gen-corpus.py: 1,500 files,
# 6,000 messages), side by side in one run: full rebuilds with and without the analyzers, alternating
# which goes first each round, several rounds, medians. Usage: measure.sh [rounds=5]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
rounds="${1:-5}"
corpus_gen="$repo/../shared/bench/gen-corpus.py"
[ -f "$corpus_gen" ] || { echo "missing $corpus_gen (the shared/ folder beside the repository)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build -c Release -nologo -v q "$repo/analyzers/I18nToolkit.Analyzers/I18nToolkit.Analyzers.csproj" >/dev/null
dotnet build -c Release -nologo -v q "$repo/src/I18nToolkit/I18nToolkit.csproj" >/dev/null
runtime="$repo/src/I18nToolkit/bin/Release/net8.0/I18nToolkit.dll"
analyzer="$repo/analyzers/I18nToolkit.Analyzers/bin/Release/netstandard2.0/I18nToolkit.Analyzers.dll"

python3 "$corpus_gen" "$work/src" 1500 6000 "Msgs.Loc.X" >/dev/null
cat > "$work/Msgs.cs" <<CS
internal static class Msgs
{
    public static readonly I18nToolkit.Localization.Localizer Loc = new("Corpus", null);
}
CS
cat > "$work/Corpus.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <NoWarn>\$(NoWarn);CS8019</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="I18nToolkit"><HintPath>$runtime</HintPath></Reference>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.3" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithAnalyzers)' == 'true'">
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
XML

build() { # $1 = true|false; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build "$work/Corpus.csproj" -c Release -nologo -v q --no-incremental --no-restore -p:WithAnalyzers="$1" >"$work/build-$1.log" 2>&1 \
    || { cat "$work/build-$1.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

dotnet restore "$work/Corpus.csproj" -nologo -v q >/dev/null
build true >/dev/null; build false >/dev/null   # warm the compiler server and the disk cache
echo "analyzer diagnostics in the corpus build: $(grep -c "I18N" "$work/build-true.log" || true)"

with=(); without=()
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then with+=("$(build true)"); without+=("$(build false)"); else without+=("$(build false)"); with+=("$(build true)"); fi
  echo "round $i: with ${with[-1]} s, without ${without[-1]} s"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}")
awk -v w="$mw" -v o="$mo" 'BEGIN { printf "median with analyzers: %.2f s; without: %.2f s; overhead: %.1f %%\n", w, o, (w - o) * 100 / o }'

# Wall-clock medians of whole builds carry the machine's noise; the compiler also reports the time it spent in
# each analyzer (ReportAnalyzer), which isolates the toolkit's share of the compile.
# The report is written at diagnostic verbosity only.
dotnet build "$work/Corpus.csproj" -c Release -nologo -v diag --no-incremental --no-restore -p:WithAnalyzers=true -p:ReportAnalyzer=true >"$work/report.log" 2>&1
grep -E "Total analyzer execution time|^ *[0-9.<]+ +[0-9<]+ +I18nToolkit" "$work/report.log" | sed 's/^ *//; s/ (TaskId.*//' | head -12
grep -E "Time Elapsed" "$work/report.log"
