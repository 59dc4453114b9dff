#!/usr/bin/env python3
"""Time and instructions per operation of swkafka-bench's benchmarks (`bin/bench --instructions`).

This VM has no hardware counters (`perf stat -e instructions` is unsupported), so instructions are
counted by valgrind: each benchmark runs under `valgrind --tool=cachegrind --cache-sim=no` (or
`--tool callgrind`) with `swkafka-bench --exact --iterations N NAME` and again with 2N; the set-up
(inputs, files, the first-call costs) is the same in both, so (Ir(2N) - Ir(N)) / N is the user-space
instructions of one operation. N is chosen from the benchmark's time so that N operations take
about `--target` seconds natively (at least 4). The time per operation is measured natively first,
as `bin/bench` does (median of `--repetitions`).

    benchmarks/instructions.py [--binary PATH] [--repetitions 5] [--target 0.02] [--tool cachegrind]
                               [--raw FILE] [filter...]

Prints a Markdown table and writes `RESULT {json}` lines to the raw file (default
benchmarks/raw/<date>-instructions.txt). valgrind 3.19 gives up on the DWARF 5 debug information
of a Swift release build ("Possibly corrupted debuginfo file"), so the runs under valgrind use a
copy of the binary with its debug sections stripped (`strip --strip-debug`; same code). Kernel work (the write and sendfile calls of the log
benchmarks) is not counted by valgrind: only the instructions the process itself executes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def bench(binary: str, *args: str) -> str:
    return subprocess.run([binary, *args], capture_output=True, text=True, check=True).stdout


def timed(binary: str, name: str, repetitions: int) -> dict:
    out = bench(binary, "--exact", "--repetitions", str(repetitions), name)
    for line in out.splitlines():
        if line.startswith("BENCH\t"):
            _, n, nbytes, median, best, *_ = line.split("\t")
            if n == name:
                return {"bytes": int(nbytes), "median_s": float(median), "best_s": float(best)}
    raise RuntimeError(f"{name}: no BENCH line in {out!r}")


def instructions(binary: str, name: str, iterations: int, tool: str) -> int:
    """The total user-space instructions of one run of the benchmark process at `iterations`."""
    with tempfile.TemporaryDirectory(prefix="swkafka-ir-") as tmp:
        out_file = os.path.join(tmp, "out")
        argv = ["valgrind", f"--tool={tool}", f"--{tool}-out-file={out_file}"]
        if tool == "cachegrind":
            argv.append("--cache-sim=no")
        argv += [binary, "--exact", "--iterations", str(iterations), name]
        r = subprocess.run(argv, capture_output=True, text=True)
        if r.returncode != 0 or f"ITERATIONS\t{name}\t{iterations}" not in r.stdout:
            raise RuntimeError(f"{name}: valgrind run failed ({r.returncode}): {r.stderr[-800:]}")
        # The summary line of the output file is the total, whatever the tool prints on stderr.
        with open(out_file) as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return int(line.split()[1])
        m = re.search(r"(?:I\s+refs|Collected)\s*:\s*([\d,]+)", r.stderr)
        if m:
            return int(m.group(1).replace(",", ""))
        raise RuntimeError(f"{name}: no instruction total in the {tool} output")


def fmt_time(s: float) -> str:
    if s < 1e-6:
        return f"{s * 1e9:.0f} ns"
    if s < 1e-3:
        return f"{s * 1e6:.2f} µs"
    return f"{s * 1e3:.2f} ms"


def fmt_count(x: float) -> str:
    if x >= 1e6:
        return f"{x / 1e6:.2f} M"
    if x >= 1e4:
        return f"{x / 1e3:.1f} k"
    return f"{x:,.0f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="benchmark name parts, as bin/bench takes them")
    ap.add_argument("--binary", default=str(REPO / ".build/release/swkafka-bench"))
    ap.add_argument("--repetitions", type=int, default=5, help="timed repetitions (native run)")
    ap.add_argument("--target", type=float, default=0.02,
                    help="native seconds the N operations of a valgrind run should take")
    ap.add_argument("--tool", choices=("cachegrind", "callgrind"), default="cachegrind")
    ap.add_argument("--raw", help="raw output file (default benchmarks/raw/<date>-instructions.txt)")
    args = ap.parse_args()

    names = [n for n in bench(args.binary, "--list", *args.filters).splitlines() if n.strip()]
    if not names:
        print("no benchmark matches", file=sys.stderr)
        return 2
    date = time.strftime("%Y-%m-%d")
    raw_path = Path(args.raw) if args.raw else REPO / "benchmarks/raw" / f"{date}-instructions.txt"
    raw_path.parent.mkdir(parents=True, exist_ok=True)
    raw = open(raw_path, "a")
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True).stdout.strip()
    header = (f"==== instructions {time.strftime('%Y-%m-%d %H:%M:%S')}: {args.binary} (git {rev}), {args.tool}, "
              f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(header, flush=True)
    raw.write(header + "\n")

    # The binary valgrind runs: the same code without its debug sections (see above).
    stripped_dir = tempfile.TemporaryDirectory(prefix="swkafka-bench-nodebug-")
    stripped = os.path.join(stripped_dir.name, "swkafka-bench")
    subprocess.run(["strip", "--strip-debug", "-o", stripped, args.binary], check=True)

    rows, failures = [], []
    for name in names:
        try:
            t = timed(args.binary, name, args.repetitions)
            n = max(4, min(1_000_000, math.ceil(args.target / max(t["median_s"], 1e-9))))
            ir1 = instructions(stripped, name, n, args.tool)
            ir2 = instructions(stripped, name, 2 * n, args.tool)
            per_op = (ir2 - ir1) / n
            rec = {"kind": "instructions", "name": name, "iterations": n, "ir_n": ir1, "ir_2n": ir2,
                   "ir_per_op": per_op, **t, "tool": args.tool, "git": rev}
            raw.write("RESULT " + json.dumps(rec, sort_keys=True) + "\n")
            raw.flush()
            rows.append(rec)
            per_byte = f", {per_op / t['bytes']:.3f} per byte" if t["bytes"] > 1 else ""
            print(f"{name}: {fmt_time(t['median_s'])} per op (median of {args.repetitions}), "
                  f"{fmt_count(per_op)} instructions per op{per_byte} (N={n})", flush=True)
        except Exception as e:  # one broken benchmark does not hide the others
            failures.append(f"{name}: {e}")
            print(f"FAILED {name}: {e}", flush=True)
            raw.write(f"FAILED {name}: {e}\n")

    table = ["| benchmark | time per op (median) | instructions per op | instructions per byte | "
             "instructions per ns |", "| --- | --- | --- | --- | --- |"]
    for r in rows:
        per_byte = f"{r['ir_per_op'] / r['bytes']:.3f}" if r["bytes"] > 1 else "-"
        table.append(f"| `{r['name']}` | {fmt_time(r['median_s'])} | {fmt_count(r['ir_per_op'])} | {per_byte} | "
                     f"{r['ir_per_op'] / (r['median_s'] * 1e9):.2f} |")
    text = "\n".join(table)
    print()
    print(text)
    raw.write(text + "\n")
    if failures:
        print("\nfailures:\n" + "\n".join(failures))
    print(f"\nraw output: {raw_path}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
