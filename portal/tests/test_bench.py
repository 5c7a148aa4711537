"""The page benchmark's own parts (bench/): reading wrk's Lua output, the Markdown it writes (the hand-written
findings kept), the comparison of two runs, and the ceiling view through the portal's middleware. Nothing here
loads the portal for long: the one wrk run is a second against a bare local server."""

import importlib
import shutil
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from bench.report import FINDINGS_END, FINDINGS_PLACEHOLDER, FINDINGS_START, compare_text, markdown_write, page_misses
from bench.wrk import wrk_run, wrk_summary_parse

WRK_OUTPUT = """Running 2s test @ http://127.0.0.1:41234/bench/ceiling
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     8.39ms    4.07ms  43.20ms   77.12%
  3822 requests in 2.00s, 1.14MB read
Requests/sec:   1910.80
BENCH_JSON {"requests": 3822, "duration_us": 2000210, "bytes": 1195000, "latency_us": {"p50": 7801, "p95": 17912, "p99": 24050, "max": 43200, "mean": 8390.2}, "errors": {"connect": 0, "read": 1, "write": 0, "timeout": 2, "status": 5}}
"""


def test_wrk_summary_is_read_from_the_lua_line():
    summary = wrk_summary_parse(WRK_OUTPUT)
    assert summary["requests"] == 3822
    assert summary["requests_per_second"] == pytest.approx(1910.8, abs=0.1)
    assert (summary["p50_ms"], summary["p95_ms"], summary["p99_ms"]) == (7.801, 17.912, 24.05)
    assert summary["non_2xx_3xx"] == 5
    assert summary["socket_errors"] == 3


def test_wrk_output_without_the_lua_line_is_an_error():
    with pytest.raises(ValueError, match="BENCH_JSON"):
        wrk_summary_parse("Running 2s test @ http://127.0.0.1/\nRequests/sec: 10\n")


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_the_lua_script_reports_through_real_wrk():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        fine = wrk_run(url=base + "/", headers={"X-Forwarded-Proto": "https"}, seconds=1, connections=2, threads=1)
        missing = wrk_run(url=base + "/missing", headers={}, seconds=1, connections=2, threads=1)
    finally:
        server.shutdown()
        server.server_close()
    assert fine["requests"] > 0 and fine["non_2xx_3xx"] == 0
    assert 0 < fine["p50_ms"] <= fine["p95_ms"] <= fine["p99_ms"]
    assert missing["non_2xx_3xx"] == missing["requests"] > 0


def _page(key, *, kind="page", rps=100.0, p95=50.0, queries=5, status=200, expected=200, label=None):
    return {
        "key": key,
        "label": label or key,
        "path": "/",
        "who": "anonymous",
        "kind": kind,
        "expected_status": expected,
        "status": status,
        "requests_per_second": rps,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 * 1.5,
        "queries_first": queries,
        "queries": queries,
        "bytes": 1234,
        "non_2xx_3xx": 0,
        "socket_errors": 0,
    }


def _size(pages):
    return {
        "dataset": {"people": 5, "communities": 8},
        "picked": {
            "community_big": {"slug": "big", "active_members": 9},
            "community_small": {"slug": "small", "active_members": 1},
            "topic": "climate",
            "search": "climate",
            "occurrence": {"pk": 3, "going": 4},
            "report_period": 1,
            "month": "2026-12",
        },
        "pages": pages,
        "memory": {
            "web_workers": 2,
            "peak_worker_kib": 120_000,
            "peak_all_workers_kib": 240_000,
            "workers_replaced": 0,
        },
        "log_problems": [],
    }


def _result(pages, started="2026-12-02 15:00"):
    return {
        "started_utc": started,
        "command": "python -m bench --sizes small",
        "run_seconds": 90.0,
        "json_path": "bench/results/x.json",
        "machine": {"cpu": "AMD EPYC", "cores": 2, "ram_gib": 23.4, "os": "Debian 12"},
        "versions": {"Python": "3.11.7", "Django": "5.2.19"},
        "settings": {"seconds": 10, "connections": 16, "threads": 2, "web_workers": 2},
        "sizes": {"small": _size(pages)},
    }


