-- GET /api/v1/users/{id} for random seeded ids, with an admin's bearer token.
local min_id, max_id, bearer
function init(args)
  math.randomseed(os.time() + id)
  min_id = env_number("MIN_USER_ID", 1)
  max_id = env_number("MAX_USER_ID", 1)
  bearer = "Bearer " .. os.getenv("TOKEN")
end
function request()
  return wrk.format("GET", "/api/v1/users/" .. math.random(min_id, max_id), { ["Authorization"] = bearer })
end
