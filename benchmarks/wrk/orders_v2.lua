-- GET /api/v2/orders?limit=20, from CURSOR when set (deep in the deep buyer's million orders), else the first page.
local path
function init(args)
  local cursor = os.getenv("CURSOR")
  path = "/api/v2/orders?limit=20" .. ((cursor ~= nil and cursor ~= "") and ("&cursor=" .. cursor) or "")
end
function request()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") })
end
