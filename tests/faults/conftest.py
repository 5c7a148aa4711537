"""Fault tests with the real services.

Each test starts its own disposable Redis, SMTP server, Celery worker or gunicorn on a free port, and kills them
(their whole process group) when it ends, pass or fail: the shared PostgreSQL and Redis are never stopped. Processes
that need the database are pointed at pytest-django's test database, which they only see from transactional tests.
"""

import asyncio
import email
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

from conftest import skip_or_fail

ROOT = Path(settings.BASE_DIR)
REDIS_SERVER = os.environ.get("REDIS_SERVER") or shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, *, timeout: float, what: str, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {what}")
        time.sleep(interval)


def require_postgresql():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        skip_or_fail("fault tests with other processes need PostgreSQL (DATABASE_URL)")


# Linux: a process started through setpriv is killed if the test process dies before it can clean up (a CI
# timeout's SIGKILL); setpriv execs the command, so the process keeps the id it was started with.
SETPRIV = shutil.which("setpriv")


class Process:
    """A subprocess in a process group of its own, so one kill reaches its children too (a worker's pool)."""

    def __init__(self, name: str, args: list[str], *, env: dict, log_dir: Path):
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log_file = open(self.log_path, "wb")
        if SETPRIV:
            args = [SETPRIV, "--pdeathsig", "KILL", "--", *args]
        self.popen = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    @property
    def running(self) -> bool:
        return self.popen.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        try:
            os.killpg(self.popen.pid, sig)  # the group keeps the leader's id even after the leader has gone
        except ProcessLookupError:
            pass
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout=10)
        self._log_file.close()


@pytest.fixture
def processes(tmp_path):
    """Starts subprocesses for one test; every one is killed when the test ends, and a failing test shows their logs."""
    started: list[Process] = []
    counts = Counter()

    def start(name: str, args: list[str], *, env: dict | None = None) -> Process:
        counts[name] += 1
        process = Process(f"{name}-{counts[name]}", args, env=env or dict(os.environ), log_dir=tmp_path)
        started.append(process)
        return process

    yield start
    for process in reversed(started):
        process.kill()
    for process in started:
        print(f"----- {process.name} (last lines) -----\n" + "\n".join(process.log().splitlines()[-40:]))


class DisposableRedis:
    """A redis-server of the test's own on a free port, with nothing saved to disk; stop() is a crash."""

    def __init__(self, start):
        self._start = start
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: Process | None = None

    def start(self) -> "DisposableRedis":
        self.process = self._start(
            "redis",
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
        )
        wait_until(self.answers, timeout=10, what=f"redis-server on port {self.port}")
        return self

    def stop(self) -> None:
        self.process.kill()
        assert not self.answers()

    def answers(self) -> bool:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        try:  # asked once: redis-py's default is ten retries with back-off
            return redis.Redis(
                port=self.port, socket_connect_timeout=0.5, socket_timeout=0.5, retry=Retry(NoBackoff(), 0)
            ).ping()
        except redis.RedisError:
            return False

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)


@pytest.fixture
def disposable_redis(processes):
    if not Path(REDIS_SERVER).exists():
        skip_or_fail(f"redis-server is not installed at {REDIS_SERVER} (apt-get install redis-server)")
    return DisposableRedis(processes).start()


