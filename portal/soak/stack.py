"""The processes under soak, started by the soak itself with this process's environment: gunicorn with two
workers on a loopback port, one Celery worker (concurrency 1) and the one Celery beat; with ``instances=2``, two
of each of gunicorn and the Celery worker (as two machines behind a load balancer would run them), still one beat.
Their var/ folder (collected static files, mail files when EMAIL_URL is unset) is shared by every instance, as a
shared volume would be, and it and their logs live in the soak's own temporary folder, so nothing lands in the
project's var/."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

# Lines in the processes' logs that mean something went wrong, whatever the clients saw.
LOG_PROBLEM = re.compile(
    r"Traceback \(most recent call last\)|\[ERROR\]|\[CRITICAL\]|ERROR/|CRITICAL/"
    r"|Internal Server Error|WORKER TIMEOUT"
)


def free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def resident_kib(pid: int) -> int | None:
    """VmRSS from /proc/<pid>/status, in KiB; None once the process has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def children_of(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name (field 2) may hold spaces and parentheses; the parent id follows its last ")".
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def _numbered(name: str, instance: int) -> str:
    """The first instance keeps the plain name (the logs and tables read as before with one instance)."""
    return name if instance == 1 else f"{name}-{instance}"


class Stack:
    def __init__(self, *, folder: Path, web_workers: int = 2, instances: int = 1):
        self.folder = folder
        self.instances = instances
        self.ports = [free_loopback_port() for _ in range(instances)]
        self.port = self.ports[0]
        self.base_urls = [f"http://127.0.0.1:{port}" for port in self.ports]
        self.base_url = self.base_urls[0]
        self.web_workers = web_workers
        self.processes: dict[str, subprocess.Popen] = {}
        self.env = {**os.environ, "CYLCH_VAR_DIR": str(folder / "var"), "PYTHONUNBUFFERED": "1"}
        self.env.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.base")

    @property
    def mail_folder(self) -> Path | None:
        """Where the file email backend writes, when it is the backend in use (EMAIL_URL unset)."""
        return None if os.environ.get("EMAIL_URL") else self.folder / "var" / "mail"

    def _start(self, name: str, *args: str) -> None:
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 - kept open for the process's life
        self.processes[name] = subprocess.Popen(
            [sys.executable, *args], cwd=settings.BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()  # the child has its own copy

    def start(self) -> None:
        collected = subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if collected.returncode:
            raise RuntimeError(f"collectstatic failed: {collected.stderr.strip()[-2000:]}")
        for instance, port in enumerate(self.ports, start=1):
            self._start(
                _numbered("gunicorn", instance),
                "-m",
                "gunicorn",
                "portal.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.web_workers),
                # gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), which
                # another gunicorn on this machine may hold.
                "--no-control-socket",
            )
            self._start(
                _numbered("celery-worker", instance),
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--concurrency=1",
                "--loglevel=info",
                "--hostname",
                f"soak-{port}@%h",
            )
        self._start(
            "celery-beat",
            "-m",
            "celery",
            "-A",
            "portal",
            "beat",
            "--loglevel=info",
            "--schedule",
            str(self.folder / "celerybeat-schedule"),
        )

    def wait_until_ready(self, timeout: float = 90.0) -> None:
        """/healthz answers 200 (database and broker reachable) on every instance, each instance's gunicorn workers
        are up, each Celery worker says it is ready and beat has started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(
                        f"{name} stopped at start (exit {process.returncode}); see {self.folder}/{name}.log"
                    )
            instances = range(1, self.instances + 1)
            if (
                all(self._healthy(base_url) for base_url in self.base_urls)
                and all(
                    len(children_of(self.processes[_numbered("gunicorn", n)].pid)) >= self.web_workers
                    for n in instances
                )
                and all(
                    b" ready." in (self.folder / f"{_numbered('celery-worker', n)}.log").read_bytes() for n in instances
                )
                and b"beat: Starting" in (self.folder / "celery-beat.log").read_bytes()
            ):
                return
            time.sleep(0.5)
        raise RuntimeError(f"the processes were not ready within {timeout:.0f} s; see the logs in {self.folder}")

    def _healthy(self, base_url: str) -> bool:
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=5) as response:
                return response.status == 200
        except (OSError, urllib.error.HTTPError):
            return False

    def pids(self) -> dict[str, int]:
        """Every process under soak by name, gunicorn's workers and the Celery pool's child included."""
        found = {}
        for instance in range(1, self.instances + 1):
            label = "" if self.instances == 1 else f" {instance}"
            gunicorn = self.processes[_numbered("gunicorn", instance)].pid
            found[f"gunicorn{label} master"] = gunicorn
            for n, pid in enumerate(children_of(gunicorn), start=1):
                found[f"gunicorn{label} worker {n}"] = pid
            worker = self.processes[_numbered("celery-worker", instance)].pid
            found[f"celery{label} worker"] = worker
            for n, pid in enumerate(children_of(worker), start=1):
                found[f"celery{label} pool child {n}"] = pid
        found["celery beat"] = self.processes["celery-beat"].pid
        return found

    def log_problems(self) -> list[str]:
        problems = []
        for name in self.processes:
            for line in (self.folder / f"{name}.log").read_text(errors="replace").splitlines():
                if LOG_PROBLEM.search(line):
                    problems.append(f"{name}.log: {line.strip()[:300]}")
        return problems

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM (gunicorn's and Celery's graceful stop), then SIGKILL whatever is still there."""
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for process in self.processes.values():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                for child in children_of(process.pid):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(child, signal.SIGKILL)
                process.kill()
                process.wait()
