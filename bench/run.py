"""The whole run: for each size an empty database, migrated and seeded, then measured in a child process set up
with bench.settings and that database; then the JSON and docs/BENCHMARKS.md."""

import json
import os
import platform
import secrets
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .report import markdown_write

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = BASE_DIR / "bench" / "results"
MARKDOWN_PATH = BASE_DIR / "docs" / "BENCHMARKS.md"
SEED_COMMANDS = {"small": ["seed_demo"], "scale": ["seed_scale"]}


def _database_url(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, "", ""))


def database_recreate(*, server_url: str, name: str, create: bool = True) -> None:
    """Drops and creates the run's own database (its name is the run's option, never another's)."""
    import psycopg2

    connection = psycopg2.connect(_database_url(server_url, "postgres"))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def redis_empty(redis_url: str) -> None:
    """Empties the run's own Redis database (the number in its URL), so one size's cache never answers another."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def serving_env(*, database_url: str, redis_url: str) -> dict[str, str]:
    """Production's environment for this run: what portal/settings/production.py requires, set here."""
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url}
    env.pop("DEBUG", None)
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SITE_URL="https://cylch.bench.invalid",
        DJANGO_SETTINGS_MODULE="bench.settings",
        PYTHONUNBUFFERED="1",
    )
    return env


def _manage(*args: str, env: dict[str, str]) -> None:
    finished = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    if finished.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{(finished.stdout + finished.stderr)[-3000:]}")


def size_prepare(*, size: str, database_url: str, env: dict[str, str], scale: str | None) -> float:
    """migrate, then the size's seed with DEBUG on (the demo password); returns the seconds it took."""
    started = time.monotonic()
    seeding = {**env, "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "portal.settings.base"}
    _manage("migrate", "--no-input", "-v0", env=seeding)
    _manage(*SEED_COMMANDS[size], *(["--scale", scale] if size == "scale" and scale else []), env=seeding)
    return time.monotonic() - started


def size_run(*, size: str, options, server_url: str, redis_url: str) -> dict:
    name = options.small_db if size == "small" else options.scale_db
    database_url = _database_url(server_url, name)
    env = serving_env(database_url=database_url, redis_url=redis_url)
    seeded_seconds = None
    if not options.reuse_databases:
        print(f"[{size}] {name}: create, migrate, seed", flush=True)
        database_recreate(server_url=server_url, name=name)
        seeded_seconds = size_prepare(size=size, database_url=database_url, env=env, scale=options.scale)
    redis_empty(redis_url)
    print(f"[{size}] measuring", flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        measure = [
            sys.executable,
            "-m",
            "bench",
            "measure",
            "--out",
            out.name,
            "--seconds",
            str(options.seconds),
            "--connections",
            str(options.connections),
            "--threads",
            str(options.threads),
            "--workers",
            str(options.workers),
            *(["--pages", options.pages] if options.pages else []),
        ]
        subprocess.run(measure, cwd=BASE_DIR, env=env, check=True)
        result = json.loads(Path(out.name).read_text())
    result["database"] = name
    result["seed"] = " ".join(
        SEED_COMMANDS[size] + (["--scale", options.scale] if size == "scale" and options.scale else [])
    )
    result["seed_seconds"] = round(seeded_seconds, 1) if seeded_seconds is not None else None
    if options.drop_databases:
        database_recreate(server_url=server_url, name=name, create=False)
    return result


def machine_describe() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kib = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    os_name = platform.platform()
    os_release = Path("/etc/os-release")
    if os_release.exists():
        fields = dict(line.split("=", 1) for line in os_release.read_text().splitlines() if "=" in line)
        os_name = fields.get("PRETTY_NAME", os_name).strip('"')
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": mem_kib / 1024 / 1024, "os": os_name}


def versions_describe(*, server_url: str, redis_url: str, wrk: str) -> dict:
    import psycopg2
    import redis

    connection = psycopg2.connect(_database_url(server_url, "postgres"))
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    connection.close()
    wrk_line = subprocess.run([wrk, "-v"], capture_output=True, text=True).stdout.splitlines()[0]
    return {
        "Python": platform.python_version(),
        "Django": version("Django"),
        "PostgreSQL": postgres,
        "Redis": redis.Redis.from_url(redis_url).info("server")["redis_version"],
        "gunicorn": version("gunicorn"),
        "wrk": wrk_line.split()[1],
    }


def run(options) -> Path:
    started = time.monotonic()
    started_at = datetime.now(UTC)
    server_url = options.postgres_url
    redis_url = options.redis_url
    if not redis_url:
        raise SystemExit("Give the run a Redis database of its own: --redis-url or BENCH_REDIS_URL (it is emptied).")
    sizes = [size.strip() for size in options.sizes.split(",") if size.strip()]
    result = {
        "started_utc": started_at.strftime("%Y-%m-%d %H:%M"),
        "command": "python -m bench " + shlex.join(sys.argv[1:]),
        "machine": machine_describe(),
        "versions": versions_describe(server_url=server_url, redis_url=redis_url, wrk="wrk"),
        "settings": {
            "seconds": options.seconds,
            "connections": options.connections,
            "threads": options.threads,
            "web_workers": options.workers,
            "django_settings": "bench.settings (portal.settings.production)",
        },
        "sizes": {},
    }
    for size in sizes:
        result["sizes"][size] = size_run(size=size, options=options, server_url=server_url, redis_url=redis_url)
    result["run_seconds"] = round(time.monotonic() - started, 1)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    json_path = RESULTS_DIR / f"{started_at:%Y-%m-%dT%H%M%SZ}.json"
    result["json_path"] = str(json_path.relative_to(BASE_DIR))
    json_path.write_text(json.dumps(result, indent=2) + "\n")
    if options.markdown:
        existing = MARKDOWN_PATH.read_text() if MARKDOWN_PATH.exists() else None
        MARKDOWN_PATH.write_text(markdown_write(result, existing_markdown=existing))
    print(
        f"Wrote {json_path}"
        + (f" and {MARKDOWN_PATH}" if options.markdown else "")
        + f" in {result['run_seconds'] / 60:.1f} min"
    )
    return json_path
