#!/usr/bin/env bash
# A bounded load test of the WebApi sample on loopback with wrk (Debian: apt-get install wrk): 30 s at 64
# connections on GET /trade, then on POST /validate with the whole reference dataset, then GET /trade again; prints
# requests/s, latency percentiles and errors from wrk, and the server's resident memory after each phase.
#   benchmarks/load-test.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet build samples/WebApi -c Release -v quiet -nologo
dotnet samples/WebApi/bin/Release/net10.0/WebApi.dll --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$script"' EXIT
script=$(mktemp --suffix=.lua)
cat > "$script" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$PWD/src/CentralAsia.Domain/Reference/xian-summit-2023.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/countries" && break; sleep 0.2; done
trade="http://127.0.0.1:$port/trade?year=2022&reporter=CN"
wrk -t2 -c64 -d5s "$trade" > /dev/null
echo "server RSS after warm-up: $(ps -o rss= -p $server) KiB"
echo "== GET /trade"; wrk -t2 -c64 -d"${seconds}s" --latency "$trade"
echo "server RSS: $(ps -o rss= -p $server) KiB"
echo "== POST /validate (the reference dataset)"; wrk -t2 -c64 -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port/validate"
echo "server RSS: $(ps -o rss= -p $server) KiB"
echo "== GET /trade again"; wrk -t2 -c64 -d"${seconds}s" --latency "$trade"
echo "server RSS: $(ps -o rss= -p $server) KiB"
