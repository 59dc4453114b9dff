"""`swkafka console-producer` on a terminal, driven through a pseudo-terminal as a user types: Kafka's `>`
prompt, readline editing (Ctrl-A, arrow keys, history recall with Up), Ctrl-D to end, the records as
edited, and the history file."""

from __future__ import annotations

import os
import pty
import select
import time

from clients import create_topic, read_confluent, unique_topic, watermarks
from swkafka_broker import broker_binary

CTRL_A, CTRL_D, CTRL_E = b"\x01", b"\x04", b"\x05"
LEFT, UP = b"\x1b[D", b"\x1b[A"


class Terminal:
    """A child process on a pseudo-terminal: type into it, read what it shows."""

    def __init__(self, argv: list[str], env: dict[str, str]):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.shown = b""

    def read_until(self, needle: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.shown:
            left = deadline - time.monotonic()
            assert left > 0, f"waited for {needle!r}; the terminal shows {self.shown!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    chunk = b""
                assert chunk, f"terminal closed while waiting for {needle!r}; it showed {self.shown!r}"
                self.shown += chunk

    def prompts(self) -> int:
        return self.shown.count(b">")

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def line(self, keys: bytes) -> None:
        """Types a line at the next prompt and waits for the prompt after it."""
        before = self.prompts()
        self.type(keys + b"\r")
        deadline = time.monotonic() + 30
        while self.prompts() <= before:
            self.read_until(b">", timeout=max(deadline - time.monotonic(), 0.01))
            if self.prompts() <= before:
                self.shown += self._read_some(deadline)

    def _read_some(self, deadline: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], max(deadline - time.monotonic(), 0.01))
        assert ready, f"no new prompt; the terminal shows {self.shown!r}"
        return os.read(self.fd, 4096)

    def wait(self, timeout: float = 60.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # Keep draining so the child never blocks on a full terminal.
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    self.shown += os.read(self.fd, 4096)
                except OSError:
                    pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, 9)
        raise AssertionError(f"console-producer did not exit; the terminal shows {self.shown!r}")


def test_prompt_line_editing_history_and_ctrl_d(broker, tmp_path):
    topic = unique_topic("tty")
    create_topic(broker.bootstrap, topic, partitions=1)
    history = tmp_path / "history"
    history.write_bytes(b"from an earlier session\n")
    env = {**os.environ, "SWKAFKA_HISTORY_FILE": str(history), "TERM": "xterm", "LANG": "C.UTF-8"}
    term = Terminal([str(broker_binary()), "console-producer", "--bootstrap-server", broker.bootstrap,
                     "--topic", topic], env)
    term.read_until(b">")
    # Kafka's prompt: '>' and no newline (readline first turns bracketed paste on).
    assert term.shown.replace(b"\x1b[?2004h", b"") == b">", term.shown

    term.line(b"first")
    term.line(b"bc" + CTRL_A + b"a")  # Ctrl-A: to the start of the line -> "abc"
    term.line(b"wrld" + LEFT * 3 + b"o")  # Left arrow, then insert -> "world"
    term.line(UP + CTRL_E + b"!")  # Up: the previous line from history -> "world!"
    term.line(UP * 5 + b" again")  # back to the earlier session's line
    term.line("naïve".encode() + LEFT + b"X")  # editing after a multi-byte character -> "naïvXe"
    term.type(CTRL_D)
    assert term.wait() == 0, term.shown

    typed = [b"first", b"abc", b"world", b"world!", b"from an earlier session again", "naïvXe".encode()]
    ends = {p: hi for p, (_, hi) in watermarks(broker.bootstrap, topic, 1).items()}
    assert ends == {0: len(typed)}, term.shown
    got = [r.value for r in read_confluent(broker.bootstrap, topic, ends)[0]]
    assert got == typed, term.shown
    assert history.read_bytes().splitlines() == [b"from an earlier session", *typed]


def test_empty_input_on_a_terminal_sends_nothing(broker, tmp_path):
    topic = unique_topic("tty-empty")
    create_topic(broker.bootstrap, topic, partitions=1)
    history = tmp_path / "history"
    env = {**os.environ, "SWKAFKA_HISTORY_FILE": str(history), "TERM": "xterm"}
    term = Terminal([str(broker_binary()), "console-producer", "--bootstrap-server", broker.bootstrap,
                     "--topic", topic], env)
    term.read_until(b">")
    term.type(CTRL_D)
    assert term.wait() == 0, term.shown
    assert watermarks(broker.bootstrap, topic, 1) == {0: (0, 0)}
    assert not history.exists() or history.read_bytes() == b""
