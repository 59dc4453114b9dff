"""A TCP proxy on 127.0.0.1 that loses Produce responses, so producers must retry.

Every `cut_every`-th Produce request (counted over all connections) is forwarded to the broker;
then that connection stops passing anything back to the client and, after `grace` seconds (time
for the broker to append the batch), both sides are closed. The client sees a dropped
connection with a request in flight whose batch the broker already has: the retry must not
duplicate it. At most `max_cuts` cuts happen, so the run always finishes.
"""

from __future__ import annotations

import socket
import struct
import threading
import time


class CuttingProxy:
    def __init__(self, cut_every: int = 7, max_cuts: int = 10, grace: float = 0.1):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port = self.listener.getsockname()[1]
        self.target_port: int | None = None
        self.cut_every, self.max_cuts, self.grace = cut_every, max_cuts, grace
        self.lock = threading.Lock()
        self.produce_requests = 0
        self.cuts = 0
        self.closed = False
        self.sockets: list[socket.socket] = []

    def start(self, target_port: int) -> "CuttingProxy":
        self.target_port = target_port
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()
        return self

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.sockets += [client, upstream]
            conn = _Connection(self, client, upstream)
            threading.Thread(target=conn.requests, daemon=True).start()
            threading.Thread(target=conn.responses, daemon=True).start()

    def should_cut(self) -> bool:
        with self.lock:
            self.produce_requests += 1
            if self.cuts < self.max_cuts and self.produce_requests % self.cut_every == 0:
                self.cuts += 1
                return True
            return False

    def close(self) -> None:
        self.closed = True
        try:
            self.listener.close()
        except OSError:
            pass
        with self.lock:
            for s in self.sockets:
                _close(s)


def _close(s: socket.socket) -> None:
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        s.close()
    except OSError:
        pass


class _Connection:
    def __init__(self, proxy: CuttingProxy, client: socket.socket, upstream: socket.socket):
        self.proxy, self.client, self.upstream = proxy, client, upstream
        self.cut = threading.Event()

    def _read_exact(self, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            try:
                chunk = self.client.recv(n - len(buf))
            except OSError:
                return None
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def requests(self) -> None:
        """Client to broker, frame by frame, so Produce requests can be counted."""
        try:
            while not self.cut.is_set():
                head = self._read_exact(4)
                if head is None:
                    break
                (size,) = struct.unpack(">i", head)
                body = self._read_exact(size) if size > 0 else b""
                if body is None:
                    break
                api_key = struct.unpack(">h", body[:2])[0] if len(body) >= 2 else -1
                cut = api_key == 0 and self.proxy.should_cut()
                if cut:
                    self.cut.set()  # from here on, nothing goes back to the client
                self.upstream.sendall(head + body)
                if cut:
                    time.sleep(self.proxy.grace)
                    break
        except OSError:
            pass
        _close(self.client)
        _close(self.upstream)

    def responses(self) -> None:
        try:
            while True:
                data = self.upstream.recv(65536)
                if not data or self.cut.is_set():
                    break
                self.client.sendall(data)
        except OSError:
            pass
        _close(self.client)
        _close(self.upstream)
