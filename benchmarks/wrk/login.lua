-- POST /api/v1/auth/login as random seeded users (all share BENCH_PASSWORD).
local emails, password
function init(args)
  math.randomseed(os.time() + id)
  emails = split(os.getenv("EMAILS"))
  password = os.getenv("BENCH_PASSWORD")
end
function request()
  local body = '{"email":"' .. emails[math.random(#emails)] .. '","password":"' .. password .. '"}'
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" }, body)
end
