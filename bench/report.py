"""docs/BENCHMARKS.md from a run's results, keeping the hand-written findings; and the comparison of two runs."""

import re

from .targets import (
    TARGET_FULL_PRIVATE_FEED_P95_MS,
    TARGET_P95_MS,
    TARGET_QUERIES,
    TARGET_SHARE_OF_CEILING,
    TARGET_UNCHANGED_FEED_P95_MS,
    TARGET_WORKER_MIB,
)

FINDINGS_START = "<!-- findings -->"
FINDINGS_END = "<!-- /findings -->"
FINDINGS_PLACEHOLDER = "_No findings written yet: profile the pages that miss a target and write what was found here._"
FINDINGS_PATTERN = re.compile(re.escape(FINDINGS_START) + r"(.*?)" + re.escape(FINDINGS_END), re.DOTALL)
SIZES = ("small", "scale")


def findings_kept(existing_markdown: str | None) -> str:
    """What the lead wrote between the markers, exactly as it stands (markers excluded)."""
    found = FINDINGS_PATTERN.search(existing_markdown or "")
    return found.group(1) if found else f"\n{FINDINGS_PLACEHOLDER}\n"


def ceiling_of(size_result: dict) -> float:
    """The signed-out ceiling's req/s: the mean of its runs before and after the pages."""
    runs = [p["requests_per_second"] for p in size_result["pages"] if p["key"] in ("ceiling.before", "ceiling.after")]
    return sum(runs) / len(runs) if runs else 0.0


def share_of_ceiling(page: dict, ceiling: float) -> float | None:
    return page["requests_per_second"] / ceiling if ceiling else None


def page_misses(page: dict, *, ceiling: float, queries_at_other_size: int | None = None) -> list[str]:
    """The issue's targets this page misses at this size ("" when all are met); the ceiling has none."""
    if page["kind"] == "ceiling":
        return []
    misses = []
    if page["status"] != page["expected_status"]:
        misses.append(f"answered {page['status']}, not {page['expected_status']}")
    if page["non_2xx_3xx"] or page["socket_errors"]:
        misses.append(f"{page['non_2xx_3xx']} error answers, {page['socket_errors']} socket errors")
    if page["kind"] == "unchanged_feed":
        limit = TARGET_UNCHANGED_FEED_P95_MS
    elif page["kind"] == "private_feed":
        limit = TARGET_FULL_PRIVATE_FEED_P95_MS
    else:
        limit = TARGET_P95_MS
    if page["p95_ms"] >= limit:
        misses.append(f"p95 ≥ {limit} ms")
    if page["kind"] in ("page", "feed"):
        share = share_of_ceiling(page, ceiling)
        if share is not None and share < TARGET_SHARE_OF_CEILING:
            misses.append(f"< {TARGET_SHARE_OF_CEILING:.0%} of ceiling")
    if page["queries"] > TARGET_QUERIES:
        misses.append(f"> {TARGET_QUERIES} queries")
    if queries_at_other_size is not None and queries_at_other_size != page["queries"]:
        misses.append("queries grow with the data")
    return misses


