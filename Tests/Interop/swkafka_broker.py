"""A real `swkafka server-start` process on 127.0.0.1 for the real-client tests.

`Broker` owns one single-node (broker + controller) process: its ports (picked free on
127.0.0.1 once and kept across restarts), its log dir (formatted by the broker on first start),
and a log file holding the process's stdout and stderr. `start` returns once a Metadata request
answers; `stop` is a clean shutdown (SIGTERM, exit 0 expected); `kill` is SIGKILL; `restart`
starts again on the same dir and ports.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
HOST = "127.0.0.1"

READY_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 10.0


class BrokerError(Exception):
    pass


def broker_binary() -> Path:
    """`$SWKAFKA_BIN`, else the debug build of this repository."""
    env = os.environ.get("SWKAFKA_BIN")
    return Path(env) if env else REPO / ".build" / "debug" / "swkafka"


def missing_binary_reason() -> str | None:
    """Why no broker can be started here, or None when the binary is there and has `server-start`."""
    binary = broker_binary()
    if not binary.is_file() or not os.access(binary, os.X_OK):
        return f"no swkafka binary at {binary} (run `swift build`, or set SWKAFKA_BIN)"
    try:
        out = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"{binary} --help failed: {e}"
    if "server-start" not in out.stdout + out.stderr:
        return f"{binary} has no server-start subcommand"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_bytes(pid: int) -> int:
    """The resident set size of a process, from /proc."""
    return _status_bytes(pid, "VmRSS")


def virtual_memory_bytes(pid: int) -> int:
    """The virtual memory size of a process (what it has mapped, touched or not), from /proc."""
    return _status_bytes(pid, "VmSize")


def _status_bytes(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise BrokerError(f"no {field} for pid {pid}")


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


class Broker:
    """One `swkafka server-start` process; see the module comment."""

    #: Every broker made in this test process, so a failing test can show the logs of the brokers
    #: it used and the session can make sure no process outlives it.
    registry: list["Broker"] = []

    def __init__(self, name: str = "broker", overrides: dict[str, object] | None = None,
                 advertised_port: int | None = None):
        self.name = name
        self.overrides = {k: str(v) for k, v in (overrides or {}).items()}
        self.dir = Path(tempfile.mkdtemp(prefix=f"swkafka-{name}-"))
        self.log_dirs = self.dir / "data"
        self.log_path = self.dir / "broker.log"
        self.port = free_port()
        self.controller_port = free_port()
        while self.controller_port == self.port:
            self.controller_port = free_port()
        # A test that sits a proxy between the clients and the broker advertises the proxy's port.
        self.advertised_port = advertised_port
        self.proc: subprocess.Popen | None = None
        self.starts = 0
        self.last_start = 0.0
        self.expected_exit = True
        self.exit_codes: list[int] = []
        #: Set when a test using this broker fails: its directory stays for a look.
        self.keep = False
        Broker.registry.append(self)

    # -- addresses ------------------------------------------------------------------------------

    @property
    def bootstrap(self) -> str:
        return f"{HOST}:{self.port}"

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise BrokerError(f"{self.name} is not running")
        return self.proc.pid

    def command(self) -> list[str]:
        advertised = self.advertised_port or self.port
        settings = {
            "node.id": "1",
            "process.roles": "broker,controller",
            "listeners": f"PLAINTEXT://{HOST}:{self.port},CONTROLLER://{HOST}:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://{HOST}:{advertised}",
            "controller.quorum.voters": f"1@{HOST}:{self.controller_port}",
            "log.dirs": str(self.log_dirs),
        }
        settings.update(self.overrides)
        cmd = [str(broker_binary()), "server-start"]
        for k, v in settings.items():
            cmd += ["--override", f"{k}={v}"]
        return cmd

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self, timeout: float = READY_TIMEOUT_S) -> "Broker":
        if self.running:
            raise BrokerError(f"{self.name} is already running")
        attempts = 3 if self.starts == 0 else 1
        for attempt in range(attempts):
            try:
                self._spawn_and_wait(timeout)
                return self
            except BrokerError:
                # On a first start only, a port taken between picking and binding is worth another
                # pair of ports; anything else (and any restart) is the broker's failure.
                if attempt + 1 < attempts and self._lost_port_race():
                    self.port, self.controller_port = free_port(), free_port()
                    continue
                raise
        raise AssertionError("unreachable")

    def _lost_port_race(self) -> bool:
        tail = self.log_tail(4000).lower()
        return "address already in use" in tail or "eaddrinuse" in tail

    def _spawn_and_wait(self, timeout: float) -> None:
        self.starts += 1
        self.last_start = time.time()
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== start #{self.starts}: {' '.join(self.command())}\n".encode())
            log.flush()
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=self.dir,
                                         start_new_session=True)
        self.expected_exit = False
        deadline = time.monotonic() + timeout
        try:
            self._wait_for_port(deadline)
            self._wait_for_metadata(deadline)
        except BrokerError:
            self._reap_after_failed_start()
            raise

    def _check_alive(self, what: str) -> None:
        assert self.proc is not None
        code = self.proc.poll()
        if code is not None:
            self.exit_codes.append(code)
            raise BrokerError(f"{self.name} exited with status {code} {what}\n{self.log_tail()}")

    def _wait_for_port(self, deadline: float) -> None:
        while True:
            self._check_alive("before its listener accepted a connection")
            try:
                with socket.create_connection((HOST, self.port), timeout=0.5):
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise BrokerError(f"{self.name}: nothing listens on {self.bootstrap} after "
                                  f"{READY_TIMEOUT_S}s\n{self.log_tail()}")
            time.sleep(0.05)

    def _wait_for_metadata(self, deadline: float) -> None:
        from confluent_kafka.admin import AdminClient

        last: object = None
        while True:
            self._check_alive("before answering Metadata")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrokerError(f"{self.name}: no Metadata answer within {READY_TIMEOUT_S}s "
                                  f"(last: {last!r})\n{self.log_tail()}")
            try:
                admin = AdminClient({"bootstrap.servers": self.bootstrap, "log_level": 3})
                md = admin.list_topics(timeout=min(max(remaining, 0.5), 3.0))
                if md.brokers:
                    return
                last = "a Metadata response with no brokers"
            except Exception as e:  # KafkaException on timeout; retried until the deadline
                last = e
            time.sleep(0.1)

    def _reap_after_failed_start(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self._signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.expected_exit = True

    def _signal(self, sig: int) -> None:
        assert self.proc is not None
        try:
            os.kill(self.proc.pid, sig)
        except ProcessLookupError:
            pass

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def died_unexpectedly(self) -> int | None:
        """The exit status if the process ended without stop() or kill(), else None."""
        if self.proc is None or self.expected_exit:
            return None
        return self.proc.poll()

    def assert_alive(self) -> None:
        code = self.died_unexpectedly()
        if code is not None:
            raise AssertionError(f"{self.name} died (exit status {code})\n{self.log_tail()}")

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> int:
        """Clean shutdown: SIGTERM, then the exit status (0 expected; the caller checks)."""
        if self.proc is None:
            return 0
        self.assert_alive()
        if self.proc.poll() is None:
            self.expected_exit = True
            self._signal(signal.SIGTERM)
            try:
                code = self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                self.proc.wait(timeout=10)
                raise BrokerError(f"{self.name} did not exit within {timeout}s of SIGTERM "
                                  f"(killed)\n{self.log_tail()}")
        else:
            code = self.proc.returncode
        self.exit_codes.append(code)
        return code

    def stop_cleanly(self, timeout: float = STOP_TIMEOUT_S) -> None:
        code = self.stop(timeout)
        if code != 0:
            raise BrokerError(f"{self.name} exited with status {code} after SIGTERM (expected 0)"
                              f"\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL, as a crash."""
        if self.proc is None:
            return
        self.assert_alive()
        self.expected_exit = True
        self._signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.exit_codes.append(self.proc.returncode)

    def restart(self, clean: bool = True) -> "Broker":
        if clean:
            self.stop_cleanly()
        else:
            self.kill()
        return self.start()

    def kill_process(self) -> None:
        """SIGKILL the process if it still runs (clean-up, not a test step)."""
        if self.proc is not None and self.proc.poll() is None:
            self.expected_exit = True
            self._signal(signal.SIGKILL)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    def destroy(self) -> None:
        """Kill the process if it still runs; remove the directory unless `keep` (or
        SWKAFKA_KEEP_DIRS=1) says to leave it."""
        self.kill_process()
        if not self.keep and os.environ.get("SWKAFKA_KEEP_DIRS") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)
        if self in Broker.registry:
            Broker.registry.remove(self)

    # -- diagnostics ----------------------------------------------------------------------------

    def log_tail(self, chars: int = 6000) -> str:
        try:
            data = self.log_path.read_bytes()
        except OSError:
            return f"(no log at {self.log_path})"
        text = data[-chars:].decode("utf-8", "replace")
        return f"--- last {len(text)} chars of {self.log_path} ---\n{text}"

    def rss(self) -> int:
        return rss_bytes(self.pid)

    def __repr__(self) -> str:
        return f"Broker({self.name}, {self.bootstrap}, dir={self.dir})"


_missing: list[str | None] = []


def require_binary() -> None:
    """Skips the calling test when no broker can be started (the reason is checked once)."""
    import pytest

    if not _missing:
        _missing.append(missing_binary_reason())
    if _missing[0]:
        pytest.skip(_missing[0])


@contextlib.contextmanager
def running_broker(name: str, overrides: dict[str, object] | None = None):
    """A started broker for a fixture's scope: stopped cleanly at the end (exit 0 expected) and
    removed, or kept for a look when anything failed."""
    require_binary()
    b = Broker(name, overrides)
    try:
        b.start()
        yield b
        b.assert_alive()
        b.stop_cleanly()
    except BaseException:
        b.keep = True
        raise
    finally:
        b.destroy()
