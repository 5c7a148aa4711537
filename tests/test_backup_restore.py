"""The README's "Backup and restore", done for real: pg_dump --format=custom of a seeded database, pg_restore
--no-owner into a new database, and every table of our apps comes back with the same rows, at the code's
migrations."""

import io
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from conftest import skip_or_fail

OUR_APPS = ["accounts", "communities", "scheduling", "coaching", "clip_tracker", "notifications"]
TOOLS = ["pg_dump", "pg_restore", "createdb", "dropdb"]

pytestmark = pytest.mark.services


def _our_tables() -> list[str]:
    return sorted(
        {
            model._meta.db_table
            for label in OUR_APPS
            for model in apps.get_app_config(label).get_models(include_auto_created=True)  # many-to-many tables too
        }
    )


def _row_counts(cursor) -> dict[str, int]:
    counts = {}
    for table in _our_tables():
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - names come from our models
        counts[table] = cursor.fetchone()[0]
    return counts


def _facts(cursor) -> dict[str, list]:
    """A few values a person would notice missing, besides the counts."""
    cursor.execute("SELECT name FROM communities_community ORDER BY name")
    names = [row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT number FROM clip_tracker_action ORDER BY number")
    numbers = [row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT email FROM accounts_user ORDER BY email")
    emails = [row[0] for row in cursor.fetchall()]
    return {"community names": names, "CLIP action numbers": numbers, "people": emails}


def _major(version_text: str) -> int:
    """15 from "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"."""
    return int(re.search(r"\(PostgreSQL\)\s+(\d+)", version_text).group(1))


@pytest.mark.django_db(transaction=True)  # seed_demo's rows are committed, so pg_dump (another session) sees them
def test_a_custom_format_dump_restores_into_a_new_database_with_every_row(tmp_path):
    if connection.vendor != "postgresql":
        skip_or_fail("backup and restore need PostgreSQL: set DATABASE_URL")
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_or_fail(f"{', '.join(missing)} not on PATH (apt-get install postgresql-client)")
    # pg_dump refuses a newer server, and a newer pg_dump writes settings an older server rejects on restore.
    client = subprocess.run(["pg_dump", "--version"], capture_output=True, text=True, check=True).stdout
    server = connection.pg_version // 10000
    if _major(client) != server:
        skip_or_fail(f"pg_dump on PATH is {client.strip()!r} but the server is PostgreSQL {server}")

    call_command("seed_demo", stdout=io.StringIO())
    with connection.cursor() as cursor:
        counts, facts = _row_counts(cursor), _facts(cursor)
    assert counts["communities_community"] and counts["clip_tracker_action"] and counts["scheduling_occurrence"]

    database = settings.DATABASES["default"]
    where = [
        "--host",
        database["HOST"] or "127.0.0.1",
        "--port",
        str(database["PORT"] or 5432),
        "--username",
        database["USER"] or "postgres",
        "--no-password",
    ]
    env = {**os.environ, "PGPASSWORD": database["PASSWORD"] or ""}
    dump = tmp_path / "cylch.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(dump), *where, database["NAME"]], env=env, check=True, timeout=60
    )
    restored = f"cylch_restore_{uuid.uuid4().hex[:12]}"
    subprocess.run(["createdb", *where, restored], env=env, check=True, timeout=30)
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "--dbname", restored, *where, str(dump)],
            env=env,
            check=True,
            timeout=60,
        )

        import psycopg2

        restored_connection = psycopg2.connect(
            host=database["HOST"] or "127.0.0.1",
            port=database["PORT"] or 5432,
            user=database["USER"] or "postgres",
            password=database["PASSWORD"] or None,
            dbname=restored,
        )
        try:
            with restored_connection.cursor() as cursor:
                assert _row_counts(cursor) == counts
                assert _facts(cursor) == facts
        finally:
            restored_connection.close()

        # The README's check after a restore: the restored database is at the code's migrations.
        url = f"postgres://{database['USER'] or 'postgres'}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{restored}"
        check = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--check"],
            cwd=Path(settings.BASE_DIR),
            env={**env, "DATABASE_URL": url},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        subprocess.run(["dropdb", "--if-exists", "--force", *where, restored], env=env, check=True, timeout=30)
