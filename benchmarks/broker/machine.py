"""The machine's own ceilings, measured before any broker runs: page-cache write speed (dd, no
fsync), loopback TCP (a socket pump between two processes, and iperf3 when installed), and
sendfile of a page-cached file to a loopback socket (what a zero-copy Fetch path can reach).

Each also in CPU terms, the kernel's own floor for a broker's "CPU seconds per GB": the CPU time
(user + system) of the sending thread per GB for sendfile and for a plain write(2) to loopback
(the reader is another process, as a consumer is), and the system time of `dd` per GB written
into a new file (the page-cache write every produced byte costs).
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from brokers import free_port

# A reader process: accepts one connection, drains `total` bytes, answers one byte.
_RECEIVER = r"""
import socket, sys
port, total = int(sys.argv[1]), int(sys.argv[2])
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port)); srv.listen(1)
print("ready", flush=True)
conn, _ = srv.accept()
buf = bytearray(1 << 20); view = memoryview(buf); got = 0
while got < total:
    n = conn.recv_into(view)
    if n == 0: break
    got += n
conn.sendall(b"k"); conn.close()
print(got, flush=True)
"""


def _thread_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_THREAD)
    return r.ru_utime + r.ru_stime


def _pump(total: int, send) -> tuple[float, float]:
    """Runs the receiver, calls send(sock, total); returns MB/s (10^6 bytes) until the reader has
    everything, and the sending thread's CPU seconds per GB (10^9 bytes)."""
    port = free_port()
    rx = subprocess.Popen([sys.executable, "-c", _RECEIVER, str(port), str(total)],
                          stdout=subprocess.PIPE, text=True)
    try:
        rx.stdout.readline()
        s = socket.create_connection(("127.0.0.1", port))
        c0 = _thread_cpu()
        t0 = time.perf_counter()
        send(s, total)
        s.recv(1)
        dt = time.perf_counter() - t0
        cpu = _thread_cpu() - c0
        s.close()
        got = int(rx.stdout.readline() or 0)
        rx.wait(10)
        if got != total:
            raise RuntimeError(f"receiver got {got} of {total} bytes")
        return total / dt / 1e6, cpu / (total / 1e9)
    finally:
        if rx.poll() is None:
            rx.kill()


def _send_buffer(s: socket.socket, total: int) -> None:
    chunk = memoryview(os.urandom(1 << 20))
    sent = 0
    while sent < total:
        n = min(len(chunk), total - sent)
        s.sendall(chunk[:n])
        sent += n


def dd_page_cache(path: Path, mib: int) -> tuple[float, float]:
    """MB/s of dd writing `mib` MiB of zeros into `path` (no fsync), and dd's system CPU seconds
    per GB (its rusage from wait4)."""
    proc = subprocess.Popen(["dd", "if=/dev/zero", f"of={path}", "bs=1M", f"count={mib}", "conv=notrunc"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "LC_ALL": "C"})
    out = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"dd failed: {out}")
    m = re.search(r"(\d+) bytes .* copied, ([0-9.]+) s", out)
    nbytes = int(m.group(1))
    return nbytes / float(m.group(2)) / 1e6, usage.ru_stime / (nbytes / 1e9)


def iperf3(seconds: int) -> float | None:
    if not shutil.which("iperf3"):
        return None
    port = free_port()
    srv = subprocess.Popen(["iperf3", "-s", "-1", "-B", "127.0.0.1", "-p", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            time.sleep(0.05)
            r = subprocess.run(["iperf3", "-c", "127.0.0.1", "-p", str(port), "-t", str(seconds), "-J"],
                               capture_output=True, text=True)
            if r.returncode == 0:
                return json.loads(r.stdout)["end"]["sum_received"]["bits_per_second"] / 8 / 1e6
        return None
    finally:
        if srv.poll() is None:
            srv.kill()
        srv.wait()


def measure(workdir: Path, quick: bool, log) -> dict:
    mib = 128 if quick else 1024
    reps = 1 if quick else 3
    path = workdir / "dd.bin"
    res = {"file_mib": mib}

    # The first write allocates the file's blocks and pages (as a log append does); the next ones
    # overwrite pages already cached.
    # A new file each repetition for the CPU figure (the allocation of blocks and pages is what a
    # log append pays); the last one stays for the overwrite and sendfile runs.
    new = []
    for _ in range(reps):
        path.unlink(missing_ok=True)
        new.append(dd_page_cache(path, mib))
    res["dd_new_file_MBps"] = statistics.median(x for x, _ in new)
    res["dd_new_file_sys_s_per_GB"] = statistics.median(c for _, c in new)
    dd = [dd_page_cache(path, mib) for _ in range(reps)]
    res["dd_write_MBps"] = statistics.median(x for x, _ in dd)
    res["dd_write_sys_s_per_GB"] = statistics.median(c for _, c in dd)
    log(f"machine: dd page-cache write {mib} MiB: new file {_pairs(new)}; overwrite {_pairs(dd)} "
        "(MB/s, system CPU s per GB)")

    total = mib << 20
    tcp = [_pump(2 * total, _send_buffer) for _ in range(reps)]
    res["loopback_tcp_MBps"] = statistics.median(x for x, _ in tcp)
    res["loopback_write_cpu_s_per_GB"] = statistics.median(c for _, c in tcp)
    log(f"machine: loopback TCP write(2) of a 1 MiB buffer, {2 * mib} MiB: {_pairs(tcp)} "
        "(MB/s, sending thread CPU s per GB)")

    with open(path, "rb") as f:  # make sure it is all in the page cache
        while f.read(1 << 24):
            pass

    def send_file(s, n):
        with open(path, "rb") as f:
            off = 0
            while off < n:
                k = os.sendfile(s.fileno(), f.fileno(), off, n - off)
                if k == 0:
                    raise RuntimeError("sendfile returned 0")
                off += k

    sf = [_pump(total, send_file) for _ in range(reps)]
    res["sendfile_loopback_MBps"] = statistics.median(x for x, _ in sf)
    res["sendfile_cpu_s_per_GB"] = statistics.median(c for _, c in sf)
    log(f"machine: sendfile {mib} MiB page-cached file -> loopback: {_pairs(sf)} "
        "(MB/s, sending thread CPU s per GB)")

    ip = iperf3(2 if quick else 3)
    res["iperf3_MBps"] = ip
    log(f"machine: iperf3 loopback: {f'{ip:.0f} MB/s' if ip else 'not installed'}")
    path.unlink(missing_ok=True)
    return res


def _pairs(xs) -> str:
    return ", ".join(f"{a:.0f} MB/s {b:.2f} s/GB" for a, b in xs)


def describe() -> dict:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) // (1024 * 1024)
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_gib": mem, "kernel": os.uname().release,
            "loadavg": os.getloadavg()}
