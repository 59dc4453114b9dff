#!/usr/bin/env python3
"""Produce and fetch path CPU: two or more swkafka binaries side by side in one interleaved run.

Each binary runs as its own broker for the whole run; for every configuration and repetition the
same produce phase and then the consume phase that reads it back run against each broker in turn
(the order rotates), with the broker's utime/stime read from /proc/<pid>/stat around each phase.
Prints per-phase lines and a median table (CPU s per GB of record values, user and system split,
MB/s), and appends everything to the raw file.

    hotpath.py --bin before=/tmp/before/swkafka --bin after=.build/release/swkafka \
        [--sizes 100,1024] [--parts 1,6] [--acks 1,all] [--reps 3] [--scale 0.3] \
        [--override name:key=value] [--strace] [--perf DIR] [--raw benchmarks/raw/<date>-hotpath.txt]

--strace runs each phase under `strace -c -f -p <pid>` instead (syscall counts per phase; the
CPU figures of such a run are strace's, not the broker's). --perf DIR records `perf record -g -e
cpu-clock` per phase into DIR/<name>-<phase>.data.
Run it with a Python that has confluent-kafka (bin/bench-broker's benchmarks/.venv).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import brokers as brk  # noqa: E402
from clients import consume, create_topic, delete_topic, produce  # noqa: E402

REPO = HERE.parents[1]


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", action="append", required=True, help="name=path of a swkafka binary (repeat)")
    ap.add_argument("--override", action="append", default=[],
                    help="name:key=value, a broker config override for the binary called name (repeat)")
    ap.add_argument("--sizes", default="100,1024")
    ap.add_argument("--parts", default="1,6")
    ap.add_argument("--acks", default="1,all")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the record counts (3M x 100 B, 1M x 1 KiB)")
    ap.add_argument("--strace", action="store_true", help="count system calls per phase with strace -c -f")
    ap.add_argument("--perf", help="directory for perf record -g -e cpu-clock data, one file per phase")
    ap.add_argument("--raw", default=str(REPO / "benchmarks/raw" / f"{time.strftime('%Y-%m-%d')}-hotpath.txt"))
    args = ap.parse_args()
    args.bins = []
    for b in args.bin:
        name, _, path = b.partition("=")
        if not path or not os.access(path, os.X_OK):
            ap.error(f"--bin {b!r}: want name=path of an executable")
        args.bins.append((name, str(Path(path).resolve())))
    args.sizes = [int(s) for s in args.sizes.split(",")]
    args.parts = [int(s) for s in args.parts.split(",")]
    args.acks = args.acks.split(",")
    return args


class Attached:
    """strace -c or perf record attached to a pid for the duration of a `with` block."""

    def __init__(self, argv: list[str] | None, out: Path | None):
        self.argv, self.out, self.proc = argv, out, None

    def __enter__(self):
        if self.argv:
            self.proc = subprocess.Popen(self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)  # attached before the phase starts
        return self

    def __exit__(self, *exc):
        if self.proc:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(60)


def main() -> int:
    args = parse_args()
    raw_path = Path(args.raw)
    raw_path.parent.mkdir(parents=True, exist_ok=True)
    raw = open(raw_path, "a")

    def log(line=""):
        print(line, flush=True)
        raw.write(line + "\n")
        raw.flush()

    counts = {100: 3_000_000, 1024: 1_000_000}
    counts = {k: max(1000, int(counts.get(k, 1_000_000) * args.scale)) for k in args.sizes}
    mode = "strace" if args.strace else ("perf" if args.perf else "cpu")
    load = os.getloadavg()
    log(f"==== hotpath {time.strftime('%Y-%m-%d %H:%M:%S')} ({mode}): {' '.join(sys.argv[1:])}")
    log(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; counts {counts}")
    for name, path in args.bins:
        log(f"binary {name}: {path}")

    workdir = Path(tempfile.mkdtemp(prefix="bench-hotpath-"))
    running = {}
    rows = []
    try:
        for name, path in args.bins:
            spec = brk.swkafka_spec(path, REPO)
            spec.name = name
            extra = [o.split(":", 1)[1] for o in args.override if o.split(":", 1)[0] == name]
            if extra:
                base_argv = spec.argv
                spec.argv = lambda b, port, cport, d, base_argv=base_argv, extra=extra: base_argv(
                    b, port, cport, d) + [a for kv in extra for a in ("--override", kv)]
                log(f"{name}: overrides {extra}")
            b = brk.start(spec, workdir, "main")
            b.wait_ready()
            running[name] = b
            log(f"{name}: pid {b.pid}, {b.bootstrap}")
            # Warm-up off the clock: the first consumer's FindCoordinator creates __consumer_offsets
            # (50 partitions, their files and checkpoints), a one-time cost that is not the fetch path.
            create_topic(b.bootstrap, "warm-up", 1)
            produce(b.bootstrap, "warm-up", 1000, b"w" * 100, "1")
            consume(b.bootstrap, "warm-up", 1, 1000, b"w" * 100)
            delete_topic(b.bootstrap, "warm-up")
        values = {size: os.urandom(size) for size in args.sizes}
        configs = [(s, p, a) for s in args.sizes for p in args.parts for a in args.acks]
        names = [n for n, _ in args.bins]
        for rep in range(args.reps):
            for ci, (size, parts, acks) in enumerate(configs):
                k = (rep + ci) % len(names)
                for name in names[k:] + names[:k]:
                    b = running[name]
                    n = counts[size]
                    topic = f"t{size}-p{parts}-a{acks}-r{rep}"
                    create_topic(b.bootstrap, topic, parts)
                    for phase in ("produce", "consume"):
                        tag = f"{name}-{phase}-{size}-p{parts}-a{acks}-r{rep}"
                        tool = None
                        out = None
                        if args.strace:
                            out = workdir / f"{tag}.strace"
                            tool = ["strace", "-c", "-f", "-o", str(out), "-p", str(b.pid)]
                        elif args.perf:
                            Path(args.perf).mkdir(parents=True, exist_ok=True)
                            out = Path(args.perf) / f"{tag}.data"
                            tool = ["perf", "record", "-g", "-e", "cpu-clock", "-o", str(out), "-p", str(b.pid)]
                        with Attached(tool, out):
                            u0, s0 = b.cpu_times()
                            r = (produce(b.bootstrap, topic, n, values[size], acks) if phase == "produce"
                                 else consume(b.bootstrap, topic, parts, n, values[size]))
                            u1, s1 = b.cpu_times()
                        gb = r["bytes"] / 1e9
                        row = {"name": name, "phase": phase, "size": size, "parts": parts, "acks": acks, "rep": rep,
                               "user": u1 - u0, "sys": s1 - s0, "gb": gb, "seconds": r["seconds"],
                               "mbps": r["bytes"] / max(r["seconds"], 1e-9) / 1e6}
                        rows.append(row)
                        bad = ""
                        if phase == "produce" and (r["errors"] or r["unacked"]):
                            bad = f" ERRORS {r['errors']} unacked {r['unacked']} {r['error_sample']}"
                        if phase == "consume" and not r["complete"]:
                            bad = f" INCOMPLETE {r['records']}/{n} gaps {r['gaps']} bad {r['bad_values']}"
                        log(f"{phase:7} {name:8} {size:5} B p{parts} acks={acks:3} #{rep}: {row['mbps']:7.1f} MB/s, "
                            f"CPU/GB {(row['user'] + row['sys']) / gb:5.2f} s (user {row['user'] / gb:5.2f}, "
                            f"sys {row['sys'] / gb:5.2f}){bad}")
                        if args.strace and out and out.exists():
                            log(f"strace -c -f {tag} ({gb:.3f} GB):")
                            for line in out.read_text().splitlines():
                                log("    " + line)
                    delete_topic(b.bootstrap, topic)
    finally:
        for b in running.values():
            b.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    log()
    log(f"Medians over {args.reps} repetitions; CPU s per GB of record values (user + sys); load average "
        f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end.")
    log()
    names = [n for n, _ in args.bins]
    head = "| phase | size | parts | acks | " + " | ".join(
        f"{n} CPU/GB (user/sys) | {n} MB/s" for n in names) + (f" | {names[-1]} ÷ {names[0]} CPU |" if len(names) > 1 else " |")
    log(head)
    log("|" + " --- |" * (head.count("|") - 1))
    totals = {(n, ph): [0.0, 0.0, 0.0] for n in names for ph in ("produce", "consume")}
    for phase in ("produce", "consume"):
        for size in args.sizes:
            for parts in args.parts:
                for acks in args.acks:
                    cells = []
                    per = {}
                    for n in names:
                        rs = [r for r in rows if r["name"] == n and r["phase"] == phase and r["size"] == size
                              and r["parts"] == parts and r["acks"] == acks]
                        if not rs:
                            cells.append("– | –")
                            continue
                        cpu = statistics.median((r["user"] + r["sys"]) / r["gb"] for r in rs)
                        user = statistics.median(r["user"] / r["gb"] for r in rs)
                        sys_ = statistics.median(r["sys"] / r["gb"] for r in rs)
                        mbps = statistics.median(r["mbps"] for r in rs)
                        per[n] = cpu
                        for r in rs:
                            t = totals[(n, phase)]
                            t[0] += r["user"]
                            t[1] += r["sys"]
                            t[2] += r["gb"]
                        cells.append(f"{cpu:.2f} ({user:.2f}/{sys_:.2f}) | {mbps:.0f}")
                    ratio = f" | {per[names[-1]] / per[names[0]]:.2f}" if len(names) > 1 and len(per) == len(names) else ""
                    log(f"| {phase} | {size} | {parts} | {acks} | " + " | ".join(cells) + ratio + " |")
    log()
    for phase in ("produce", "consume"):
        parts_ = []
        for n in names:
            u, s, g = totals[(n, phase)]
            if g:
                parts_.append(f"{n} {(u + s) / g:.2f} s/GB (user {u / g:.2f}, sys {s / g:.2f})")
        log(f"{phase} over all phases: " + "; ".join(parts_))
    log(f"raw output: {raw_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
