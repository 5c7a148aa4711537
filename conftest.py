"""Fixtures shared by every app's tests: named people and the services switch (builders: ``tests/factories.py``)."""

import os
import shutil

import pytest
from django.conf import settings

from tests.factories import make_person, second_factor_enrol

# Playwright's sync API runs an event loop in the test thread; Django's ORM
# calls from the same thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_sessionstart(session):
    if not REQUIRE_SERVICES:
        return
    engine = settings.DATABASES["default"]["ENGINE"]
    problems = []
    if not engine.endswith("postgresql"):
        problems.append(f"REQUIRE_SERVICES=1 but the database is {engine}; set DATABASE_URL to PostgreSQL.")
    if not settings.REDIS_URL:
        problems.append("REQUIRE_SERVICES=1 but REDIS_URL is not set.")
    if not shutil.which(CHROMIUM):
        problems.append(f"REQUIRE_SERVICES=1 but Chromium is not at {CHROMIUM}.")
    if problems:
        raise pytest.UsageError("\n".join(problems))


def skip_or_fail(reason: str):
    """Absent service: a skip on a laptop, a failure in CI."""
    if REQUIRE_SERVICES:
        pytest.fail(reason + " (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _isolated_email_cache_and_language(settings):
    from django.core.cache import cache
    from django.utils import translation

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # Password hashing is most of a test's cost; its strength is not under test here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    # Views activate a language in the thread that runs them, which for the
    # test client is the test's own thread: start every test in English.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def member(db):
    return make_person("sian@example.org", name="Siân Evans", language="cy", team="Land Management")


@pytest.fixture
def outsider(db):
    return make_person("outsider@example.org", name="Alex Outsider")


@pytest.fixture
def coordinator(db):
    """A CLIP coordinator, who (as their role requires) has set up an authenticator app."""
    from accounts.services import user_make_coordinator

    user = user_make_coordinator(user=make_person("coordinator@example.org", name="Catrin Rowlands"))
    second_factor_enrol(user)
    return user


@pytest.fixture
def superuser(db):
    """A superuser, who (as their role requires) has set up an authenticator app."""
    user = make_person("admin@example.org", name="Gwen Parry")
    user.is_superuser = user.is_staff = True
    user.save()
    second_factor_enrol(user)
    return user


@pytest.fixture
def deliver(db):
    """Runs the outbox sweep, as the worker would, and returns Django's test outbox."""
    from django.core import mail

    from notifications.services import outbox_send_due

    def run():
        outbox_send_due()
        return mail.outbox

    return run
