#!/usr/bin/env python3
"""Steady mixed load for deploy/local-cluster (Python 3 standard library only).

Registers and logs in a few users once (a handful of requests, well under the per-address limit), then sends a
fixed rate of requests through the balancer from a few workers, each on its own keep-alive connection:

    GET  /api/v1/orders?limit=10     the caller's newest orders
    GET  /api/v1/users/{own id}      the caller's account
    POST /api/v1/orders              a new order with a unique Idempotency-Key

A request counts as failed when its answer is not the expected one (200 for the reads, 201 for the order) or when
it ends in a connection error (refused, reset, closed without an answer, timed out); a failed request is never
retried by this client. For every order answered 201 it records the user, the Idempotency-Key and the order id,
so the caller can check the database afterwards (see --verify).
"""
import argparse
import collections
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time

BODY = json.dumps({"currency": "EUR", "items": [
    {"sku": "BOOK-1", "quantity": 2, "unit_price": 1250},
    {"sku": "PEN-7", "quantity": 10, "unit_price": 99}]})


def call(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    return response.status, response.headers, data


def set_up_users(host, port, count, run):
    users = []
    conn = http.client.HTTPConnection(host, port, timeout=30)
    for index in range(count):
        email = f"load.{run}.{index}@example.org"
        password = "correct horse battery"
        status, _, data = call(conn, "POST", "/api/v1/users",
                               json.dumps({"email": email, "name": f"Load {index}", "password": password}),
                               {"Content-Type": "application/json"})
        if status != 201:
            sys.exit(f"registering {email}: {status} {data[:200]!r}")
        user_id = json.loads(data)["id"]
        status, _, data = call(conn, "POST", "/api/v1/auth/login",
                               json.dumps({"email": email, "password": password}),
                               {"Content-Type": "application/json"})
        if status != 200:
            sys.exit(f"logging in {email}: {status} {data[:200]!r}")
        users.append({"id": user_id, "token": json.loads(data)["access_token"]})
    conn.close()
    return users


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.sent = collections.Counter()       # by kind
        self.ok = collections.Counter()         # by kind
        self.failures = collections.Counter()   # by (kind, "status 502" | "ConnectionRefusedError" …)
        self.replayed = 0
        self.latencies = []
        self.failure_log = []
        self.acked = []                         # (user id, key, order id)


def worker(number, args, users, stats, deadline, stop_file, run):
    rng = random.Random(f"{run}-{number}")
    interval = args.workers / args.rate
    conn = http.client.HTTPConnection(args.host, args.port, timeout=args.timeout)
    next_at = time.monotonic() + rng.random() * interval
    sequence = 0
    while True:
        now = time.monotonic()
        if now >= deadline or (stop_file and os.path.exists(stop_file)):
            break
        if next_at > now:
            time.sleep(next_at - now)
        # Fixed rate, open loop: a late request is sent at once, but lost time is not made up in a burst.
        next_at = max(next_at + interval, time.monotonic() - interval)
        user = users[rng.randrange(len(users))]
        auth = {"Authorization": f"Bearer {user['token']}"}
        draw = rng.random()
        if draw < args.post_share:
            kind, expected = "POST /api/v1/orders", 201
            sequence += 1
            key = f"{run}-w{number}-{sequence}"
            request = ("POST", "/api/v1/orders", BODY,
                       dict(auth, **{"Content-Type": "application/json", "Idempotency-Key": key}))
        elif draw < args.post_share + (1 - args.post_share) / 2:
            kind, expected, key = "GET /api/v1/orders", 200, None
            request = ("GET", "/api/v1/orders?limit=10", None, auth)
        else:
            kind, expected, key = "GET /api/v1/users/{id}", 200, None
            request = ("GET", f"/api/v1/users/{user['id']}", None, auth)
        started = time.monotonic()
        outcome = None
        try:
            status, headers, data = call(conn, *request)
            if status != expected:
                outcome = f"status {status}"
                detail = data[:200].decode("utf-8", "replace")
            elif key is not None:
                order_id = json.loads(data)["id"]
                replayed = headers.get("Idempotent-Replayed") == "true"
                with stats.lock:
                    stats.acked.append((user["id"], key, order_id))
                    stats.replayed += replayed
            if headers.get("Connection", "").lower() == "close":
                conn.close()
        except (OSError, http.client.HTTPException) as error:
            outcome = type(error).__name__
            detail = str(error)
            conn.close()  # the next request opens a new connection
        elapsed = time.monotonic() - started
        with stats.lock:
            stats.sent[kind] += 1
            stats.latencies.append(elapsed)
            if outcome is None:
                stats.ok[kind] += 1
            else:
                stats.failures[(kind, outcome)] += 1
                stats.failure_log.append(f"{time.strftime('%H:%M:%S')} {kind} -> {outcome}: {detail}")
    conn.close()


def percentile(values, fraction):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def verify(database_url, acked_path, user_ids):
    """Every order acknowledged with 201 is stored under its key, and the load users have no other orders."""
    ids = ",".join(str(i) for i in user_ids)
    sql = f"""
CREATE TEMP TABLE acked (user_id BIGINT, key TEXT, order_id BIGINT);
\\copy acked FROM '{acked_path}' WITH (FORMAT csv)
SELECT 'acknowledged', count(*) FROM acked;
SELECT 'distinct keys acknowledged', count(DISTINCT (user_id, key)) FROM acked;
SELECT 'orders stored for the load users', count(*) FROM orders WHERE user_id IN ({ids});
SELECT 'acknowledged but missing', count(*) FROM acked a LEFT JOIN orders o ON o.id = a.order_id
    WHERE o.id IS NULL OR o.user_id <> a.user_id;
SELECT 'acknowledged but not the order of its key', count(*) FROM acked a
    LEFT JOIN idempotency_keys k ON k.user_id = a.user_id AND k.key = a.key
    WHERE k.order_id IS DISTINCT FROM a.order_id;
SELECT 'stored but never acknowledged', count(*) FROM orders o
    WHERE o.user_id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM acked a WHERE a.order_id = o.id);
SELECT 'orders not the order of any key', count(*) FROM orders o
    WHERE o.user_id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.order_id = o.id);
SELECT 'keys left without an order', count(*) FROM idempotency_keys
    WHERE user_id IN ({ids}) AND order_id IS NULL;
"""
    result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", database_url],
                            input=sql, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr.strip()}")
    return [tuple(line.split("\t")) for line in result.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--seconds", type=float, default=30, help="run at most this long")
    parser.add_argument("--stop-file", help="stop as soon as this file exists")
    parser.add_argument("--rate", type=float, default=150, help="requests per second, all workers together")
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--post-share", type=float, default=0.3, help="share of order POSTs; the rest is reads")
    parser.add_argument("--timeout", type=float, default=35, help="client socket timeout, seconds")
    parser.add_argument("--out", required=True, help="directory for acked.csv, failures.log and summary.json")
    parser.add_argument("--verify", metavar="DATABASE_URL", help="check the acknowledged orders in this database")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    run = f"{int(time.time())}{random.randrange(1000):03d}"
    users = set_up_users(args.host, args.port, args.users, run)
    stats = Stats()
    started = time.monotonic()
    deadline = started + args.seconds
    threads = [threading.Thread(target=worker, args=(n, args, users, stats, deadline, args.stop_file, run))
               for n in range(args.workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.monotonic() - started

    acked_path = os.path.join(args.out, "acked.csv")
    with open(acked_path, "w") as out:
        for user_id, key, order_id in stats.acked:
            out.write(f"{user_id},{key},{order_id}\n")
    with open(os.path.join(args.out, "failures.log"), "w") as out:
        out.write("\n".join(stats.failure_log) + ("\n" if stats.failure_log else ""))

    total = sum(stats.sent.values())
    failed = sum(stats.failures.values())
    print(f"load: {duration:.1f} s, {args.workers} workers, target {args.rate:g} req/s, "
          f"{args.post_share:.0%} order POSTs, the rest split between GET /api/v1/orders and GET /api/v1/users/{{id}}")
    print(f"requests: {total} ({total / duration:.1f}/s), failed: {failed}")
    for kind in sorted(stats.sent):
        print(f"  {kind:<26} sent {stats.sent[kind]:>6}  ok {stats.ok[kind]:>6}")
    for (kind, outcome), count in sorted(stats.failures.items()):
        print(f"  FAILED {kind} -> {outcome}: {count}")
    print(f"latency: p50 {percentile(stats.latencies, .5) * 1000:.1f} ms, "
          f"p99 {percentile(stats.latencies, .99) * 1000:.1f} ms, max {max(stats.latencies, default=0) * 1000:.0f} ms")
    print(f"orders acknowledged 201: {len(stats.acked)} (of which replayed after a balancer retry: {stats.replayed})")
    summary = {"seconds": round(duration, 1), "rate": args.rate, "workers": args.workers,
               "post_share": args.post_share, "requests": total, "failed": failed,
               "failures": {f"{k} -> {o}": c for (k, o), c in stats.failures.items()},
               "acknowledged": len(stats.acked), "replayed": stats.replayed}
    problems = failed
    if args.verify:
        print("database check:")
        checks = verify(args.verify, os.path.abspath(acked_path), [u["id"] for u in users])
        for name, value in checks:
            print(f"  {name}: {value}")
        summary["database"] = {name: int(value) for name, value in checks}
        db = summary["database"]
        bad = (db["acknowledged but missing"] + db["acknowledged but not the order of its key"]
               + db["orders not the order of any key"] + db["keys left without an order"]
               + (db["acknowledged"] - db["distinct keys acknowledged"]))
        problems += bad
        print("  => every acknowledged order is stored once, under its key" if bad == 0
              else "  => MISMATCH between acknowledged and stored orders")
    with open(os.path.join(args.out, "summary.json"), "w") as out:
        json.dump(summary, out, indent=2)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
