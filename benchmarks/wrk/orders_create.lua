-- POST /api/v1/orders with 3 lines, as one of TOKENS (comma-separated) picked at random.
local tokens
local body = '{"currency":"EUR","items":[{"sku":"BOOK-1","quantity":2,"unit_price":1250},'
  .. '{"sku":"PEN-7","quantity":10,"unit_price":99},{"sku":"MUG-3","quantity":1,"unit_price":800}]}'
function init(args)
  math.randomseed(os.time() + id)
  tokens = split(os.getenv("TOKENS"))
end
function request()
  if over_quota() then return wrk.format("GET", "/health/live") end
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Content-Type"] = "application/json" }, body)
end
