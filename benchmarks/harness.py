"""Orderdesk benchmark harness: builds the jar, starts it with production settings on a scratch database, seeds
data through the API, measures the ceilings (pgbench with the endpoints' own SQL, raw bcrypt) and then each
scenario with wrk, and prints one table (also appended to RESULTS.md). Run it through ./benchmarks/run."""

import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
JAR = os.path.join(ROOT, "bootstrap", "target", "orderdesk.jar")
DATABASE = "orderdesk_bench"
PASSWORD = "bench-password-1"
ADMIN_EMAIL, ADMIN_PASSWORD = "bench-admin@example.org", "bench-admin-password"
CONNECTIONS, THREADS = 32, 2
BCRYPT_COST = 12
# The documented production flags (README, "Running in production"): a small serial-collected heap, and class
# data sharing from an archive the first (training) start writes.
JVM_FLAGS = ["-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-XX:MaxMetaspaceSize=128m",
             "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError"]
CDS_ARCHIVE = os.path.join(OUT, "orderdesk.jsa")

FULL = dict(users=1000, orders=10_000, deep=1_000_000, warmup=10, duration=30, soak=600)
SHORT = dict(users=20, orders=400, deep=3_000, warmup=1, duration=3, soak=5)


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def run(command, env=None, **kwargs):
    return subprocess.run(command, check=True, text=True, capture_output=True, env=env, **kwargs).stdout


class Service:
    """The packaged jar, started and stopped as an operator would."""

    def __init__(self, port):
        self.port = port
        self.process = None
        self.env = dict(os.environ, ENVIRONMENT="production", HOST="127.0.0.1", PORT=str(port),
                        DATABASE_URL=f"postgresql://postgres@127.0.0.1:5432/{DATABASE}",
                        SECRET_KEY="benchmark-secret-key-of-at-least-32-bytes",
                        PASSWORD_PEPPER="benchmark-pepper-of-at-least-32-bytes", BCRYPT_COST=str(BCRYPT_COST),
                        LOG_FORMAT="json", LOG_LEVEL="INFO", METRICS_ENABLED="true",
                        # Every wrk connection comes from 127.0.0.1: the per-address limit would measure itself.
                        ADDRESS_RATE_LIMIT_PER_MINUTE="0",
                        FIRST_ADMIN_EMAIL=ADMIN_EMAIL, FIRST_ADMIN_PASSWORD=ADMIN_PASSWORD)

    def start(self, cds_flag, migrate_on_start=True):
        """Starts the jar; returns the seconds from process start to the first 200 of /health/ready."""
        logfile = open(os.path.join(OUT, "service.log"), "a")
        started = time.monotonic()
        self.process = subprocess.Popen(["java", *JVM_FLAGS, cds_flag, "-jar", JAR, "serve"],
                                        env=dict(self.env, MIGRATE_ON_START=str(migrate_on_start).lower()),
                                        stdout=logfile, stderr=subprocess.STDOUT)
        while time.monotonic() - started < 60:
            if self.process.poll() is not None:
                sys.exit(f"the service exited with {self.process.returncode}; see {logfile.name}")
            try:
                with urllib.request.urlopen(self.url("/health/ready"), timeout=1) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.005)  # polling for readiness, 5 ms resolution
        sys.exit("the service did not become ready within 60 s")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1)) / 1024

    def metric(self, name):
        with urllib.request.urlopen(self.url("/metrics")) as response:
            text = response.read().decode()
        values = [float(line.split()[-1]) for line in text.splitlines() if line.startswith(name)]
        return sum(values)


