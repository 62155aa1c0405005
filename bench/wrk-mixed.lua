-- Readers on a mix of public pages and API answers: each request takes the next path of WRK_PATHS (comma-separated,
-- weights by repetition), in a random order. Prints one machine-readable line like wrk-report.lua, plus the count of
-- answers with status >= 400 by status.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "([^,]+)") do
  paths[#paths + 1] = path
end

request = function()
  return wrk.format("GET", paths[math.random(1, #paths)], { ["Accept-Encoding"] = "gzip" })
end

local statuses = {}
response = function(status, headers, body)
  if status >= 400 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
