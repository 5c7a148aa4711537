"""Stored versions of what the calendar feeds show, so an unchanged feed is answered before anything is read.

One number lives in the cache: ``sessions``, moved by every change to a session, a series or a community (what
every feed shows). A person's own feed also depends on their memberships and answers: those marks are read from
the database with the token (``selectors.feed_token_owner``), so no cache can hide a change of theirs, such as
being removed from a community whose joining links their feed carried. A feed's answer (its ETag, Last-Modified
and where its bytes are kept) is remembered under the version, those marks, the hour and the language, so a client
polling an unchanged feed costs two cache reads (and, for a person's feed, the token's query); any change, or the
next hour (sessions leave a feed's window as time passes), makes it look again.

Saves and deletes move the versions through signals (``connect``, from ``SchedulingConfig.ready``), at once and
again when the transaction commits, so no answer made from data as it was before the commit outlives it. Writes that
send no signal (``bulk_create``, ``QuerySet.update``) call ``sessions_changed`` themselves. A move made while Redis
did not answer is written to Redis again as soon as it answers (``portal.cache.version_of``).
"""

import hashlib

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from portal.cache import version_move, version_of
from portal.visitor_cache import CONTENT

SESSIONS = "feeds:sessions"
ANSWER_SECONDS = 60 * 60


def sessions_changed() -> None:
    """A write that sends no signal (``bulk_create``, ``QuerySet.update``) changed sessions: every feed, and what
    visitors' pages show (whose version saves and deletes move through ``PortalConfig.ready``'s signals)."""
    version_move(SESSIONS)
    version_move(CONTENT)


def answer_key(*, feed_key: str, variant: str) -> str:
    """Where a feed's answer is remembered: the feed, the version it depends on, the hour and ``variant`` (the
    language, the site's address and, for a person's feed, the marks of their memberships and answers)."""
    hour = timezone.now().strftime("%Y%m%d%H")
    versions = version_of(SESSIONS)
    variant_digest = hashlib.sha256(variant.encode()).hexdigest()[:16]
    return f"feed-answer:{feed_key}:{versions}:{hour}:{variant_digest}"


def _on_sessions_change(sender, **kwargs):
    version_move(SESSIONS)


def connect() -> None:
    from communities.models import Community

    from .models import Occurrence, SessionSeries

    for model in (Occurrence, SessionSeries, Community):
        post_save.connect(_on_sessions_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-save")
        post_delete.connect(_on_sessions_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-delete")