CEILINGS = [_page("ceiling.before", kind="ceiling", rps=1000), _page("ceiling.after", kind="ceiling", rps=1000)]


def test_targets_name_each_miss():
    assert page_misses(_page("home", rps=400, p95=40, queries=5), ceiling=1000) == []
    misses = page_misses(_page("home", rps=100, p95=400, queries=20), ceiling=1000, queries_at_other_size=12)
    assert misses == ["p95 ≥ 150 ms", "< 30% of ceiling", "> 15 queries", "queries grow with the data"]
    assert page_misses(_page("f", kind="unchanged_feed", p95=25, status=304, expected=304), ceiling=1000) == [
        "p95 ≥ 20 ms"
    ]
    assert page_misses(_page("f", kind="private_feed", rps=10, p95=250), ceiling=1000) == []
    assert page_misses(_page("f", rps=500, status=404), ceiling=1000) == ["answered 404, not 200"]


def test_markdown_keeps_the_findings_as_written():
    findings = "\nThe directory counted members per row; now one annotated query.\n\n| a | b |\n"
    existing = f"# Old\n\nanything\n\n{FINDINGS_START}{findings}{FINDINGS_END}\n\nold tables\n"
    written = markdown_write(_result([*CEILINGS, _page("home", rps=500)]), existing_markdown=existing)
    assert f"{FINDINGS_START}{findings}{FINDINGS_END}" in written
    assert "old tables" not in written
    assert "[SOAK.md](SOAK.md)" in written
    # Written again from its own output, the findings are still exactly there, once.
    again = markdown_write(_result([*CEILINGS, _page("home", rps=400)]), existing_markdown=written)
    assert again.count(FINDINGS_START) == 1 and f"{FINDINGS_START}{findings}{FINDINGS_END}" in again


def test_markdown_without_findings_starts_the_section_and_shows_each_page():
    written = markdown_write(
        _result([*CEILINGS, _page("home", rps=500, label="Home (signed out)"), _page("slow", rps=10, p95=900)]),
        existing_markdown=None,
    )
    assert FINDINGS_PLACEHOLDER in written
    assert "| Home (signed out) | anonymous | 200 | 500.0 |" in written
    assert "50%" in written  # 500 of a 1000 req/s ceiling
    assert "**missed**: p95 ≥ 150 ms; < 30% of ceiling" in written
    assert "### At scale" in written and "Not run this time." in written


def test_compare_prints_each_page_of_both_runs():
    before = _result([*CEILINGS, _page("home", rps=100, p95=80, queries=12, label="Home")])
    after = _result([*CEILINGS, _page("home", rps=150, p95=40, queries=6, label="Home")], started="2026-12-03 09:00")
    after["sizes"]["small"]["pages"].append(_page("new", label="New page"))
    text = compare_text(before, after)
    home = next(line for line in text.splitlines() if line.startswith("Home"))
    assert home.split() == ["Home", "100.0", "150.0", "+50%", "80.0", "40.0", "12", "6"]
    assert "only in B" in next(line for line in text.splitlines() if line.startswith("New page"))


@override_settings(ROOT_URLCONF="bench.urls")
def test_the_ceiling_answers_ok_through_the_portals_middleware(client):
    response = client.get("/bench/ceiling")
    assert response.status_code == 200
    assert response.content == b"ok"
    # Set by middleware, so the request went through it (the same list production uses).
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response


def test_bench_settings_are_productions_with_the_bench_urls(monkeypatch):
    from portal.settings import base

    monkeypatch.setenv("SECRET_KEY", "bench-test-" + "x" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "127.0.0.1")
    monkeypatch.delitem(sys.modules, "bench.settings", raising=False)
    monkeypatch.delitem(sys.modules, "portal.settings.production", raising=False)
    bench_settings = importlib.import_module("bench.settings")
    assert bench_settings.ROOT_URLCONF == "bench.urls"
    assert bench_settings.DEBUG is False
    assert bench_settings.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
    assert bench_settings.MIDDLEWARE == base.MIDDLEWARE
