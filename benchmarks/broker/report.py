"""Markdown tables from the broker benchmark's results, and the section in benchmarks/RESULTS.md."""

from __future__ import annotations

import math
import re
import statistics
from pathlib import Path

SECTION = "## Broker: swkafka vs peers"
CONFLUENT = "confluent-kafka"

INTRO = """Produce/consume throughput, broker CPU per GB, end-to-end latency, start-up time and memory of
swkafka next to the Kafka-compatible brokers that run here without a JVM (Tansu, in memory),
measured with confluent-kafka (librdkafka) and kcat on loopback by `bin/bench-broker`
(`benchmarks/broker/`, whose README says how each figure is taken), with the machine's own limits
and the kernel's CPU floors measured in the same run, and 10,000 partitions on one node. Raw output
with every repetition: `benchmarks/raw/`.

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
    if x == 0:
        x = 0.0  # not "-0.00" from a difference of two equal CPU readings
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


def of_client(r, client):
    return r.get("client", CONFLUENT) == client


def throughput_table(results, kind, brokers, configs, client=CONFLUENT):
    """One row per (size, partitions, acks): per broker rec/s, MB/s, CPU s/GB (medians over
    repetitions) of the phases of `client`, then swkafka's rec/s over each peer's."""
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
                  and r["partitions"] == parts and r["acks"] == acks and r.get("seconds")
                  and r.get("bytes", 0) > 0 and of_client(r, client)]
            rps = med([r["records"] / r["seconds"] for r in rs])
            mbps = med([r["bytes"] / r["seconds"] / 1e6 for r in rs])
            cpu = med([r["broker_cpu"] / (r["bytes"] / 1e9) for r in rs if r["bytes"]])
            rate[b] = rps
            row += [fmt(rps, "int"), fmt(mbps), fmt(cpu)]
        row += [fmt(ratio(rate.get("swkafka"), rate.get(p)), "ratio") for p in peers]
        rows.append(row)
    return table(header, rows)


def cpu_per_gb(results, kind, broker, key, client):
    rs = [r for r in results if r["kind"] == kind and r["broker"] == broker and r.get("bytes", 0) > 0
          and of_client(r, client)]
    gb = sum(r["bytes"] for r in rs) / 1e9
    return sum(r[key] for r in rs) / gb if gb else None


def summary(results, brokers, startup, resources, lat, lat_rates=(1000,)):
    """Per broker: CPU per GB over all phases of each client, latency percentiles per rate,
    start-up, RSS, record checks."""
    peers = [b for b in brokers if b != "swkafka"] if "swkafka" in brokers else []
    header = ["metric"] + brokers + [f"swkafka ÷ {p}" for p in peers]
    rows = []

    def add(label, values, kind="num"):
        row = [label] + [fmt(values.get(b), kind) for b in brokers]
        row += [fmt(ratio(values.get("swkafka"), values.get(p)), "ratio") for p in peers]
        rows.append(row)

    clients = [c for c in (CONFLUENT, "kcat") if any(of_client(r, c) for r in results)]
    for client in clients:
        for kind, label in (("produce", f"broker CPU s per GB in ({client} produce phases)"),
                            ("consume", f"broker CPU s per GB out ({client} consume phases)")):
            add(label, {b: cpu_per_gb(results, kind, b, "broker_cpu", client) for b in brokers})
    for client in clients:
        who = "Python + librdkafka" if client == CONFLUENT else "the kcat process"
        for kind, label in (("produce", f"client CPU s per GB in ({who})"),
                            ("consume", f"client CPU s per GB out ({who})")):
            add(label, {b: cpu_per_gb(results, kind, b, "client_cpu", client) for b in brokers})
    for rate in lat_rates:
        xs = [x for x in lat if x.get("rate", 1000) == rate]
        if not xs:
            continue
        for key, label in (("p50_ms", "p50"), ("p99_ms", "p99"), ("p999_ms", "p99.9")):
            add(f"e2e latency {label} ms at {rate:,} records/s",
                {b: med([x[key] for x in xs if x["broker"] == b]) for b in brokers})
        add(f"latency driver's achieved send rate at {rate:,}/s (records/s)",
            {b: med([x.get("achieved_rate") for x in xs if x["broker"] == b]) for b in brokers}, "int")
        add(f"broker CPU µs per record at {rate:,}/s (produce and fetch of one record each)",
            {b: med([x["broker_cpu"] / x["sent"] * 1e6 for x in xs
                     if x["broker"] == b and x.get("broker_cpu") is not None and x.get("sent")]) for b in brokers})
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
    got = sum(max(r["records"], 0) for r in cons)  # a kcat phase that did not read its count says -1
    want = sum(r["records"] for r in prod)
    bad = sum(1 for r in cons if not r.get("complete"))
    return f"{got:,} / {want:,}" + (f", {bad} phase(s) wrong" if bad else ", exact")


def machine_table(m):
    rows = [["page-cache write to a new file (dd bs=1M, no fsync)", fmt(m.get("dd_new_file_MBps")),
             fmt(m.get("dd_new_file_sys_s_per_GB")) + " (dd's system time)"],
            ["page-cache overwrite of that file (dd conv=notrunc)", fmt(m.get("dd_write_MBps")),
             fmt(m.get("dd_write_sys_s_per_GB")) + " (dd's system time)"],
            ["loopback TCP, write(2) of a 1 MiB buffer (Python socket pump, 2 processes)",
             fmt(m.get("loopback_tcp_MBps")), fmt(m.get("loopback_write_cpu_s_per_GB")) + " (sending thread)"],
            ["loopback TCP, iperf3", fmt(m.get("iperf3_MBps")) if m.get("iperf3_MBps") else "not installed", "-"],
            ["sendfile of a page-cached file to loopback", fmt(m.get("sendfile_loopback_MBps")),
             fmt(m.get("sendfile_cpu_s_per_GB")) + " (sending thread)"]]
    return table(["machine limit", "MB/s", "CPU s per GB"], rows)


def floors_table(results, brokers, m):
    """The issue's CPU targets next to what the kernel itself spends for the same bytes: a
    produced byte is at least received from a socket and written into the page cache (dd into a
    new file: system time), a consumed byte at least sent from the page cache to a socket
    (sendfile: the sending thread's CPU). The receive copy is not in the "in" floor, so the real
    floor for produce is higher than shown."""
    header = ["figure", "target", "kernel floor (this run)"] + [f"{b} ({CONFLUENT} / kcat)" for b in brokers]
    header += ["swkafka ÷ floor"] if "swkafka" in brokers else []

    def cell(kind, b):
        a = cpu_per_gb(results, kind, b, "broker_cpu", CONFLUENT)
        k = cpu_per_gb(results, kind, b, "broker_cpu", "kcat")
        return f"{fmt(a)} / {fmt(k)}"

    rows = []
    for kind, label, target, floor_key, floor_label in (
            ("produce", "broker CPU s per GB in", "≤ 1.0", "dd_new_file_sys_s_per_GB", "dd to a new file"),
            ("consume", "broker CPU s per GB out", "≤ 0.15", "sendfile_cpu_s_per_GB", "sendfile to loopback")):
        floor = m.get(floor_key)
        row = [label, target, f"{fmt(floor)} ({floor_label})"] + [cell(kind, b) for b in brokers]
        if "swkafka" in brokers:
            mine = cpu_per_gb(results, kind, "swkafka", "broker_cpu", CONFLUENT)
            row.append(fmt(ratio(mine, floor), "ratio"))
        rows.append(row)
    wf = m.get("loopback_write_cpu_s_per_GB")
    note = (f"\n\nA plain write(2) of user memory to loopback costs {fmt(wf)} CPU s per GB here (what a "
            "fetch path that copies instead of sendfile would pay at least).") if wf is not None else ""
    return table(header, rows) + note


PARTITION_ROWS = (
    ("create_s", "create the partitions (CreateTopics until every partition has a leader) s", "num"),
    ("metadata_full_ms_p50", "full Metadata answer p50 ms (target < 50)", "num"),
    ("metadata_full_ms_p99", "full Metadata answer p99 ms", "num"),
    ("rss_mb", "RSS MB after creation", "num"),
    ("fds", "open file descriptors after creation", "int"),
    ("startup_ms", "start-up after a clean shutdown, to the first Metadata answer ms (target < 5,000)", "num"),
    ("all_online_ms", "start-up to every partition online ms", "num"),
    ("rss_after_restart_mb", "RSS MB after the restart", "num"),
    ("fds_after_restart", "open file descriptors after the restart", "int"),
)


def partitions_table(recs):
    """The many-partitions figures (one dict per run from manypartitions.measure); keys not
    listed in PARTITION_ROWS are shown under their own names."""
    rows = []
    skip = {"kind", "broker", "rep", "requested_partitions"}
    known = {k for k, _, _ in PARTITION_ROWS}
    for key, label, kind in PARTITION_ROWS:
        v = med([r.get(key) for r in recs if isinstance(r.get(key), (int, float))])
        rows.append([label, fmt(v, kind)])
    for key in sorted({k for r in recs for k in r} - known - skip):
        vals = [r.get(key) for r in recs if isinstance(r.get(key), (int, float)) and not isinstance(r.get(key), bool)]
        if vals:
            rows.append([key, fmt(med(vals), "int" if all(isinstance(v, int) for v in vals) else "num")])
    return table(["swkafka", "value"], rows)


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
