#!/usr/bin/env bash
# Builds, instruments and fuzzes one target with AFL++.
#
#   fuzz/run.sh TARGET SECONDS      e.g. fuzz/run.sh dataset 600 (CPU seconds)
#   fuzz/run.sh --list              the target names
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the local tools (dotnet tool restore).
# Output goes to fuzz/out/ (ignored by git): out/findings/TARGET/default/{crashes,hangs,queue,
# fuzzer_stats}; what every resumed slice found is kept in out/saved/TARGET/{crashes,hangs}. The last line printed is the summary of the run, also appended to
# fuzz/out/summary.tsv. Every crash or hang found is replayed at the end with the uninstrumented
# build so its exception is printed; copy the input to fuzz/regressions/TARGET/ once it is fixed —
# the test project replays that folder on every `dotnet test`.
# Two targets can run at once (one per core); the build is shared and guarded by a lock.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
out="$here/out"
bin="$out/bin"
plain="$out/plain"
mkdir -p "$out"

build() {
  # Publish and instrument once per change of the library or the targets.
  exec 9>"$out/.build.lock"
  flock 9
  local stamp="$bin/.instrumented"
  if [[ -f "$stamp" ]] && [[ -z $(find "$root/src/CentralAsia.Domain" "$root/src/CentralAsia.Domain.Columnar" "$root/src/CentralAsia.Domain.Import" "$here/CentralAsia.Domain.Fuzz" -name '*.cs' -newer "$stamp" -not -path '*/obj/*' -not -path '*/bin/*' -print -quit) ]]; then
    flock -u 9
    return
  fi
  rm -rf "$bin" "$plain"
  dotnet tool restore >/dev/null
  # Configuration "Fuzz" (optimized like Release) keeps obj/ and bin/ apart from the developer's
  # own Debug and Release builds, which may run at the same time.
  dotnet publish "$here/CentralAsia.Domain.Fuzz" -c Fuzz -p:Optimize=true -f net10.0 -o "$plain" -p:UseAppHost=false >"$out/publish.log" 2>&1 \
    || { cat "$out/publish.log"; exit 2; }
  cp -r "$plain" "$bin"
  # Only the library is instrumented: coverage of System.Text.Json or NodaTime would steer AFL
  # toward their code paths instead of ours. "$plain" stays uninstrumented, for replaying.
  # The Parquet target also instruments the Columnar package and Parquet.Net, whose decoders it exercises; the
  # importers' targets the Import package and ExcelDataReader, whose workbook reader a hostile .xlsx exercises.
  for dll in CentralAsia.Domain.dll CentralAsia.Domain.Columnar.dll Parquet.dll CentralAsia.Domain.Import.dll ExcelDataReader.dll; do
    (cd "$root" && dotnet sharpfuzz "$bin/$dll") >>"$out/instrument.log" 2>&1 \
      || { cat "$out/instrument.log"; exit 2; }
  done
  touch "$stamp"
  flock -u 9
}

if [[ "${1:-}" == "--list" ]]; then
  build
  dotnet "$bin/CentralAsia.Domain.Fuzz.dll" --list
  exit 0
fi

if [[ $# -ne 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh TARGET SECONDS | --list" >&2
  exit 2
fi
target=$1
seconds=$2
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

build
if ! dotnet "$bin/CentralAsia.Domain.Fuzz.dll" --list | grep -qx "$target"; then
  echo "unknown target '$target'; targets: $(dotnet "$bin/CentralAsia.Domain.Fuzz.dll" --list | tr '\n' ' ')" >&2
  exit 2
fi

dictionary="$here/dictionaries/values.dict"
case "$target" in
  dataset|records|jsonl) dictionary="$here/dictionaries/json.dict" ;;
  parquet|parquet-records) dictionary="$here/dictionaries/parquet.dict" ;;
  comtrade|gcdf) dictionary="$here/dictionaries/import.dict" ;;
esac

findings="$out/findings/$target"
rm -rf "$findings" "$out/afl-$target.log" "$out/saved/$target"
mkdir -p "$out/findings"
# Each run fuzzes its own copy of the build, so a rebuild for another target cannot pull the
# files from under it.
runbin="$out/run/$target"
rm -rf "$runbin" && mkdir -p "$out/run"
cp -r "$bin" "$runbin"
# dotnet itself is not instrumented (SharpFuzz instruments the managed code), hence
# AFL_SKIP_BIN_CHECK; crashes are .NET exceptions reported by SharpFuzz, not core dumps.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# SECONDS is CPU time (afl-fuzz plus the .NET processes under it, sampled by cputime.py), not wall
# time: on a shared machine a run is resumed (-i -) until it has had its full share of a core.
cpu=0
input="$here/corpus/$target"
while (( cpu < seconds )); do
  slice=$(( seconds - cpu < 30 ? 30 : seconds - cpu ))
  "$here/cputime.py" "$out/time-$target.txt" \
    afl-fuzz -i "$input" -o "$findings" -x "$dictionary" -t 5000 -m none -V "$slice" \
    -- dotnet "$runbin/CentralAsia.Domain.Fuzz.dll" "$target" >>"$out/afl-$target.log" 2>&1 || {
      tail -30 "$out/afl-$target.log" >&2
      exit 1
    }
  cpu=$(( cpu + $(awk '{ print $2 }' "$out/time-$target.txt") ))
  # Resuming (-i -) starts the crash and hang folders afresh: keep what each slice found.
  for kind in crashes hangs; do
    mkdir -p "$out/saved/$target/$kind"
    find "$findings/default/$kind" -type f -name 'id:*' -exec cp -n {} "$out/saved/$target/$kind/" \; 2>/dev/null || true
  done
  input=-
done

stats="$findings/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$out/saved/$target/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$out/saved/$target/hangs" -type f -name 'id:*' | wc -l)
if (( crashes + hangs > 0 )); then
  echo "Replaying $crashes crash(es) and $hangs hang(s) without instrumentation:"
  # A hang replays as a hang: each input gets 30 s.
  for input in "$out/saved/$target"/crashes/id:* "$out/saved/$target"/hangs/id:*; do
    [[ -f "$input" ]] || continue
    timeout 30 dotnet "$plain/CentralAsia.Domain.Fuzz.dll" "$target" --replay "$input" || echo "$input: exit $? (124 = still running after 30 s)"
  done
fi
summary=$(printf '%s\texecs %s\twall %s s\tcpu %s s\tcorpus %s\tedges %s\tcrashes %s\thangs %s' \
  "$target" "$(value execs_done)" "$(value run_time)" "$cpu" "$(value corpus_count)" "$(value edges_found)" "$crashes" "$hangs")
echo "$summary" >>"$out/summary.tsv"
echo "$summary"
(( crashes + hangs == 0 ))
