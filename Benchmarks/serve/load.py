#!/usr/bin/env python3
"""Bounded load test of `rnngrade serve` on loopback (see README.md beside this file).

Each run starts the server on 127.0.0.1 with an ephemeral port and a fresh data folder, and has
STUDENTS students (asyncio tasks, each on its own keep-alive connection, as a browser keeps
one) upload the shipped example answer sheets, until CHECKS checks are done or DURATION seconds have
passed. With RATE=R the students together offer R checks per second (each at an even pace,
never a second check while one is pending: the latency at that throughput); with RATE=0 each
sends its next check as soon as the last is answered (the most the server sustains, with
latency that is mostly queueing). A run prints checks/s answered 200 and the p50/p99 latency,
stops the server with SIGTERM and compares the attempts it recorded (`rnngrade attempts
export`) with the checks answered 200. After RUNS runs it prints the medians, then the same
sheets graded without the server (`rnngrade grade` on a folder of copies, and one `rnngrade
check` per sheet), so the server's own cost is visible.

With STOP_AFTER=S the server gets STOP_SIGNAL (TERM or KILL) S seconds into each run instead.
"""
import asyncio
import csv
import io
import json
import os
import pathlib
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("RNNGRADE", str(ROOT / ".build/release/rnngrade"))
STUDENTS = int(os.environ.get("STUDENTS", "200"))
CHECKS = int(os.environ.get("CHECKS", "6000"))
DURATION = float(os.environ.get("DURATION", "60"))
RATE = float(os.environ.get("RATE", "1000"))
RUNS = int(os.environ.get("RUNS", "3"))
RAW = os.environ.get("RAW", "1") == "1"
# Stop the server mid-load: STOP_AFTER seconds into the run, send it STOP_SIGNAL (TERM or KILL).
STOP_AFTER = float(os.environ["STOP_AFTER"]) if "STOP_AFTER" in os.environ else None
STOP_SIGNAL = getattr(signal, "SIG" + os.environ.get("STOP_SIGNAL", "TERM"))

EXAMPLES = sorted((ROOT / "Submissions").glob("*/*.txt"))
BOUNDARY = "rnngrade-load"