class RecordingSMTP:
    """An SMTP handler that records each message it accepts (after replying 250, not before).

    ``refuse[address]`` lists replies to give that recipient's first tries (e.g. ["451 4.7.1 Try again later"]);
    ``hold_at = n`` holds the n-th message in DATA until the sender's connection drops (a worker killed mid-send):
    a message whose sender never heard "250" is not delivered, as with a real mail server."""

    def __init__(self):
        self.lock = threading.Lock()
        self.delivered: list[tuple[str, str]] = []  # (recipient, subject)
        self.tries = Counter()
        self.refuse: dict[str, list[str]] = {}
        self.hold_at: int | None = None
        self.holding = threading.Event()
        self._data_seen = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            self.tries[address] += 1
            refusals = self.refuse.get(address)
            refusal = refusals.pop(0) if refusals else None
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self._data_seen += 1
            hold = self._data_seen == self.hold_at
        if hold:
            self.holding.set()
            await asyncio.sleep(3600)  # cancelled by aiosmtpd when the client's connection is lost
        subject = email.message_from_bytes(envelope.content)["Subject"] or ""
        with self.lock:
            self.delivered.extend((recipient, subject) for recipient in envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def per_recipient(self) -> Counter:
        with self.lock:
            return Counter(recipient for recipient, _subject in self.delivered)


@pytest.fixture
def smtp_server():
    """A local SMTP server on a free port; yields (handler, port)."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        skip_or_fail("aiosmtpd is not installed (pip install -e '.[dev]')")
    handler = RecordingSMTP()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


def database_url() -> str:
    """The test database, for another process (only transactional tests commit what it must see)."""
    db = settings.DATABASES["default"]
    credentials = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{quote(db['NAME'], safe='')}"


def service_env(
    *, redis_url: str, var_dir: Path, smtp_port: int | None = None, application_name: str = "", **extra: str
) -> dict:
    """The environment of a web or worker process of the portal under test."""
    url = database_url() + (f"?application_name={application_name}" if application_name else "")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
        "DATABASE_URL": url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CYLCH_VAR_DIR": str(var_dir),
        "DEBUG": "0",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    if smtp_port:
        env["EMAIL_URL"] = f"smtp://127.0.0.1:{smtp_port}"
    return env


def start_worker(start, *, env: dict, clock=None) -> Process:
    """A real ``celery -A portal worker`` as the Procfile runs it (one pool process); ``clock`` sets its time."""
    arguments = [
        "-A",
        "portal",
        "worker",
        "--concurrency=1",
        "--loglevel=INFO",
        "--without-mingle",
        "--without-gossip",
        f"--hostname=faults-{free_port()}@%h",
    ]
    if clock is None:
        args = [sys.executable, "-m", "celery", *arguments]
    else:
        args = [sys.executable, "-m", "tests.faults.clocked", clock.isoformat(), *arguments]
    worker = start("worker", args, env=env)
    wait_until(lambda: " ready." in worker.log() or not worker.running, timeout=30, what="the worker to be ready")
    assert worker.running, worker.log()
    return worker


def start_gunicorn(start, *, env: dict) -> tuple[Process, str]:
    port = free_port()
    web = start(
        "gunicorn",
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "30",
            "--no-control-socket",
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"

    def answers():
        assert web.running, web.log()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    wait_until(answers, timeout=30, what="gunicorn to listen")
    return web, base


class Visitor:
    """Someone using the site over real HTTP: keeps their cookies, sends the CSRF token, follows no redirect."""

    def __init__(self, base: str, *, user=None):
        from django.test import Client

        self.host, self.port = base.removeprefix("http://").split(":")
        self.cookies: dict[str, str] = {}
        if user is not None:  # a session row in the test database: signed in without a password round trip
            client = Client()
            client.force_login(user)
            self.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, dict]:
        import http.client
        from http.cookies import SimpleCookie
        from urllib.parse import urlencode

        headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.cookies.get(settings.CSRF_COOKIE_NAME, "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(self.host, int(self.port), timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode(errors="replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, content, dict(response.headers)
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, str, dict]:
        return self.request("GET", path)

    def post(self, path: str, form: dict) -> tuple[int, str, dict]:
        return self.request("POST", path, form)


class Beat:
    """Sends the beat's tasks to a broker, as ``celery beat`` would, and waits for their results."""

    def __init__(self, redis_url: str):
        from celery import Celery

        self.app = Celery("faults-beat", broker=redis_url, backend=redis_url, set_as_current=False)

    def run(self, task_name: str, timeout: float = 60):
        return self.app.send_task(task_name).get(timeout=timeout)

    def send(self, task_name: str):
        return self.app.send_task(task_name)

    def close(self):
        self.app.close()
