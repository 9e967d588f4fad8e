-- GET /health/live: no database, no auth — the ceiling of the HTTP stack itself.
function request()
  return wrk.format("GET", "/health/live")
end
