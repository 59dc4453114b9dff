"""`server-start`, `server-stop` and `storage` as an operator uses them: Kafka's sample file, the
daemon mode and its PID file, clean shutdown and its marker, config errors, the metadata log read back
by `dump-log`, and a planned cluster id from `storage format`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

from swkafka_broker import HOST, REPO, broker_binary, free_port, missing_binary_reason

pytestmark = pytest.mark.skipif(missing_binary_reason() is not None, reason=missing_binary_reason() or "")

SAMPLE = REPO / "config" / "server.properties"


def swkafka(*args: str, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(broker_binary()), *args], capture_output=True, text=True, timeout=timeout,
                          env=env, stdin=subprocess.DEVNULL)


def loopback_overrides(data: Path, port: int, controller_port: int) -> list[str]:
    """The sample file's listeners moved to loopback and ephemeral ports (tests never bind 0.0.0.0)."""
    settings = {
        "listeners": f"PLAINTEXT://{HOST}:{port},CONTROLLER://{HOST}:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://{HOST}:{port},CONTROLLER://{HOST}:{controller_port}",
        "controller.quorum.bootstrap.servers": f"{HOST}:{controller_port}",
        "log.dirs": str(data),
    }
    out: list[str] = []
    for k, v in settings.items():
        out += ["--override", f"{k}={v}"]
    return out


def wait_for_metadata(bootstrap: str, timeout: float = 15.0) -> AdminClient:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    deadline = time.monotonic() + timeout
    while True:
        try:
            admin.list_topics(timeout=2)
            return admin
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_kafka_sample_file_daemon_and_server_stop(tmp_path: Path):
    data = tmp_path / "data"
    port, controller_port = free_port(), free_port()
    overrides = loopback_overrides(data, port, controller_port)
    env = dict(os.environ, LOG_DIR=str(tmp_path))
    started = swkafka("server-start", "-daemon", str(SAMPLE), *overrides, env=env)
    assert started.returncode == 0, started.stderr
    assert "running in the background" in started.stdout
    pid = int((data / "swkafka.pid").read_text())
    try:
        admin = wait_for_metadata(f"{HOST}:{port}")
        admin.create_topics([NewTopic("sample", 3, 1)])["sample"].result(10)
        assert len(admin.list_topics(timeout=5).topics["sample"].partitions) == 3
        out = (tmp_path / "swkafkaServer.out").read_text()
        assert "Kafka Server started" in out
    finally:
        stopped = swkafka("server-stop", str(SAMPLE), *overrides, "--timeout-ms", "30000")
    assert stopped.returncode == 0, stopped.stderr
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    assert not (data / "swkafka.pid").exists()
    assert (data / ".kafka_cleanshutdown").exists()
    again = swkafka("server-stop", str(SAMPLE), *overrides, "--timeout-ms", "1000")
    assert again.returncode == 1
    assert again.stderr == "No kafka server to stop\n"


def test_sigterm_and_sigint_shut_down_cleanly_and_metadata_is_replayed(tmp_path: Path):
    data = tmp_path / "data"
    port, controller_port = free_port(), free_port()
    command = [str(broker_binary()), "server-start", str(SAMPLE), *loopback_overrides(data, port, controller_port)]
    for sig in (signal.SIGTERM, signal.SIGINT):
        log = open(tmp_path / f"broker-{sig.name}.log", "w")
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            admin = wait_for_metadata(f"{HOST}:{port}")
            if sig == signal.SIGTERM:
                admin.create_topics([NewTopic("kept", 2, 1, config={"retention.ms": "123456"})])["kept"].result(10)
            else:
                # Created before the first shutdown: replayed from the metadata log.
                assert len(admin.list_topics(timeout=5).topics["kept"].partitions) == 2
                resource = ConfigResource("topic", "kept")
                configs = admin.describe_configs([resource])[resource].result(10)
                assert configs["retention.ms"].value == "123456"
        finally:
            proc.send_signal(sig)
            assert proc.wait(timeout=30) == 0
            log.close()
        assert (data / ".kafka_cleanshutdown").exists()
    # The metadata log is Kafka's format: dump-log's cluster metadata decoder reads it.
    segment = next((data / "__cluster_metadata-0").glob("*.log"))
    dumped = swkafka("dump-log", "--cluster-metadata-decoder", "--files", str(segment))
    assert dumped.returncode == 0, dumped.stderr
    assert '"type":"TOPIC_RECORD"' in dumped.stdout.replace(" ", "")
    assert '"name":"kept"' in dumped.stdout.replace(" ", "")
    assert "REGISTER_BROKER_RECORD" in dumped.stdout


def test_planned_cluster_id_is_kept(tmp_path: Path):
    data = tmp_path / "data"
    port, controller_port = free_port(), free_port()
    cluster_id = swkafka("storage", "random-uuid").stdout.strip()
    config = tmp_path / "server.properties"
    config.write_text(SAMPLE.read_text().replace("log.dirs=/tmp/kraft-combined-logs", f"log.dirs={data}"))
    formatted = swkafka("storage", "format", "-t", cluster_id, "-c", str(config))
    assert formatted.returncode == 0, formatted.stderr
    proc = subprocess.Popen([str(broker_binary()), "server-start", str(config),
                             *loopback_overrides(data, port, controller_port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        admin = wait_for_metadata(f"{HOST}:{port}")
        assert admin.list_topics(timeout=5).cluster_id == cluster_id
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0


def test_config_errors_and_warnings(tmp_path: Path):
    bad = swkafka("server-start", "--override", "num.partitions=many", "--override", f"log.dirs={tmp_path}")
    assert bad.returncode == 1
    assert len(bad.stderr.strip().splitlines()) == 1 and "num.partitions" in bad.stderr
    missing = swkafka("server-start", str(tmp_path / "nope.properties"))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1

    # An unknown key is a warning; a node id that does not match the formatted dir stops start-up.
    data = tmp_path / "data"
    port, controller_port = free_port(), free_port()
    overrides = loopback_overrides(data, port, controller_port)
    proc = subprocess.Popen([str(broker_binary()), "server-start", str(SAMPLE), *overrides,
                             "--override", "no.such.key=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
    try:
        wait_for_metadata(f"{HOST}:{port}")
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert "WARN The configuration 'no.such.key' was supplied but isn't a known config." in out
    other = swkafka("server-start", str(SAMPLE), *overrides, "--override", "node.id=2",
                    "--override", "controller.quorum.bootstrap.servers=", "--override",
                    f"controller.quorum.voters=2@{HOST}:{controller_port}")
    assert other.returncode == 1
    assert "Stored node id 1 doesn't match previous node id 2" in other.stdout + other.stderr
