#!/usr/bin/env bash
# Packs the library and its companions and checks the packages: both target frameworks with DLL and XML docs, the
# package README and license, NodaTime as the only dependency, the git commit recorded, a
# symbols package; then packs again from clean and checks the DLLs are byte-identical.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/packages
rm -rf "$out" artifacts/repro
dotnet pack src/CentralAsia.Domain -c Release -o "$out" -p:ContinuousIntegrationBuild=true
dotnet pack src/CentralAsia.Domain.EntityFrameworkCore -c Release -o "$out" -p:ContinuousIntegrationBuild=true
dotnet pack src/CentralAsia.Domain.Columnar -c Release -o "$out" -p:ContinuousIntegrationBuild=true
dotnet pack src/CentralAsia.Domain.Import -c Release -o "$out" -p:ContinuousIntegrationBuild=true
nupkg=$(ls "$out"/CentralAsia.Domain.[0-9]*.nupkg | grep -v '\.snupkg$' | head -n 1)
ef_nupkg=$(ls "$out"/CentralAsia.Domain.EntityFrameworkCore.[0-9]*.nupkg | grep -v '\.snupkg$' | head -n 1)
columnar_nupkg=$(ls "$out"/CentralAsia.Domain.Columnar.[0-9]*.nupkg | grep -v '\.snupkg$' | head -n 1)
import_nupkg=$(ls "$out"/CentralAsia.Domain.Import.[0-9]*.nupkg | grep -v '\.snupkg$' | head -n 1)
ls "$out"/CentralAsia.Domain.*.snupkg >/dev/null

python3 - "$nupkg" "$(git rev-parse HEAD)" <<'PY'
import re, sys, zipfile
path, commit = sys.argv[1], sys.argv[2]
z = zipfile.ZipFile(path)
names = set(z.namelist())
for tfm in ("net8.0", "net10.0"):
    for ext in ("dll", "xml"):
        assert f"lib/{tfm}/CentralAsia.Domain.{ext}" in names, f"missing lib/{tfm}/CentralAsia.Domain.{ext}"
assert "PACKAGE.md" in names, "missing package README"
nuspec = z.read("CentralAsia.Domain.nuspec").decode("utf-8-sig")
assert '<license type="expression">MIT</license>' in nuspec, "missing MIT license expression"
assert "<readme>PACKAGE.md</readme>" in nuspec, "README not declared"
deps = set(re.findall(r'<dependency id="([^"]+)"', nuspec))
assert deps == {"NodaTime"}, f"unexpected dependencies: {deps}"
assert f'commit="{commit}"' in nuspec, "repository commit not recorded"
print("package ok:", path)
PY

python3 - "$ef_nupkg" <<'PY'
import re, sys, zipfile
path = sys.argv[1]
z = zipfile.ZipFile(path)
names = set(z.namelist())
for ext in ("dll", "xml"):
    assert f"lib/net10.0/CentralAsia.Domain.EntityFrameworkCore.{ext}" in names, f"missing {ext}"
assert "PACKAGE.md" in names, "missing package README"
nuspec = z.read("CentralAsia.Domain.EntityFrameworkCore.nuspec").decode("utf-8-sig")
deps = set(re.findall(r'<dependency id="([^"]+)"', nuspec))
assert deps == {"CentralAsia.Domain", "Microsoft.EntityFrameworkCore.Relational"}, f"unexpected dependencies: {deps}"
print("package ok:", path)
PY

python3 - "$columnar_nupkg" <<'PY'
import re, sys, zipfile
path = sys.argv[1]
z = zipfile.ZipFile(path)
names = set(z.namelist())
for ext in ("dll", "xml"):
    assert f"lib/net10.0/CentralAsia.Domain.Columnar.{ext}" in names, f"missing {ext}"
assert "PACKAGE.md" in names, "missing package README"
nuspec = z.read("CentralAsia.Domain.Columnar.nuspec").decode("utf-8-sig")
deps = set(re.findall(r'<dependency id="([^"]+)"', nuspec))
assert deps == {"CentralAsia.Domain", "Parquet.Net", "Apache.Arrow"}, f"unexpected dependencies: {deps}"
print("package ok:", path)
PY

python3 - "$import_nupkg" <<'PY'
import re, sys, zipfile
path = sys.argv[1]
z = zipfile.ZipFile(path)
names = set(z.namelist())
for ext in ("dll", "xml"):
    assert f"lib/net10.0/CentralAsia.Domain.Import.{ext}" in names, f"missing {ext}"
assert "PACKAGE.md" in names, "missing package README"
nuspec = z.read("CentralAsia.Domain.Import.nuspec").decode("utf-8-sig")
deps = set(re.findall(r'<dependency id="([^"]+)"', nuspec))
assert deps == {"CentralAsia.Domain", "Sep", "ExcelDataReader"}, f"unexpected dependencies: {deps}"
print("package ok:", path)
PY

# Reproducibility: a second pack of the same commit from clean gives byte-identical DLLs.
mkdir -p artifacts/repro
unzip -q -o "$nupkg" 'lib/*' -d artifacts/repro/first
dotnet clean src/CentralAsia.Domain -c Release >/dev/null
rm -rf src/CentralAsia.Domain/obj/Release src/CentralAsia.Domain/bin/Release
dotnet pack src/CentralAsia.Domain -c Release -o artifacts/repro/second-pack -p:ContinuousIntegrationBuild=true >/dev/null
unzip -q -o "$(ls artifacts/repro/second-pack/*.nupkg | grep -v snupkg)" 'lib/*' -d artifacts/repro/second
for tfm in net8.0 net10.0; do
  cmp "artifacts/repro/first/lib/$tfm/CentralAsia.Domain.dll" "artifacts/repro/second/lib/$tfm/CentralAsia.Domain.dll"
done
echo "reproducible: DLLs of two packs are byte-identical"
