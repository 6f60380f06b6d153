#!/usr/bin/env bash
# `i18n logs filter` beside jq on the same generated 200 MB CLEF file (gen-clef.py), side by side in one run:
# rounds alternate which goes first; each tool's output is checked to be the same lines; wall time (median),
# throughput and peak memory (max RSS) are reported. Two filters: the issue's (text a match must contain lets most
# lines be skipped unparsed) and one with nothing to skip on (every line is parsed).
# Usage: compare-jq.sh [rounds=5] [size_mb=200]     Needs: python3, /usr/bin/time; installs jq from Debian if missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
rounds="${1:-5}"
size="${2:-200}"
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
python3 "$(dirname "$0")/gen-clef.py" "$work/app.clef" "$size"
python3 "$(dirname "$0")/gen-clef.py" "$work/small.clef" $(( size / 4 )) >/dev/null
# The tool as users get it: packed (this machine's ReadyToRun package and the primary one) and installed.
version="0.0.0-bench.$(date +%s)"  # new each run: NuGet caches a version once
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
dotnet pack "$repo/src/I18nToolkit.Cli/I18nToolkit.Cli.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  "-p:ToolPackageRuntimeIdentifiers=\"$rid;any\"" -nologo -v q >"$work/pack.log" || { cat "$work/pack.log"; exit 1; }
dotnet tool install I18nToolkit.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >"$work/pack.log" \
  || { cat "$work/pack.log"; exit 1; }
i18n="$work/tools/i18n"
bytes=$(stat -c %s "$work/app.clef")

# name | i18n --where | jq program
filters=(
  "issue example|Application = 'Payrollsync' and @l in ('Warning','Error')|select(.Application == \"Payrollsync\" and (.[\"@l\"] == \"Warning\" or .[\"@l\"] == \"Error\"))"
  "numeric, nothing to skip on|Count > 4990|select(.Count != null and .Count > 4990)"
)
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() { /usr/bin/time -f "%e %M" -o "$work/t" "$@" > "$work/out"; cat "$work/t"; }

echo "file: $(( bytes / 1048576 )) MB, $(wc -l < "$work/app.clef") lines; $rounds rounds"
for f in "${filters[@]}"; do
  IFS='|' read -r name where program <<<"$f"
  ti=(); tj=(); mi=0; mj=0
  for ((r = 0; r < rounds; r++)); do
    for tool in $([ $((r % 2)) -eq 0 ] && echo "i18n jq" || echo "jq i18n"); do
      if [ "$tool" = i18n ]; then
        read -r t m < <(run "$i18n" logs filter "$work/app.clef" --where "$where" --output json); ti+=("$t"); mi=$m
        md5sum < "$work/out" > "$work/i18n.md5"
      else
        read -r t m < <(run jq -c "$program" "$work/app.clef"); tj+=("$t"); mj=$m
        md5sum < "$work/out" > "$work/jq.md5"
      fi
    done
  done
  same=$(cmp -s "$work/i18n.md5" "$work/jq.md5" && echo "same lines" || echo "OUTPUTS DIFFER")
  a=$(median "${ti[@]}"); b=$(median "${tj[@]}")
  awk -v n="$name" -v a="$a" -v b="$b" -v mb="$bytes" -v mi="$mi" -v mj="$mj" -v s="$same" 'BEGIN {
    printf "%s (%s)\n  i18n: %.2f s  %4.0f MB/s  max RSS %3.0f MB\n  jq:   %.2f s  %4.0f MB/s  max RSS %3.0f MB\n  throughput i18n / jq: %.1fx\n",
      n, s, a, mb / 1048576 / a, mi / 1024, b, mb / 1048576 / b, mj / 1024, b / a }'
done

# Flat memory: a file a quarter the size needs the same memory.
read -r _ small < <(run "$i18n" logs filter "$work/small.clef" --where "Application = 'Payrollsync'" --output json)
read -r _ large < <(run "$i18n" logs filter "$work/app.clef" --where "Application = 'Payrollsync'" --output json)
echo "max RSS, $(( size / 4 )) MB vs $size MB input: $(( small / 1024 )) MB vs $(( large / 1024 )) MB"
