"""Summarises a JFR recording's CPU samples: the hottest frames (self) and the project's and libraries' methods by
inclusive share. Usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 benchmarks/jfr_summary.py"""

import collections
import re
import sys

PACKAGES = ("dev.orderdesk", "org.jdbi", "com.zaxxer", "ch.qos.logback", "net.logstash", "com.fasterxml",
            "com.auth0", "org.postgresql", "io.javalin", "org.eclipse.jetty", "io.micrometer")

samples = sys.stdin.read().split("jdk.ExecutionSample")[1:]
own, inclusive = collections.Counter(), collections.Counter()
for sample in samples:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
    if frames:
        own[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
total = len(samples)
print(f"{total} CPU samples\n\nHottest frames (self):\n")
for frame, count in own.most_common(15):
    print(f"{100 * count / total:5.1f} %  {frame}")
print("\nBy library, inclusive (a sample counts once per method on its stack):\n")
for frame, count in inclusive.most_common(400):
    if frame.startswith(PACKAGES) and count / total >= 0.03:
        print(f"{100 * count / total:5.1f} %  {frame}")
