-- Shared by every scenario (the harness puts it in front of the scenario's own script).
-- Settings come from the environment; each wrk thread has its own Lua state, so state here is per thread.
local thread_count = 0
local threads = {}

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

function env_number(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then return default end
  return tonumber(value)
end

function split(text)
  local parts = {}
  for part in string.gmatch(text or "", "[^,]+") do table.insert(parts, part) end
  return parts
end

-- Optional pacing (the soak runs at a fixed fraction of capacity): milliseconds between a response and the
-- next request on each connection.
local pace_ms = env_number("PACE_MS", 0)
if pace_ms > 0 then
  function delay()
    return pace_ms
  end
end

-- Optional quota (seeding): after QUOTA requests of its scenario, a thread only sends cheap GET /health/live,
-- until the harness, which watches the row count, stops wrk. So the seeding overshoots by a few at most.
local quota = env_number("QUOTA", 0)
local sent_here = 0
function over_quota()
  if quota == 0 then return false end
  sent_here = sent_here + 1
  return sent_here > quota
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
