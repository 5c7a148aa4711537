"""python -m bench [run options] | compare A.json B.json | markdown results.json (see docs/BENCHMARKS.md)."""

import argparse
import json
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="seed, serve and measure (the default)")
    run.add_argument("--sizes", default="small,scale", help="small, scale or both (default both)")
    run.add_argument("--seconds", type=float, default=10, help="wrk's duration per page (default 10)")
    run.add_argument("--connections", type=int, default=16)
    run.add_argument("--threads", type=int, default=2)
    run.add_argument("--workers", type=int, default=2, help="gunicorn web workers (default 2)")
    run.add_argument("--pages", default="", help="only pages whose key starts with one of these (comma-separated)")
    run.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"),
        help="the PostgreSQL server (no database name)",
    )
    run.add_argument("--small-db", default=os.environ.get("BENCH_SMALL_DB", "cylch_bench_small"))
    run.add_argument("--scale-db", default=os.environ.get("BENCH_SCALE_DB", "cylch_bench_scale"))
    run.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", ""),
        help="a Redis database of the run's own, emptied before each size",
    )
    run.add_argument("--scale", default=None, help="passed to seed_scale --scale")
    run.add_argument("--reuse-databases", action="store_true", help="measure the databases as they are (no seeding)")
    run.add_argument(
        "--drop-databases", action="store_true", help="drop the databases afterwards (kept by default, for profiling)"
    )
    run.add_argument("--no-markdown", dest="markdown", action="store_false", help="write only the JSON")

    compare = commands.add_parser("compare", help="compare two results files")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)

    markdown = commands.add_parser("markdown", help="write docs/BENCHMARKS.md again from a results file")
    markdown.add_argument("results", type=Path)

    measure = commands.add_parser("measure", help="(internal) measure the database in DATABASE_URL")
    measure.add_argument("--out", type=Path, required=True)
    measure.add_argument("--seconds", type=float, default=10)
    measure.add_argument("--connections", type=int, default=16)
    measure.add_argument("--threads", type=int, default=2)
    measure.add_argument("--workers", type=int, default=2)
    measure.add_argument("--pages", default="")
    return parser


def main(argv: list[str]) -> None:
    parser = _parser()
    if not argv or argv[0].startswith("-"):
        argv = ["run", *argv]
    options = parser.parse_args(argv)
    if options.command == "compare":
        from .report import compare_text

        print(compare_text(json.loads(options.before.read_text()), json.loads(options.after.read_text())))
    elif options.command == "markdown":
        from .report import markdown_write
        from .run import MARKDOWN_PATH

        existing = MARKDOWN_PATH.read_text() if MARKDOWN_PATH.exists() else None
        MARKDOWN_PATH.write_text(markdown_write(json.loads(options.results.read_text()), existing_markdown=existing))
        print(f"Wrote {MARKDOWN_PATH}")
    elif options.command == "measure":
        import tempfile

        import django

        folder = Path(tempfile.mkdtemp(prefix="cylch-bench-"))
        # Before the settings load: gunicorn (soak.stack) collects the static files under this folder's var/.
        os.environ["CYLCH_VAR_DIR"] = str(folder / "var")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
        django.setup()
        from .measure import measure_to_file

        measure_to_file(
            out=options.out,
            folder=folder,
            pages=[key for key in options.pages.split(",") if key],
            seconds=options.seconds,
            connections=options.connections,
            threads=options.threads,
            web_workers=options.workers,
        )
    else:
        from .run import run

        run(options)


main(sys.argv[1:])
