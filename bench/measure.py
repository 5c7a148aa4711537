"""One size, measured: run inside a process set up with bench.settings and that size's DATABASE_URL
(`python -m bench measure`, started by bench.run). Counts queries in-process, then serves the portal with
gunicorn (soak.stack, web only) and loads every page with wrk, sampling the web workers' resident memory."""

import json
import shutil
import threading
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

from django.core.cache.backends.base import CacheKeyWarning
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.soak.stack import Stack, children_of, resident_kib

from .pages import HTTPS_FROM_PROXY, Page, pages_build, session_cookie_for
from .wrk import wrk_run


class WebStack(Stack):
    """soak's stack with only its gunicorn (the soak's Celery worker and beat would share the two cores with the
    pages being measured), started with the production gunicorn configuration."""

    def _start(self, name: str, *args: str) -> None:
        if name != "gunicorn":
            return
        # portal/gunicorn_conf.py as production runs it (access log, the redacting logger); the soak's --bind and
        # --workers on the command line take precedence over the file's.
        super()._start(name, *args[:3], "--config", "portal/gunicorn_conf.py", *args[3:])

    def wait_until_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            gunicorn = self.processes["gunicorn"]
            if gunicorn.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start; see {self.folder}/gunicorn.log")
            if self._healthy() and len(children_of(gunicorn.pid)) >= self.web_workers:
                return
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn was not ready within {timeout:.0f} s; see {self.folder}/gunicorn.log")

    def _healthy(self) -> bool:
        # Production redirects plain http to https unless the proxy's header says the request came over https.
        status, _, _ = _fetch(self.base_url + "/healthz", HTTPS_FROM_PROXY)
        return status == 200

    def worker_pids(self) -> list[int]:
        return children_of(self.processes["gunicorn"].pid)


class PeakMemory(threading.Thread):
    """The highest VmRSS of any one web worker, and of all of them together, sampled every half second."""

    def __init__(self, stack: WebStack):
        super().__init__(daemon=True)
        self.stack = stack
        self.peak_worker_kib = 0
        self.peak_total_kib = 0
        self.worker_pids_seen: set[int] = set()
        self.halt = threading.Event()

    def run(self):
        while not self.halt.wait(0.5):
            sizes = [size for pid in self.stack.worker_pids() if (size := resident_kib(pid)) is not None]
            self.worker_pids_seen.update(self.stack.worker_pids())
            if sizes:
                self.peak_worker_kib = max(self.peak_worker_kib, *sizes)
                self.peak_total_kib = max(self.peak_total_kib, sum(sizes))


def _meta_headers(headers: dict[str, str]) -> dict[str, str]:
    return {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()}


def queries_count(page: Page) -> dict:
    """Queries and bytes of two requests in this process (same settings and database); the second is the warm one."""
    # A page that fails is measured and reported as failing, not a reason to stop the run.
    client = Client(raise_request_exception=False)
    counts, statuses, size = [], [], 0
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.path, **_meta_headers(page.headers))
        counts.append(len(captured.captured_queries))
        statuses.append(response.status_code)
        size = len(b"".join(response.streaming_content) if response.streaming else response.content)
    return {"queries_first": counts[0], "queries": counts[1], "status_in_process": statuses[1], "bytes": size}


def _fetch(url: str, headers: dict[str, str]) -> tuple[int, str | None, int]:
    """Status, ETag and body size of one request through gunicorn (no redirect followed: wrk follows none)."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=30) as response:
            return response.status, response.headers.get("ETag"), len(response.read())
    except urllib.error.HTTPError as answer:  # 304, redirects and every error status
        return answer.code, answer.headers.get("ETag"), len(answer.read())
    except OSError:  # not listening yet
        return 0, None, 0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def size_measure(
    *, folder: Path, pages: list[str], seconds: float, connections: int, threads: int, web_workers: int
) -> dict:
    sessions = {role: session_cookie_for(role) for role in ("member", "host", "coordinator")}
    page_list, picked = pages_build(sessions=sessions)
    stack = WebStack(folder=folder, web_workers=web_workers)
    stack.env["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    stack.start()
    memory = PeakMemory(stack)
    try:
        stack.wait_until_ready()
        first_workers = set(stack.worker_pids())
        memory.start()
        results = []
        for page in page_list:
            if pages and not any(page.key.startswith(wanted) for wanted in pages):
                continue
            results.append(_page_measure(page, stack=stack, seconds=seconds, connections=connections, threads=threads))
            print(_progress_line(results[-1]), flush=True)
        memory.halt.set()
        memory.join()
        problems = stack.log_problems()
        workers_replaced = sorted(memory.worker_pids_seen - first_workers)
    finally:
        stack.stop()
    return {
        "picked": picked,
        "pages": results,
        "memory": {
            "web_workers": web_workers,
            "peak_worker_kib": memory.peak_worker_kib,
            "peak_all_workers_kib": memory.peak_total_kib,
            "workers_replaced": len(workers_replaced),
        },
        "log_problems": problems[:20],
    }


def _page_measure(page: Page, *, stack: WebStack, seconds: float, connections: int, threads: int) -> dict:
    url = stack.base_url + page.path
    headers = dict(page.headers)
    if page.kind == "unchanged_feed":
        _, etag, _ = _fetch(url, headers)
        if etag:
            headers["If-None-Match"] = etag
    counted = queries_count(Page(**{**page.__dict__, "headers": headers}))
    status, _, served_bytes = _fetch(url, headers)
    # The machine's other work shares the cores: the 1-minute load average says how busy it was.
    load_before = float(Path("/proc/loadavg").read_text().split()[0])
    load = wrk_run(url=url, headers=headers, seconds=seconds, connections=connections, threads=threads)
    return {
        "key": page.key,
        "label": page.label,
        "path": page.path if "/calendar/" not in page.path or page.kind == "feed" else "/calendar/<token>.ics",
        "who": page.who,
        "kind": page.kind,
        "expected_status": page.expected_status,
        "status": status,
        "served_bytes": served_bytes,
        "loadavg_1m_before": load_before,
        **counted,
        **load,
    }


def _progress_line(result: dict) -> str:
    return (
        f"  {result['key']:<22} {result['status']} {result['requests_per_second']:>8.1f} req/s "
        f"p95 {result['p95_ms']:>7.1f} ms  {result['queries']:>3} queries  {result['bytes']:>8} B"
    )


def measure_to_file(*, out: Path, folder: Path, **options) -> None:
    """The folder is the one this process's settings were loaded with (CYLCH_VAR_DIR under it), so the in-process
    client reads the manifest of the static files gunicorn serves; it is removed unless something went wrong."""
    # Django warns about cache keys memcached could not hold (the feeds' keys have spaces); Redis holds them, and
    # the warning would repeat on every feed in the progress lines.
    warnings.filterwarnings("ignore", category=CacheKeyWarning)
    counts = dataset_counts()
    out.write_text(json.dumps({"dataset": counts, **size_measure(folder=folder, **options)}, indent=2))
    shutil.rmtree(folder, ignore_errors=True)


def dataset_counts() -> dict[str, int]:
    from accounts.models import User
    from clip_tracker.models import Action
    from coaching.models import CoachingProfile
    from communities.models import Community, Membership
    from sessions.models import Occurrence, Rsvp

    return {
        "people": User.objects.count(),
        "communities": Community.objects.count(),
        "memberships": Membership.objects.count(),
        "occurrences": Occurrence.objects.count(),
        "answers (RSVPs)": Rsvp.objects.count(),
        "co-coaching profiles": CoachingProfile.objects.count(),
        "CLIP actions": Action.objects.count(),
    }
