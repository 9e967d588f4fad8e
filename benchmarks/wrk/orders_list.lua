-- GET /api/v1/orders?limit=20: one buyer's newest orders (the buyer has hundreds).
local bearer
function init(args)
  bearer = "Bearer " .. os.getenv("TOKEN")
end
function request()
  return wrk.format("GET", "/api/v1/orders?limit=20", { ["Authorization"] = bearer })
end