class Api:
    """A keep-alive JSON client for seeding."""

    def __init__(self, port):
        self.port = port

    def call(self, method, path, body=None, token=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        if response.status >= 300:
            raise RuntimeError(f"{method} {path} → {response.status} {payload[:200]!r}")
        return json.loads(payload) if payload else None

    def register(self, email):
        return self.call("POST", "/api/v1/users", {"email": email, "name": "Bench", "password": PASSWORD})["id"]

    def login(self, email, password=PASSWORD):
        return self.call("POST", "/api/v1/auth/login", {"email": email, "password": password})["access_token"]


def with_common(script):
    """The scenario script with the shared functions in front (wrk takes one script)."""
    combined = os.path.join(OUT, script)
    with open(combined, "w") as target:
        for part in ("common.lua", script):
            with open(os.path.join(HERE, "wrk", part)) as source:
                target.write(source.read() + "\n")
    return combined


def wrk(port, script, seconds, connections=CONNECTIONS, **env):
    """Runs one wrk load; returns the RESULT figures the shared done() prints."""
    combined = with_common(script)
    # A long timeout: a login admitted by its predicted wait may queue for up to PASSWORD_HASH_MAX_WAIT_SECONDS (10 s),
    # which wrk's default 2 s would count as an error.
    output = run(["wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "30s",
                  "--latency", "-s", combined,
                  f"http://127.0.0.1:{port}"], env=dict(os.environ, **{k: str(v) for k, v in env.items()}))
    fields = dict(pair.split("=") for pair in re.search(r"RESULT (.*)", output).group(1).split())
    return {key: float(value) for key, value in fields.items()}


def order_count():
    return int(run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-tAc", "SELECT count(*) FROM orders"]))


def seed_orders(port, count, tokens):
    """Creates `count` orders (give or take the few in flight when wrk is stopped) as the buyers, through the API."""
    before = order_count()
    combined = with_common("orders_create.lua")
    env = dict(os.environ, QUOTA=str(count // THREADS + 8), TOKENS=",".join(tokens))
    seeder = subprocess.Popen(["wrk", "-t", str(THREADS), "-c", "8", "-d", "3600s", "-s", combined,
                               f"http://127.0.0.1:{port}"], env=env, stdout=subprocess.DEVNULL)
    while order_count() < before + count:
        if seeder.poll() is not None:
            sys.exit("wrk stopped before the orders were seeded")
        time.sleep(0.5)  # polling the count
    seeder.send_signal(signal.SIGINT)
    seeder.wait()


def measured(port, script, knobs, **env):
    wrk(port, script, knobs["warmup"], **env)
    return wrk(port, script, knobs["duration"], **env)


def pgbench(script, seconds, **variables):
    arguments = ["pgbench", "-n", "-M", "prepared", "-c", str(CONNECTIONS), "-j", str(THREADS), "-T", str(seconds),
                 "-h", "127.0.0.1", "-U", "postgres", "-f", os.path.join(HERE, "pgbench", script)]
    for name, value in variables.items():
        arguments += ["-D", f"{name}={value}"]
    output = run(arguments + [DATABASE])
    return float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", output).group(1))


def ceiling(script, knobs, **variables):
    pgbench(script, knobs["warmup"], **variables)
    return pgbench(script, knobs["duration"], **variables)


def bcrypt_rate(seconds):
    output = run(["java", "-cp", JAR, os.path.join(HERE, "BcryptRate.java"), str(BCRYPT_COST), str(THREADS),
                  str(seconds)])
    return float(re.search(r"rps=([\d.]+)", output).group(1))


def seed_users(api, count):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:  # within the hashing pool's capacity
        emails = [f"bench-user-{i}@example.org" for i in range(count)]
        ids = list(pool.map(api.register, emails))
    return emails, ids


def cursor_at_depth(api, token, depth):
    cursor, seen = None, 0
    while seen < depth:
        page = api.call("GET", "/api/v2/orders?limit=1000" + (f"&cursor={cursor}" if cursor else ""), token=token)
        seen += len(page["items"])
        cursor = page["next_cursor"]
    return cursor


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--short", action="store_true", help="a few seconds per scenario; asserts nothing on speed")
    parser.add_argument("--port", type=int, default=18080)
    options = parser.parse_args()
    knobs = SHORT if options.short else FULL
    os.makedirs(OUT, exist_ok=True)

    log("building the jar")
    run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-DskipTests", "package"], cwd=ROOT)
    run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc",
         f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"])
    if os.path.exists(CDS_ARCHIVE):
        os.remove(CDS_ARCHIVE)

    service, api = Service(options.port), Api(options.port)
    startup_empty = service.start(f"-XX:ArchiveClassesAtExit={CDS_ARCHIVE}")
    log(f"ready in {startup_empty:.2f} s from an empty database (creates it, migrates; CDS training run)")
    service.stop()
    startup_checked = service.start(f"-XX:SharedArchiveFile={CDS_ARCHIVE}")
    log(f"ready in {startup_checked:.2f} s with migrations applied, checked at start (CDS archive)")
    service.stop()
    # As in production when `migrate` runs as its own step before a rollout: the service does not check them.
    startup_migrated = service.start(f"-XX:SharedArchiveFile={CDS_ARCHIVE}", migrate_on_start=False)
    log(f"ready in {startup_migrated:.2f} s with migrations applied, MIGRATE_ON_START=false (CDS archive)")

    log(f"seeding {knobs['users']} users through the API (bcrypt cost {BCRYPT_COST})")
    emails, user_ids = seed_users(api, knobs["users"])
    admin = api.login(ADMIN_EMAIL, ADMIN_PASSWORD)
    buyers = [api.login(email) for email in emails[:10]]
    log(f"seeding {knobs['orders']} orders across 10 buyers")
    seed_orders(options.port, knobs["orders"], buyers)
    deep_id = api.register("bench-deep@example.org")
    deep = api.login("bench-deep@example.org")
    log(f"seeding {knobs['deep']} orders for the deep-paging buyer")
    seed_orders(options.port, knobs["deep"], [deep])
    cursor = cursor_at_depth(api, deep, knobs["deep"] - 100)
    buyer_id = user_ids[0]
    first_page = api.call("GET", "/api/v1/orders?limit=20", token=buyers[0])
    first_page = first_page["items"] if isinstance(first_page, dict) else first_page
    page_ids = "{" + ",".join(str(order["id"]) for order in first_page) + "}"

    log("ceilings: pgbench with each endpoint's statements, raw bcrypt")
    admin_id = api.call("GET", "/api/v1/users/me", token=admin)["id"]
    ceilings = {
        "users_get": ceiling("users_get.sql", knobs, caller=admin_id, min_user_id=min(user_ids),
                             max_user_id=max(user_ids)),
        "orders_list": ceiling("orders_list.sql", knobs, caller=buyer_id, ids=page_ids),
        "orders_create": ceiling("orders_create.sql", knobs, caller=deep_id),
        "login": bcrypt_rate(knobs["duration"]),
    }

    rows = []

    def row(name, result, ceiling_rps=None, note=""):
        ratio = f"{result['rps'] / ceiling_rps:.0%}" if ceiling_rps else ""
        rows.append((name, f"{result['rps']:.0f}", f"{result['p50_ms']:.1f}", f"{result['p99_ms']:.1f}",
                     f"{result['non2xx']:.0f}", f"{ceiling_rps:.0f}" if ceiling_rps else "", ratio, note))
        log(f"{name}: {rows[-1][1:]}")

    log("scenarios: wrk, 32 connections")
    row("GET /health/live", measured(options.port, "health_live.lua", knobs), note="HTTP-only ceiling")
    users = measured(options.port, "users_get.lua", knobs, TOKEN=admin, MIN_USER_ID=min(user_ids),
                     MAX_USER_ID=max(user_ids))
    row("GET /api/v1/users/{id}", users, ceilings["users_get"], "ceiling: pgbench, same SQL")
    row("GET /api/v1/orders?limit=20", measured(options.port, "orders_list.lua", knobs, TOKEN=buyers[0]),
        ceilings["orders_list"], "ceiling: pgbench, same SQL")
    row("POST /api/v1/orders (3 lines)", measured(options.port, "orders_create.lua", knobs, TOKENS=",".join(buyers)),
        ceilings["orders_create"], "ceiling: pgbench, same SQL")
    first = measured(options.port, "orders_v2.lua", knobs, TOKEN=deep)
    row("GET /api/v2/orders, first page", first)
    deep_result = measured(options.port, "orders_v2.lua", knobs, TOKEN=deep, CURSOR=cursor)
    row(f"GET /api/v2/orders, depth {knobs['deep'] - 100:,}", deep_result,
        note=f"p50 {deep_result['p50_ms'] / first['p50_ms']:.2f}x the first page")

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as side:
        # While the login flood runs, a light load on another endpoint (4 connections, each waiting 40 ms between
        # requests: about 100 requests/s) shows whether the flood starves it, without taking CPU from bcrypt.
        bystander = side.submit(wrk, options.port, "users_get.lua", knobs["duration"], connections=4, TOKEN=admin,
                                MIN_USER_ID=min(user_ids), MAX_USER_ID=max(user_ids), PACE_MS=40)
        flood = wrk(options.port, "login.lua", knobs["duration"], EMAILS=",".join(emails), BENCH_PASSWORD=PASSWORD)
        during = bystander.result()
    flood_ok = dict(flood, rps=flood["rps"] * (1 - flood["non2xx"] / max(flood["requests"], 1)))
    row("POST /api/v1/auth/login (flood)", flood_ok, ceilings["login"],
        f"200s/s vs raw bcrypt on {THREADS} threads; the rest got 503 SERVER_BUSY")
    row("GET /api/v1/users/{id} during the flood (~100/s)", during)
    rss_after_load = service.rss_mb()

    soak_rate = 0.7 * users["rps"]
    # Each connection waits pace_ms after every response, so rate = connections / (pace + latency); the latency at
    # that rate is read from a short calibration run.
    pace_ms = 1000 * CONNECTIONS / soak_rate
    calibration = wrk(options.port, "users_get.lua", 3, TOKEN=admin, MIN_USER_ID=min(user_ids),
                      MAX_USER_ID=max(user_ids), PACE_MS=int(pace_ms))
    pace_ms = max(0, int(pace_ms - calibration["p50_ms"]))
    before = (service.rss_mb(), service.metric("hikaricp_connections_active"))
    log(f"soak: {knobs['soak']} s of GET /api/v1/users/{{id}} paced at ~70 % of capacity")
    soak = wrk(options.port, "users_get.lua", knobs["soak"], TOKEN=admin, MIN_USER_ID=min(user_ids),
               MAX_USER_ID=max(user_ids), PACE_MS=pace_ms)
    after = (service.rss_mb(), service.metric("hikaricp_connections_active"))
    row(f"soak, {knobs['soak']} s", soak, note=f"target {soak_rate:.0f}/s")
    service.stop()

    report(rows, knobs, options.short, (startup_empty, startup_checked, startup_migrated), rss_after_load, before,
           after)


def report(rows, knobs, short, startups, rss_after_load, before, after):
    header = ("scenario", "req/s", "p50 ms", "p99 ms", "non-2xx", "ceiling/s", "ratio", "")
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
    commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]).strip()
    dirty = " (with uncommitted changes)" if run(["git", "-C", ROOT, "status", "--porcelain"]).strip() else ""
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    lines = [f"## {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC — {'short' if short else 'full'} run",
             "", f"Machine: {os.cpu_count()} cores (`nproc`), {cpu}; {java}; commit {commit}{dirty}.",
             f"JVM flags: `{' '.join(JVM_FLAGS)}` plus CDS; bcrypt cost {BCRYPT_COST}; wrk {CONNECTIONS} connections, "
             f"{knobs['warmup']} s warm-up, {knobs['duration']} s measured; seeded {knobs['users']} users, "
             f"{knobs['orders']} orders, {knobs['deep']} orders for the deep buyer.", "", *table, "",
             f"- Start-up to the first 200 of `/health/ready`: {startups[2]:.2f} s with migrations applied and "
             f"`MIGRATE_ON_START=false`; {startups[1]:.2f} s when the service checks them itself (Liquibase); "
             f"{startups[0]:.2f} s from an empty database (creating it and migrating).",
             f"- RSS after the load runs: {rss_after_load:.0f} MB.",
             f"- Soak: RSS {before[0]:.0f} → {after[0]:.0f} MB, active Hikari connections {before[1]:.0f} → "
             f"{after[1]:.0f}.", ""]
    text = "\n".join(lines)
    print("\n" + text)
    if not short:  # a short run checks the scripts; its figures mean nothing
        with open(os.path.join(HERE, "RESULTS.md"), "a") as results:
            results.write("\n" + text)


if __name__ == "__main__":
    main()