def upload(assignment, sheet):
    body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n".encode()
            + sheet + f"\r\n--{BOUNDARY}--\r\n".encode())
    head = (f"POST /a/{assignment}/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body


REQUESTS = [upload(path.parent.name, path.read_bytes()) for path in EXAMPLES]


async def read_reply(reader):
    """The status of one HTTP/1.1 reply on a keep-alive connection (the body is read and dropped)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1])


async def student(port, index, start, deadline, counter, latencies, statuses):
    interval = STUDENTS / RATE if RATE > 0 else 0
    connection = None
    sent = 0
    while counter[0] < CHECKS and time.monotonic() < deadline:
        if interval:
            # Student `index` checks at start + (index / STUDENTS + sent) * interval.
            due = start + (index / STUDENTS + sent) * interval
            if due > time.monotonic():
                await asyncio.sleep(due - time.monotonic())
            if time.monotonic() >= deadline:
                break
        if counter[0] >= CHECKS:
            break
        counter[0] += 1
        sent += 1
        request = REQUESTS[(index + sent) % len(REQUESTS)]
        began = time.perf_counter()
        try:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", port)
            reader, writer = connection
            writer.write(request)
            await writer.drain()
            status = await asyncio.wait_for(read_reply(reader), timeout=30)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError):
            status = 0
            if connection is not None:
                connection[1].close()
            connection = None
        latencies.append(time.perf_counter() - began)
        statuses[status] = statuses.get(status, 0) + 1
    if connection is not None:
        connection[1].close()


async def load(port, server):
    counter, latencies, statuses = [0], [], {}
    if STOP_AFTER is not None:
        asyncio.get_running_loop().call_later(STOP_AFTER, server.send_signal, STOP_SIGNAL)
    start = time.monotonic()
    deadline = start + DURATION
    await asyncio.gather(*(student(port, i, start, deadline, counter, latencies, statuses) for i in range(STUDENTS)))
    return time.monotonic() - start, sorted(latencies), statuses


def percentile(latencies, q):
    return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000


def run_once(number):
    data = tempfile.mkdtemp(prefix="rnngrade-load-", dir=os.environ.get("DATA_ROOT"))
    try:
        log = open(os.path.join(data, "access.log"), "w")
        server = subprocess.Popen([BINARY, "serve", str(ROOT / "Rubrics"), "--port", "0", "--data", data],
                                  stdout=subprocess.PIPE, stderr=log, text=True)
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
        log.close()
        # The access log's `ms`: from the request's head to its response, inside the server
        # (reading the body, grading, the commit, the page), without the client and the network.
        handled = sorted(json.loads(line)["ms"] / 1000 for line in open(os.path.join(data, "access.log"))
                         if line.startswith("{") and '"method":"POST"' in line)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    rate, p50, p99 = answered / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99)
    inside50, inside99 = percentile(handled, 0.50), percentile(handled, 0.99)
    print(f"run {number}: {len(latencies)} checks in {elapsed:.2f} s: {rate:.0f} checks/s answered 200; "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms (inside the server: p50 {inside50:.1f} ms, p99 {inside99:.1f} ms); "
          f"statuses {dict(sorted(statuses.items()))}")
    # Stopped mid-load, a check may be recorded and the server stopped before its reply was
    # read; no check answered 200 may be missing.
    complete = recorded == answered if STOP_AFTER is None else answered <= recorded <= len(latencies)
    print(f"       recorded {recorded} attempts for {answered} answered checks: "
          + ("no answered check lost" if complete else "MISMATCH") + ("" if STOP_AFTER is not None else ", exactly once"))
    return rate, p50, p99, complete, inside50, inside99


def seconds(command):
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - began


def raw(count):
    """The same sheets without the server: `grade` on COUNT copies of them (grading and
    reports, no HTTP, no database), and `check` of one sheet (process start to exit)."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="rnngrade-raw-"))
    try:
        per_assignment = max(1, count // len(EXAMPLES))
        total = 0.0
        for example in EXAMPLES:
            folder = work / example.parent.name
            folder.mkdir()
            lines = example.read_text(encoding="utf-8").splitlines(keepends=True)
            for index in range(per_assignment):
                student = f"# student: s{index:05d}\n"
                (folder / f"s{index:05d}.txt").write_text(
                    "".join(student if line.startswith("# student:") else line for line in lines), encoding="utf-8")
            rubric = ROOT / "Rubrics" / f"{example.parent.name}.xml"
            total += statistics.median(seconds([BINARY, "grade", str(rubric), str(folder), "--out", str(work / "out"), "--quiet"])
                                       for _ in range(3))
        checks = [statistics.median(seconds([BINARY, "check", str(ROOT / "Rubrics" / f"{example.parent.name}.xml"), str(example)])
                                    for _ in range(5)) for example in EXAMPLES]
        return per_assignment * len(EXAMPLES) / total, statistics.median(checks) * 1000
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    print(f"rnngrade serve: {STUDENTS} students, offered {'as fast as answered' if RATE <= 0 else f'{RATE:.0f} checks/s'}, "
          f"at most {CHECKS} checks or {DURATION:.0f} s per run; load average before: {os.getloadavg()[0]:.1f}")
    results = [run_once(number + 1) for number in range(RUNS)]
    rate, p50, p99, _, inside50, inside99 = (statistics.median(r[i] for r in results) for i in range(6))
    print(f"median of {RUNS}: {rate:.0f} checks/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms "
          f"(inside the server: p50 {inside50:.1f} ms, p99 {inside99:.1f} ms); load average after: {os.getloadavg()[0]:.1f}")
    if RAW and STOP_AFTER is None:
        graded, check_ms = raw(CHECKS)
        print(f"without the server: `grade` {graded:.0f} sheets/s (median of 3 per assignment); one `check` {check_ms:.1f} ms (median)")
        print(f"served checks/s over `grade` sheets/s: {rate / graded:.2f}; one `check` process over the served p50: {check_ms / p50:.1f}x")
    sys.exit(0 if all(r[3] for r in results) else 1)


if __name__ == "__main__":
    main()
