#!/usr/bin/env python3
"""Hostile JSON bodies against the packaged jar on a small heap: fires rounds of concurrent worst-case bodies (deep
nesting, many keys, long strings, long arrays, the most work that stays within every limit), each at the body size
limit, and reports every answer's status and code, whether each is 4xx in the error envelope, the largest answer, and
the peak heap (highest occupancy before any collection, from the GC log, and /metrics sampled during the load).

    ./mvnw -B -o package -pl bootstrap -am -DskipTests     # once, for bootstrap/target/orderdesk.jar
    python3 benchmarks/hostile-bodies.py [--heap 256m] [--concurrency 100] [--rounds 5]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres); the scratch database orderdesk_hostile is created if missing.
Exits 1 if any answer is not a 4xx in the envelope or the service dies."""

import argparse
import collections
import concurrent.futures
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "bootstrap", "target", "orderdesk.jar")
OUT = os.path.join(HERE, "out")
PORT = 18_431
LIMIT = 1_048_576  # MAX_BODY_BYTES's default; every body is just under it


def fill(prefix, unit, suffix, size=LIMIT - 64):
    """prefix + unit repeated + suffix, as long as fits in size bytes."""
    return (prefix + unit * ((size - len(prefix) - len(suffix)) // len(unit)) + suffix).encode()


def within_every_limit(suffix):
    """An unknown field holding rows of 500 objects of 100 keys each: the most parsing no limit stops."""
    row = "[" + ",".join(["{" + ",".join(f'"k{i}":0' for i in range(100)) + "}"] * 500) + "]"
    rows = (LIMIT - 64 - len(suffix)) // (len(row) + 1)
    return ('{"extra":[' + ",".join([row] * rows) + "]" + suffix).encode()


def bodies():
    depth = (LIMIT - 64) // 2
    return {
        "deep nesting": ("/api/v1/users", ("[" * depth + "]" * depth).encode()),
        "many keys": ("/api/v1/users", ("{" + ",".join(f'"k{i}":0' for i in range(90_000)) + "}").encode()),
        "long string": ("/api/v1/users", fill('{"name":"', "a", '"}')),
        "long array": ("/api/v1/users", fill('{"extra":[0', ",0", "]}")),
        "within every limit": ("/api/v1/users", within_every_limit("}")),
        "100 unknown keys": ("/api/v1/auth/login", ("{" + ",".join(f'"k{i}":0' for i in range(100)) + "}").encode()),
        "bad UTF-8 at the end": ("/api/v1/users", within_every_limit(',"name":"#"}').replace(b"#", b"\xff")),
    }


class Heap:
    """Samples heap use from /metrics while the load runs."""

    def __init__(self):
        self.peak = 0.0
        self.running = True
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def sample(self):
        while self.running:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/metrics", timeout=2) as response:
                    text = response.read().decode()
                used = sum(float(line.split()[-1]) for line in text.splitlines()
                           if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line)
                self.peak = max(self.peak, used)
            except OSError:
                pass
            time.sleep(0.05)


def send(path, body, content_type="application/json"):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException) as failure:
        return None, str(failure).encode()
    finally:
        connection.close()


def in_envelope(status, raw):
    try:
        error = json.loads(raw)["error"]
        return error["status"] == status and bool(error["code"]) and bool(error["request_id"]), error["code"]
    except (ValueError, KeyError, TypeError):
        return False, "no envelope"


def collections_seen(gc_log):
    """From the GC log: the highest occupancy before and after a collection (MB), and how many were full."""
    text = open(gc_log).read()
    pairs = [(int(m.group(1)), int(m.group(2))) for m in re.finditer(r"(\d+)M->(\d+)M\(\d+M\)", text)]
    return (max((before for before, _ in pairs), default=0), max((after for _, after in pairs), default=0),
            text.count("Pause Full"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heap", default="256m")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jar", default=JAR, help="another build to compare, e.g. one from before the limits")
    args = parser.parse_args()
    if not os.path.exists(args.jar):
        sys.exit(f"{args.jar} is missing: ./mvnw -B -o package -pl bootstrap -am -DskipTests")
    os.makedirs(OUT, exist_ok=True)
    gc_log = os.path.join(OUT, "hostile-gc.log")
    env = dict(os.environ, ENVIRONMENT="production", HOST="127.0.0.1", PORT=str(PORT),
               DATABASE_URL="postgresql://postgres@127.0.0.1:5432/orderdesk_hostile",
               SECRET_KEY="hostile-bodies-secret-key-of-32-bytes!", PASSWORD_PEPPER="hostile-bodies-pepper-of-32-bytes!!",
               BCRYPT_COST="10", LOG_LEVEL="WARN", METRICS_ENABLED="true", ADDRESS_RATE_LIMIT_PER_MINUTE="0")
    service = subprocess.Popen(["java", "-XX:+UseSerialGC", f"-Xmx{args.heap}", "-XX:+ExitOnOutOfMemoryError",
                                f"-Xlog:gc:file={gc_log}", "-jar", args.jar, "serve"],
                               env=env, stdout=open(os.path.join(OUT, "hostile-service.log"), "w"),
                               stderr=subprocess.STDOUT)
    try:
        for _ in range(600):
            if _ready():
                break
            time.sleep(0.1)
        else:
            sys.exit("the service did not become ready")
        cases = bodies()
        for name, (_, body) in cases.items():
            print(f"{name:22} {len(body):>9,} bytes")
        # The control sends a body of the same size as text/plain: read into memory like any body, never parsed.
        phases = [("control: 1 MiB, 415", ("/api/v1/users", cases["long string"][1], "text/plain"))]
        phases += [(name, (path, body)) for name, (path, body) in cases.items()]
        heap = Heap()
        heap.thread.start()
        failures, largest = 0, 0
        print(f"\n{args.rounds} rounds of {args.concurrency} concurrent requests per body, -Xmx{args.heap}")
        with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
            for name, request in phases:
                answers = collections.Counter()
                heap.peak = 0
                started = time.monotonic()
                for _ in range(args.rounds):
                    for status, raw in pool.map(lambda _: send(*request), range(args.concurrency)):
                        ok, code = in_envelope(status, raw) if status else (False, raw.decode()[:60])
                        failures += 0 if ok and 400 <= status < 500 else 1
                        largest = max(largest, len(raw))
                        answers[f"{status} {code}"] += 1
                print(f"  {name:22} {time.monotonic() - started:5.1f} s  heap peak {heap.peak / 1_048_576:4.0f} MB  "
                      + ", ".join(f"{answer} ×{count}" for answer, count in sorted(answers.items())))
        heap.running = False
        alive = service.poll() is None
        print(f"largest answer: {largest} bytes; answers not 4xx in the envelope: {failures}")
        before, after, full = collections_seen(gc_log)
        print(f"peak heap: {before} MB before a collection, {after} MB live after one ({full} full collections; "
              f"GC log); service alive: {alive}")
        if failures or not alive:
            sys.exit(1)
    finally:
        if service.poll() is None:
            service.send_signal(signal.SIGTERM)
            service.wait(timeout=60)


def _ready():
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/health/ready", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    main()
