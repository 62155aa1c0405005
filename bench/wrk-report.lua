-- Prints one machine-readable line after a wrk run: requests, errors (connection/timeout and HTTP >= 400), requests
-- per second and latency percentiles in milliseconds.
-- With WRK_WINDOW="yyyy-mm-dd,maxShift,minLength,maxLength" in the environment, each request asks for a new window:
-- FROM and TO in the path become a first day shifted by 0..maxShift days and a length of minLength..maxLength days,
-- so no answer can come from a cache.
-- With WRK_WORDS="word,word,..." each request also puts one of the words, drawn at random, in place of WORD.
local window = os.getenv("WRK_WINDOW")
local words = os.getenv("WRK_WORDS")
local list = {}
if words and words ~= "" then
  for word in words:gmatch("[^,]+") do list[#list + 1] = word end
end
if window and window ~= "" then
  local y, m, d, shift, minLength, maxLength = window:match("(%d+)-(%d+)-(%d+),(%d+),(%d+),(%d+)")
  local day = function(offset)
    return os.date("!%Y-%m-%d", os.time { year = tonumber(y), month = tonumber(m), day = tonumber(d) + offset, hour = 12 })
  end
  request = function()
    local first = math.random(0, tonumber(shift))
    local last = first + math.random(tonumber(minLength), tonumber(maxLength))
    local path = wrk.path:gsub("FROM", day(first)):gsub("TO", day(last))
    if #list > 0 then path = path:gsub("WORD", list[math.random(1, #list)]) end
    return wrk.format(nil, path)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f\n",
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
