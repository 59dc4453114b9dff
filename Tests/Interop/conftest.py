"""Fixtures for the real-client tests: `swkafka server-start` processes on 127.0.0.1.

- `broker`: one broker shared by the whole session (3 partitions by default), for tests that
  only create their own topics. It is checked to be alive before and after each test.
- `broker_factory`: fresh brokers for one test (restart, kill -9, special settings); each is
  started with `broker_factory(name, **overrides)` and destroyed after the test.

A test that fails gets the tail of each broker's log attached to its report, and the broker's
directory is kept (its path is in the log tail). Every broker still running at the end of the
session is killed. Tests skip when there is no swkafka binary with `server-start`.
"""

from __future__ import annotations

import atexit
import resource

import pytest

from swkafka_broker import Broker, BrokerError, require_binary, running_broker

# 1,000 client connections plus the broker's own files: raise the soft limit before any broker is
# spawned, so the broker (a child) inherits it too.
_soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
_want = 8192 if _hard == resource.RLIM_INFINITY else min(_hard, 8192)
if _soft != resource.RLIM_INFINITY and _soft < _want:
    resource.setrlimit(resource.RLIMIT_NOFILE, (_want, _hard))


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a long test (100k-record matrix, 1,000 connections, kill -9)")
    config.addinivalue_line("markers", "crash: kills or restarts a broker")
    # kafka-python loads its protocol schemas with importlib.resources calls Python deprecates.
    config.addinivalue_line("filterwarnings", "ignore:.*is deprecated. Use files:DeprecationWarning")


def _brokers_of(item) -> list[Broker]:
    found: list[Broker] = []
    for value in getattr(item, "funcargs", {}).values():
        if isinstance(value, Broker):
            found.append(value)
        elif isinstance(value, BrokerFactory):
            found.extend(value.brokers)
        elif isinstance(getattr(value, "broker", None), Broker):
            found.append(value.broker)
    found = found or [b for b in Broker.registry if b.proc is not None]
    return list({id(b): b for b in found}.values())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        for b in _brokers_of(item):
            b.keep = True
            report.sections.append((f"{b.name} log ({b.bootstrap}, dir {b.dir})", b.log_tail()))
    return report


@atexit.register
def _kill_leftovers() -> None:
    for b in list(Broker.registry):
        b.destroy()


class BrokerFactory:
    """Starts fresh brokers for one test and destroys them afterwards."""

    def __init__(self):
        self.brokers: list[Broker] = []

    def __call__(self, name: str = "broker", *, advertised_port: int | None = None,
                 start: bool = True, **overrides) -> Broker:
        require_binary()
        settings = {k.replace("_", "."): v for k, v in overrides.items()}
        b = Broker(name, settings, advertised_port=advertised_port)
        self.brokers.append(b)
        if start:
            b.start()
        return b

    def finish(self) -> list[str]:
        """Stops every broker cleanly (exit 0 expected); returns what went wrong."""
        problems = []
        for b in self.brokers:
            code = b.died_unexpectedly()
            if code is not None:
                problems.append(f"{b.name} died during the test (exit status {code})\n{b.log_tail()}")
            elif b.running:
                try:
                    b.stop_cleanly()
                except BrokerError as e:
                    problems.append(str(e))
            if problems:
                b.keep = True
            b.destroy()
        return problems


@pytest.fixture
def broker_factory():
    factory = BrokerFactory()
    yield factory
    problems = factory.finish()
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


@pytest.fixture(scope="session")
def _session_broker():
    with running_broker("session", {"num.partitions": 3}) as b:
        yield b


@pytest.fixture
def broker(_session_broker: Broker) -> Broker:
    _session_broker.assert_alive()
    yield _session_broker
    _session_broker.assert_alive()
