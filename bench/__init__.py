"""The page benchmark (issue 18): `python -m bench` seeds its own databases, serves the portal with gunicorn on
production settings, loads each page with wrk beside a bare "ok" view (the ceiling) and writes
docs/BENCHMARKS.md and bench/results/<UTC time>.json. See docs/BENCHMARKS.md for how to run it."""
