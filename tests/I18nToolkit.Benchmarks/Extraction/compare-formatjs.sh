#!/usr/bin/env bash
# Whole-process extraction, side by side in one run: `i18n extract` (ReadyToRun publish of the CLI) on the C# corpus
# and FormatJS's `formatjs extract` on the equivalent TypeScript corpus (../shared/bench: gen-corpus.py and
# gen-corpus-ts.py, 1,500 files, 6,000 messages). Each round runs both, alternating which goes first; each run starts
# from no output (the neutral .resx / out.json is deleted first). Prints each median and the ratio.
# Usage: compare-formatjs.sh [rounds=7]     Needs: python3, node + npm (FormatJS is installed into a temp folder).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
rounds="${1:-7}"
bench="${I18N_BENCH_DIR:-$repo/../shared/bench}"
[ -f "$bench/gen-corpus.py" ] && [ -f "$bench/gen-corpus-ts.py" ] || { echo "missing gen-corpus.py / gen-corpus-ts.py in $bench (set I18N_BENCH_DIR)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

python3 "$bench/gen-corpus.py" "$work/cs" >/dev/null
python3 "$bench/gen-corpus-ts.py" "$work/ts" >/dev/null
(cd "$work" && npm init -y >/dev/null 2>&1 && npm install --silent @formatjs/cli@6 >/dev/null 2>&1)
formatjs="$work/node_modules/.bin/formatjs"
dotnet publish "$repo/src/I18nToolkit.Cli/I18nToolkit.Cli.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/i18n" -nologo -v q >/dev/null
i18n="$work/i18n/i18n"

now() { date +%s%N; }
run_i18n() { rm -rf "$work/cs/Resources"; local t0; t0=$(now); "$i18n" extract "$work/cs" --prefix Corpus >/dev/null; echo $(( ($(now) - t0) / 1000000 )); }
run_formatjs() { rm -f "$work/out.json"; local t0; t0=$(now); "$formatjs" extract "$work/ts/*.ts" --out-file "$work/out.json" >/dev/null 2>&1; echo $(( ($(now) - t0) / 1000000 )); }

# One unmeasured run each (disk cache), then the rounds.
run_i18n >/dev/null; run_formatjs >/dev/null
a=(); b=()
for ((r = 0; r < rounds; r++)); do
  if (( r % 2 == 0 )); then a+=("$(run_i18n)"); b+=("$(run_formatjs)"); else b+=("$(run_formatjs)"); a+=("$(run_i18n)"); fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
count_cs=$(grep -c '<data name=' "$work/cs/Resources/Messages.resx")
count_ts=$(python3 -c "import json,sys; print(len(json.load(open('$work/out.json'))))")
echo "i18n extract (C#):     median ${ma} ms  runs: ${a[*]}  messages: $count_cs"
echo "formatjs extract (TS): median ${mb} ms  runs: ${b[*]}  messages: $count_ts"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio i18n / FormatJS: %.2fx\n", a / b }'
