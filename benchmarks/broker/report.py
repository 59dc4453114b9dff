"""Markdown tables from the broker benchmark's results, and the section in benchmarks/RESULTS.md."""

from __future__ import annotations

import math
import re
import statistics
from pathlib import Path

SECTION = "## Broker: swkafka vs peers"

INTRO = """Produce/consume throughput, broker CPU per GB, end-to-end latency, start-up time and memory of
swkafka next to the Kafka-compatible brokers that run here without a JVM (Tansu, in memory),
measured with confluent-kafka (librdkafka) on loopback by `bin/bench-broker` (`benchmarks/broker/`,
whose README says how each figure is taken). Raw output with every repetition: `benchmarks/raw/`.

How to read them: the client runs on the same 2 shared cores, so with 100 B records the Python
producer and consumer are the bottleneck (their CPU per GB is several times the broker's) and both
brokers land near the same rate; 1 KiB records and the broker CPU per GB separate the brokers better.
Repetitions of one configuration differ by up to 2-3× when other builds run (the raw file has each);
the medians and the CPU per GB move less. Tansu keeps everything in RAM (this build has no file
storage), which favours its produce path and explains its peak RSS."""


def med(xs):
    xs = [x for x in xs if x is not None and not (isinstance(x, float) and math.isnan(x))]
    return statistics.median(xs) if xs else None


def fmt(x, kind="num"):
    if x is None:
        return "-"
    if kind == "int":
        return f"{x:,.0f}"
    if kind == "ratio":
        return f"{x:.2f}×"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def size_label(size):
    return f"{size} B" if size < 1024 else f"{size // 1024} KiB"


def throughput_table(results, kind, brokers, configs):
    """One row per (size, partitions, acks): per broker rec/s, MB/s, CPU s/GB (medians over
    repetitions), then swkafka's rec/s over each peer's."""
    header = ["record", "partitions", "acks"]
    for b in brokers:
        header += [f"{b} rec/s", f"{b} MB/s", f"{b} CPU s/GB"]
    peers = [b for b in brokers if b != "swkafka"] if "swkafka" in brokers else []
    header += [f"swkafka ÷ {p}" for p in peers]
    rows = []
    for size, parts, acks in configs:
        row = [size_label(size), str(parts), acks]
        rate = {}
        for b in brokers:
            rs = [r for r in results if r["kind"] == kind and r["broker"] == b and r["size"] == size
                  and r["partitions"] == parts and r["acks"] == acks and r.get("seconds")]
            rps = med([r["records"] / r["seconds"] for r in rs])
            mbps = med([r["bytes"] / r["seconds"] / 1e6 for r in rs])
            cpu = med([r["broker_cpu"] / (r["bytes"] / 1e9) for r in rs if r["bytes"]])
            rate[b] = rps
            row += [fmt(rps, "int"), fmt(mbps), fmt(cpu)]
        row += [fmt(ratio(rate.get("swkafka"), rate.get(p)), "ratio") for p in peers]
        rows.append(row)
    return table(header, rows)


def summary(results, brokers, startup, resources, lat):
    """Per broker: CPU per GB over all phases, latency percentiles, start-up, RSS, record checks."""
    peers = [b for b in brokers if b != "swkafka"] if "swkafka" in brokers else []
    header = ["metric"] + brokers + [f"swkafka ÷ {p}" for p in peers]
    rows = []

    def add(label, values, kind="num"):
        row = [label] + [fmt(values.get(b), kind) for b in brokers]
        row += [fmt(ratio(values.get("swkafka"), values.get(p)), "ratio") for p in peers]
        rows.append(row)

    for kind, label in (("produce", "broker CPU s per GB in (all produce phases)"),
                        ("consume", "broker CPU s per GB out (all consume phases)")):
        v = {}
        for b in brokers:
            rs = [r for r in results if r["kind"] == kind and r["broker"] == b and r.get("bytes")]
            gb = sum(r["bytes"] for r in rs) / 1e9
            v[b] = sum(r["broker_cpu"] for r in rs) / gb if gb else None
        add(label, v)
    for kind, label in (("produce", "client CPU s per GB in (Python + librdkafka)"),
                        ("consume", "client CPU s per GB out (Python + librdkafka)")):
        v = {}
        for b in brokers:
            rs = [r for r in results if r["kind"] == kind and r["broker"] == b and r.get("bytes")]
            gb = sum(r["bytes"] for r in rs) / 1e9
            v[b] = sum(r["client_cpu"] for r in rs) / gb if gb else None
        add(label, v)
    for key, label in (("p50_ms", "e2e latency p50 ms"), ("p99_ms", "e2e latency p99 ms"),
                       ("p999_ms", "e2e latency p99.9 ms")):
        add(label, {b: med([x[key] for x in lat if x["broker"] == b]) for b in brokers})
    add("start-up to first Metadata answer ms",
        {b: med([x["ready_ms"] for x in startup if x["broker"] == b and x.get("ready_ms")]) for b in brokers})
    add("idle RSS MB (2 s after ready)",
        {b: med([x["idle_rss_mb"] for x in startup if x["broker"] == b and x.get("idle_rss_mb")]) for b in brokers})
    add("peak RSS MB (VmHWM, after all phases)", {b: resources.get(b, {}).get("hwm_mb") for b in brokers})
    rows.append(["records consumed / produced"] + [check_label(results, b) for b in brokers] + ["" for _ in peers])
    return table(header, rows)


def check_label(results, b):
    cons = [r for r in results if r["kind"] == "consume" and r["broker"] == b]
    prod = [r for r in results if r["kind"] == "produce" and r["broker"] == b]
    if not cons and not prod:
        return "-"
    got = sum(r["records"] for r in cons)
    want = sum(r["records"] for r in prod)
    bad = sum(1 for r in cons if not r.get("complete"))
    return f"{got:,} / {want:,}" + (f", {bad} phase(s) wrong" if bad else ", exact")


def machine_table(m):
    rows = [["page-cache write to a new file (dd bs=1M, no fsync)", fmt(m.get("dd_new_file_MBps"))],
            ["page-cache overwrite of that file (dd conv=notrunc)", fmt(m.get("dd_write_MBps"))],
            ["loopback TCP, Python socket pump (2 processes)", fmt(m.get("loopback_tcp_MBps"))],
            ["loopback TCP, iperf3", fmt(m.get("iperf3_MBps")) if m.get("iperf3_MBps") else "not installed"],
            ["sendfile of a page-cached file to loopback", fmt(m.get("sendfile_loopback_MBps"))]]
    return table(["machine limit", "MB/s"], rows)


def update_results(path: Path, date: str, entry: str, marker: str) -> None:
    """Puts `entry` at the top of the broker section (creating the section at the end of the file);
    an earlier entry with the same marker (same date and mode) is replaced."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    begin, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    block = f"{begin}\n{entry.strip()}\n{end}\n"
    if begin in text:
        text = re.sub(re.escape(begin) + r".*?" + re.escape(end) + r"\n?", lambda _: block, text, flags=re.S)
    elif SECTION in text:
        i = text.index(SECTION)
        j = text.find("\n<!-- ", i)  # just above the newest entry
        nxt = text.find("\n## ", i + len(SECTION))
        if j == -1 or (nxt != -1 and j > nxt):
            j = nxt if nxt != -1 else len(text)
            text = text[:j].rstrip("\n") + "\n\n" + block + ("\n" + text[j:].lstrip("\n") if j < len(text) else "")
        else:
            text = text[:j + 1] + block + "\n" + text[j + 1:]
    else:
        intro = INTRO
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n{intro}\n\n{block}"
    path.write_text(text)
