"""Running wrk against one URL and reading what bench/report.lua's done() hook printed."""

import json
import subprocess
from pathlib import Path

LUA_SCRIPT = Path(__file__).with_name("report.lua")
JSON_MARKER = "BENCH_JSON "


def wrk_summary_parse(output: str) -> dict:
    """The report.lua line in wrk's output, as req/s, latencies in ms and error counts."""
    for line in output.splitlines():
        if line.startswith(JSON_MARKER):
            raw = json.loads(line[len(JSON_MARKER) :])
            break
    else:
        raise ValueError("wrk printed no BENCH_JSON line (did the Lua script load?):\n" + output[-2000:])
    seconds = raw["duration_us"] / 1_000_000
    errors = raw["errors"]
    return {
        "requests": raw["requests"],
        "seconds": round(seconds, 3),
        "requests_per_second": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": raw["latency_us"]["p50"] / 1000,
        "p95_ms": raw["latency_us"]["p95"] / 1000,
        "p99_ms": raw["latency_us"]["p99"] / 1000,
        "max_ms": raw["latency_us"]["max"] / 1000,
        "non_2xx_3xx": errors["status"],
        "socket_errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        "errors": errors,
    }


def wrk_run(
    *, url: str, headers: dict[str, str], seconds: float, connections: int = 16, threads: int = 2, wrk: str = "wrk"
) -> dict:
    command = [
        wrk,
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=10s",
        f"--script={LUA_SCRIPT}",
    ]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    finished = subprocess.run([*command, url], capture_output=True, text=True, timeout=seconds + 60)
    if finished.returncode:
        raise RuntimeError(f"wrk exited {finished.returncode}: {finished.stderr.strip()[-1000:]}")
    return wrk_summary_parse(finished.stdout)
