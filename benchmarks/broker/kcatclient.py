"""kcat (librdkafka's command-line client, what users run) as the benchmark's second client: a
produce phase (`kcat -P -l FILE`, one record per line of a pre-generated file of fixed-size values)
and a consume phase (`kcat -C -o beginning -c N -e > /dev/null`). Each returns the same dict shape
as clients.produce / clients.consume, with the kcat process's own CPU (from wait4) as client CPU.

The producer gets the same settings as the confluent-kafka phases (linger.ms=5, no compression,
no idempotence, acks as asked). kcat exits non-zero when a delivery failed, and only after every
record was acknowledged (it waits for its out-queue to drain), so its wall time is the phase's.

Exact counts: after a produce phase the caller checks the partitions' high watermarks. The
consumer runs with `-c N -e`: it stops after N records, or earlier when every partition reached
its end. Without `-q` kcat prints "Reached end of topic ... : exiting" when the end of the last
partition stopped it, which happens only if fewer than N records arrived; with N records the N-th
stops it first (kcat ignores the end-of-partition events after that). So "exit 0 and no
': exiting' line" means exactly N records read, given the watermarks sum to N.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

PRODUCER_SETTINGS = {
    "linger.ms": "5",
    "compression.codec": "none",
    "enable.idempotence": "false",
    "queue.buffering.max.messages": "1000000",
    "queue.buffering.max.kbytes": "1048576",
}


def available() -> tuple[bool, str]:
    path = shutil.which("kcat")
    if not path:
        return False, "kcat not installed"
    try:
        out = subprocess.run([path, "-V"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return False, f"kcat -V failed: {e}"
    version = re.search(r"^Version ([0-9.]+)", out, re.M)
    lib = re.search(r"librdkafka ([0-9.]+)", out)
    label = "kcat"
    if version:
        label += " " + version.group(1)
    if lib:
        label += f" (librdkafka {lib.group(1)})"
    return True, label


def probe(bootstrap: str) -> str | None:
    """None when kcat can read the broker's metadata, else the reason (its last error line).
    kcat's bundled librdkafka 2.0.2 cannot parse Tansu 0.6.0's ApiVersions answer ("Read
    underflow"), and no client setting avoids the request."""
    try:
        r = subprocess.run(["kcat", "-L", "-b", bootstrap, "-m", "10"], capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return "kcat -L timed out"
    if r.returncode == 0:
        return None
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    return lines[-1] if lines else f"kcat -L exited {r.returncode}"


def value_line(size: int) -> bytes:
    """A fixed value of `size` printable bytes without the newline delimiter (kcat -P reads lines)."""
    alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"
    raw = os.urandom(size)
    return bytes(alphabet[b & 63] for b in raw)


def write_payload_file(path: Path, n: int, value: bytes) -> int:
    """n lines of `value`; returns the file size. Written once per size and reused by every phase
    (it stays in the page cache, so kcat reads it from memory)."""
    line = value + b"\n"
    per_chunk = max(1, (4 << 20) // len(line))
    chunk = line * per_chunk
    with open(path, "wb") as f:
        left = n
        while left >= per_chunk:
            f.write(chunk)
            left -= per_chunk
        f.write(line * left)
    with open(path, "rb") as f:  # into the page cache before any phase times it
        while f.read(16 << 20):
            pass
    return path.stat().st_size


def _run(argv: list[str], timeout: float, stdout) -> tuple[int, float, float, str]:
    """Runs argv; returns exit code, wall seconds, the child's CPU seconds, stderr text."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    killed = False
    # stderr stays small (a few lines), so reading it after exit cannot block the child.
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            killed = True
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    dt = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if killed:
        err += f"\n(killed after {timeout:.0f} s)"
    return proc.returncode, dt, usage.ru_utime + usage.ru_stime, err


def produce(bootstrap: str, topic: str, n: int, size: int, acks: str, payload: Path,
            timeout: float = 300.0) -> dict:
    argv = ["kcat", "-P", "-b", bootstrap, "-t", topic, "-X", f"acks={acks}", "-l", str(payload)]
    for k, v in PRODUCER_SETTINGS.items():
        argv += ["-X", f"{k}={v}"]
    rc, dt, cpu, err = _run(argv, timeout, subprocess.DEVNULL)
    errors = [line for line in err.splitlines() if line.strip()]
    return {"records": n, "bytes": n * size, "seconds": dt, "client_cpu": cpu, "exit_code": rc,
            "unacked": 0 if rc == 0 else -1, "errors": 0 if rc == 0 else max(1, len(errors)),
            "error_sample": errors[:5]}


def consume(bootstrap: str, topic: str, n: int, size: int, timeout: float = 300.0) -> dict:
    argv = ["kcat", "-C", "-b", bootstrap, "-t", topic, "-o", "beginning", "-c", str(n), "-e"]
    with open(os.devnull, "wb") as devnull:
        rc, dt, cpu, err = _run(argv, timeout, devnull)
    eof_exit = [line for line in err.splitlines() if "Reached end of topic" in line and line.endswith(": exiting")]
    other = [line for line in err.splitlines() if line.strip() and "Reached end of topic" not in line]
    complete = rc == 0 and not eof_exit
    return {"records": n if complete else -1, "bytes": n * size if complete else 0, "seconds": dt,
            "client_cpu": cpu, "expected": n, "exit_code": rc, "complete": complete,
            "stopped_at_end": eof_exit[:3], "stderr": other[:5]}
