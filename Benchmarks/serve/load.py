#!/usr/bin/env python3
"""Bounded load test of `rnngrade serve` on loopback (see README.md beside this file).

Starts the server on 127.0.0.1 with an ephemeral port and a fresh data folder, has STUDENTS
concurrent clients (asyncio, one connection per check) upload the shipped example answer
sheets until CHECKS checks are done or SECONDS have passed, prints checks/s and the p50/p99
latency, then stops the server with SIGTERM and compares the attempts it recorded
(`rnngrade attempts export`) with the checks that were answered 200. With STOP_AFTER=S the
server gets STOP_SIGNAL (TERM or KILL) S seconds into the run instead.
"""
import asyncio
import csv
import io
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("RNNGRADE", str(ROOT / ".build/release/rnngrade"))
STUDENTS = int(os.environ.get("STUDENTS", "200"))
CHECKS = int(os.environ.get("CHECKS", "6000"))
SECONDS = float(os.environ.get("SECONDS", "60"))
# Stop the server mid-load: STOP_AFTER seconds into the run, send it STOP_SIGNAL (TERM or KILL).
STOP_AFTER = float(os.environ["STOP_AFTER"]) if "STOP_AFTER" in os.environ else None
STOP_SIGNAL = getattr(signal, "SIG" + os.environ.get("STOP_SIGNAL", "TERM"))

EXAMPLES = sorted((ROOT / "Submissions").glob("*/*.txt"))
BOUNDARY = "rnngrade-load"


def upload(assignment, sheet):
    body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n".encode()
            + sheet + f"\r\n--{BOUNDARY}--\r\n".encode())
    head = (f"POST /a/{assignment}/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body


REQUESTS = [upload(path.parent.name, path.read_bytes()) for path in EXAMPLES]


async def student(port, index, deadline, counter, latencies, statuses):
    while counter[0] < CHECKS and time.monotonic() < deadline:
        counter[0] += 1
        request = REQUESTS[(index + counter[0]) % len(REQUESTS)]
        start = time.perf_counter()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request)
            await writer.drain()
            reply = await asyncio.wait_for(reader.read(), timeout=30)
            writer.close()
            status = int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.1 ") else 0
        except (OSError, asyncio.TimeoutError):
            status = 0
        latencies.append(time.perf_counter() - start)
        statuses[status] = statuses.get(status, 0) + 1


async def load(port, server):
    counter, latencies, statuses = [0], [], {}
    if STOP_AFTER is not None:
        asyncio.get_running_loop().call_later(STOP_AFTER, server.send_signal, STOP_SIGNAL)
    deadline = time.monotonic() + SECONDS
    start = time.perf_counter()
    await asyncio.gather(*(student(port, i, deadline, counter, latencies, statuses) for i in range(STUDENTS)))
    return time.perf_counter() - start, sorted(latencies), statuses


def main():
    data = tempfile.mkdtemp(prefix="rnngrade-load-")
    server = subprocess.Popen([BINARY, "serve", str(ROOT / "Rubrics"), "--port", "0", "--data", data],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    if "listening on" not in line:
        sys.exit(f"the server did not start: {line!r}")
    port = int(line.rsplit(":", 1)[1])
    elapsed, latencies, statuses = asyncio.run(load(port, server))
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    answered = statuses.get(200, 0)
    exported = subprocess.run([BINARY, "attempts", "export", "--data", data], capture_output=True, text=True, check=True).stdout
    recorded = len(list(csv.reader(io.StringIO(exported)))) - 1
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"students {STUDENTS}, checks {len(latencies)} in {elapsed:.2f} s: {answered / elapsed:.0f} checks/s answered 200")
    print(f"latency p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms; statuses {dict(sorted(statuses.items()))}")
    # Stopped mid-load, a check may be recorded and the server stopped before its reply was
    # read; no check answered 200 may be missing.
    complete = recorded == answered if STOP_AFTER is None else answered <= recorded <= len(latencies)
    print(f"recorded {recorded} attempts for {answered} answered checks: {'no answered check lost' if complete else 'MISMATCH'}"
          + ("" if STOP_AFTER is not None else ", exactly once"))
    sys.exit(0 if complete else 1)


if __name__ == "__main__":
    main()