def _by_key(size_result: dict | None) -> dict[str, dict]:
    return {page["key"]: page for page in (size_result or {}).get("pages", [])}


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _size_table(result: dict, size: str) -> list[str]:
    size_result = result["sizes"][size]
    other = _by_key(result["sizes"].get("scale" if size == "small" else "small"))
    ceiling = ceiling_of(size_result)
    loads = [p["loadavg_1m_before"] for p in size_result["pages"] if "loadavg_1m_before" in p]
    load_note = (
        f" The machine's 1-minute load average before each page: {min(loads):.1f} to {max(loads):.1f}." if loads else ""
    )
    lines = [
        f"### At {size}",
        "",
        f"Ceiling: {_ms(ceiling)} req/s (mean of "
        + ", ".join(
            f"{p['label'].split('(')[-1].rstrip(')')} {p['requests_per_second']:.0f}"
            for p in size_result["pages"]
            if p["key"] in ("ceiling.before", "ceiling.after")
        )
        + "). Web workers' peak resident memory: "
        + _memory(size_result["memory"])
        + "."
        + load_note,
        "",
        "| page | as | status | req/s | p50 ms | p95 ms | p99 ms | of ceiling | queries (cold/warm) | bytes | targets |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for page in size_result["pages"]:
        share = share_of_ceiling(page, ceiling)
        other_queries = other[page["key"]]["queries"] if page["key"] in other else None
        misses = page_misses(page, ceiling=ceiling, queries_at_other_size=other_queries)
        verdict = "—" if page["kind"] == "ceiling" else ("met" if not misses else "**missed**: " + "; ".join(misses))
        queries = (
            str(page["queries"])
            if page["queries_first"] == page["queries"]
            else f"{page['queries_first']}/{page['queries']}"
        )
        lines.append(
            f"| {page['label']} | {page['who']} | {page['status']} | {page['requests_per_second']:.1f} | "
            f"{_ms(page['p50_ms'])} | {_ms(page['p95_ms'])} | {_ms(page['p99_ms'])} | "
            f"{'' if share is None else f'{share:.0%}'} | {queries} | {page['bytes']} | {verdict} |"
        )
    return lines


def _memory(memory: dict) -> str:
    peak = memory["peak_worker_kib"] / 1024
    verdict = "met" if peak < TARGET_WORKER_MIB else "**missed**"
    replaced = f", {memory['workers_replaced']} replaced during the run" if memory["workers_replaced"] else ""
    return (
        f"{peak:.0f} MiB for one worker ({verdict}: target < {TARGET_WORKER_MIB} MB), "
        f"{memory['peak_all_workers_kib'] / 1024:.0f} MiB for all {memory['web_workers']}{replaced}"
    )


def _at_a_glance(result: dict) -> list[str]:
    lines = []
    for size in SIZES:
        if size not in result["sizes"]:
            continue
        size_result = result["sizes"][size]
        ceiling = ceiling_of(size_result)
        other = _by_key(result["sizes"].get("scale" if size == "small" else "small"))
        measured = [p for p in size_result["pages"] if p["kind"] != "ceiling"]
        met = [
            p["label"]
            for p in measured
            if not page_misses(p, ceiling=ceiling, queries_at_other_size=other.get(p["key"], {}).get("queries"))
        ]
        lines.append(
            f"- At {size}: {len(met)} of {len(measured)} pages meet every target"
            + (f" ({', '.join(met)})" if met else "")
            + f"; web worker memory {'met' if size_result['memory']['peak_worker_kib'] / 1024 < TARGET_WORKER_MIB else 'missed'}."
        )
    return lines


def _queries_table(result: dict) -> list[str]:
    small, scale = _by_key(result["sizes"].get("small")), _by_key(result["sizes"].get("scale"))
    lines = [
        "| page | as | queries at small | queries at scale | bytes at small | bytes at scale |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for key, page in (small or scale).items():
        if page["kind"] == "ceiling":
            continue
        row = [small.get(key), scale.get(key)]
        cells = [str(p["queries"]) if p else "not run" for p in row] + [
            str(p["bytes"]) if p else "not run" for p in row
        ]
        lines.append(f"| {page['label']} | {page['who']} | " + " | ".join(cells) + " |")
    return lines


def markdown_write(result: dict, *, existing_markdown: str | None) -> str:
    machine, versions = result["machine"], result["versions"]
    settings = result["settings"]
    lines = [
        "# Benchmarks: the pages",
        "",
        "The soak (gunicorn, Celery and browsers for minutes, errors and memory over time) is written up in "
        "[SOAK.md](SOAK.md). This page is written by `python -m bench` (the code is in `bench/`); only the findings "
        "section below is written by hand, and the command keeps it.",
        "",
        "## Running it",
        "",
        "It needs PostgreSQL, a Redis database of its own (emptied before each size) and `wrk` (Debian's `wrk` "
        "package). It creates the databases it is named (dropping them first if they exist) and leaves them seeded "
        "for profiling afterwards:",
        "",
        "```sh",
        "BENCH_REDIS_URL=redis://127.0.0.1:6379/9 make bench",
        "# which runs: .venv/bin/python -m bench --sizes small,scale",
        ".venv/bin/python -m bench --sizes small --seconds 3            # a quick look while working on a page",
        ".venv/bin/python -m bench --sizes small --pages directory,home  # only pages whose key starts so",
        ".venv/bin/python -m bench compare bench/results/A.json bench/results/B.json",
        ".venv/bin/python -m bench markdown bench/results/A.json        # this page again from a results file",
        "```",
        "",
        "Options (`python -m bench --help`): `--postgres-url` (`BENCH_POSTGRES_URL`, default "
        "`postgres://postgres@127.0.0.1:5432`), `--small-db`/`--scale-db` (`BENCH_SMALL_DB`/`BENCH_SCALE_DB`, default "
        "`cylch_bench_small`/`cylch_bench_scale`), `--redis-url` (`BENCH_REDIS_URL`), `--scale` (passed to "
        "`seed_scale`), `--seconds` (10), `--connections` (16), `--threads` (2), `--workers` (2), "
        "`--reuse-databases` (measure them as they are), `--drop-databases` (afterwards; kept by default), `--no-markdown`. The results go to "
        "`bench/results/<UTC date-time>.json`; a page's key (`home.in`, `directory.out`, …) is what compare matches.",
        "",
        "## How it was measured",
        "",
        "```sh",
        result["command"],
        "```",
        "",
        f"For each size the command drops and creates its own PostgreSQL database, migrates it and seeds it with "
        f"`DEBUG=true` (so the demo people have their demo password): `seed_demo` for **small**, `seed_scale` for "
        f"**scale**. It empties its Redis database, then serves the portal with gunicorn "
        f"({settings['web_workers']} workers, `portal/gunicorn_conf.py`, started through `portal/soak/stack.py`, no "
        f"Celery) on `bench.settings`: `portal.settings.production` (DEBUG off, so the cached template loader, "
        f"secure cookies, HSTS, the https redirect) plus the ceiling's URL. Every request carries "
        f"`X-Forwarded-Proto: https`, which production trusts from its proxy (`SECURE_PROXY_SSL_HEADER`), so pages "
        f"are served as over https rather than redirected. Signed-in pages send a session cookie made with Django's "
        f"SessionStore for the demo member, host or coordinator (the keys `login()` writes).",
        "",
        f"Each page is loaded by `wrk` ({settings['threads']} threads, {settings['connections']} connections, "
        f"{settings['seconds']:g} s, `bench/report.lua` reporting the percentiles) from a second process on the same "
        f'machine, so wrk and gunicorn share its cores. The **ceiling** is `HttpResponse("ok")` served by the same '
        f"gunicorn through the same middleware (`bench/urls.py`), measured signed out before and after the pages; "
        f"a page's share of the ceiling is its req/s over their mean. Queries are counted in-process "
        f"(`django.test.Client`, `CaptureQueriesContext`, same settings and database): the first request and the "
        f"second (warm caches), shown as one number when they agree. Bytes are the body as wrk receives it "
        f"(no compression asked for). Memory is the highest `VmRSS` of one web worker during the run. With "
        f"{settings['connections']} connections on {settings['web_workers']} synchronous workers a request mostly "
        f"waits for a free worker, so latency follows throughput (Little's law: mean latency = connections ÷ req/s); "
        f"a p95 under 150 ms needs well over {settings['connections'] / 0.150:.0f} req/s, and a 304 under 20 ms well "
        f"over {settings['connections'] / 0.020:.0f}. Other work on the machine shares its cores: each size gives "
        f"the load average seen before its pages, and the ceiling's drift between before and after shows the noise.",
        "",
        "Targets (issue 18): p95 < 150 ms, at least 30 % of the ceiling, at most 15 queries and the same at both sizes; "
        "an unchanged feed's 304 p95 < 20 ms; the full private feed p95 < 300 ms; a web worker < 200 MB.",
        "",
        "## Findings",
        "",
        FINDINGS_START + findings_kept(existing_markdown) + FINDINGS_END,
        "",
        "## The run",
        "",
        f"- Date: {result['started_utc']} UTC; the command took {result['run_seconds'] / 60:.1f} minutes.",
        f"- Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']:.0f} GiB RAM, {machine['os']}.",
        "- Versions: " + ", ".join(f"{name} {version}" for name, version in versions.items()) + ".",
        f"- Results: `{result['json_path']}` (compare two runs with `python -m bench compare A.json B.json`).",
        "",
        "Data sets:",
        "",
        "| | " + " | ".join(size for size in SIZES if size in result["sizes"]) + " |",
        "|---|" + "---:|" * len([s for s in SIZES if s in result["sizes"]]),
    ]
    counted = [result["sizes"][size]["dataset"] for size in SIZES if size in result["sizes"]]
    for name in counted[0] if counted else []:
        lines.append(f"| {name} | " + " | ".join(f"{counts.get(name, 0):,}" for counts in counted) + " |")
    for size in SIZES:
        if size in result["sizes"]:
            seeded = result["sizes"][size]
            how = f"`{seeded['seed']}`" if seeded.get("seed") else "the database as it was"
            took = f" ({seeded['seed_seconds']:.0f} s with migrate)" if seeded.get("seed_seconds") else ""
            lines += ["", f"At {size}: {how}{took}; picked " + _picked(seeded["picked"]) + "."]
    lines += ["", "## Pages", ""] + _at_a_glance(result) + [""]
    for size in SIZES:
        if size in result["sizes"]:
            lines += _size_table(result, size) + [""]
            if result["sizes"][size].get("log_problems"):
                lines += ["Problems in gunicorn's log:", ""]
                lines += [f"- `{line}`" for line in result["sizes"][size]["log_problems"]] + [""]
        else:
            lines += [f"### At {size}", "", "Not run this time.", ""]
    lines += ["## Queries and size, small against scale", ""] + _queries_table(result) + [""]
    return "\n".join(lines)


def _picked(picked: dict) -> str:
    big, small = picked["community_big"], picked["community_small"]
    return (
        f"biggest community `{big['slug']}` ({big['active_members']} active members), smallest `{small['slug']}` "
        f"({small['active_members']}), search “{picked['search']}” with topic `{picked['topic']}`, session "
        f"{picked['occurrence']['pk']} ({picked['occurrence']['going']} going), month {picked['month']}, "
        f"CLIP report period {picked['report_period']}"
    )


def compare_text(before: dict, after: dict) -> str:
    """Per size and page: req/s, p95 and queries of run A against run B, with the change in req/s."""
    lines = [f"A: {before.get('started_utc')}  B: {after.get('started_utc')}"]
    for size in SIZES:
        pages_a, pages_b = _by_key(before["sizes"].get(size)), _by_key(after["sizes"].get(size))
        if not pages_a or not pages_b:
            continue
        lines += [
            "",
            f"At {size}",
            f"{'page':<44} {'req/s A':>9} {'req/s B':>9} {'change':>8} {'p95 A':>8} {'p95 B':>8} {'q A':>4} {'q B':>4}",
        ]
        for key in [*pages_a, *(k for k in pages_b if k not in pages_a)]:
            a, b = pages_a.get(key), pages_b.get(key)
            label = (a or b)["label"][:44]
            if not a or not b:
                lines.append(f"{label:<44} {'only in ' + ('B' if b else 'A'):>9}")
                continue
            change = (
                f"{(b['requests_per_second'] / a['requests_per_second'] - 1):+.0%}" if a["requests_per_second"] else "—"
            )
            lines.append(
                f"{label:<44} {a['requests_per_second']:>9.1f} {b['requests_per_second']:>9.1f} {change:>8} "
                f"{a['p95_ms']:>8.1f} {b['p95_ms']:>8.1f} {a['queries']:>4} {b['queries']:>4}"
            )
    return "\n".join(lines)
