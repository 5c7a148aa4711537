"""Stored versions of what the calendar feeds show, so an unchanged feed is answered before anything is read.

Two numbers live in the cache: ``sessions``, moved by every change to a session, a series or a community (what
every feed shows), and ``people``, moved by every change to an answer or a membership (what a person's own feed
shows besides). A feed's answer (its ETag, Last-Modified and where its bytes are kept) is remembered under the
versions it was made from, the hour and the language, so a client polling an unchanged feed costs two cache reads
and no query; any change, or the next hour (sessions leave a feed's window as time passes), makes it look again.

Saves and deletes move the versions through signals (``connect``, from ``SchedulingConfig.ready``), at once and
again when the transaction commits, so no answer made from data as it was before the commit outlives it. Writes that
send no signal (``bulk_create``, ``QuerySet.update``) call ``sessions_changed`` themselves. Should Redis be down,
each process's memory holds its own versions and an answer may stay an hour old on another process at most.
"""

import hashlib

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from portal.cache import version_move, version_of

SESSIONS = "feeds:sessions"
PEOPLE = "feeds:people"
ANSWER_SECONDS = 60 * 60


def sessions_changed() -> None:
    """Something every feed may show changed."""
    version_move(SESSIONS)


def people_changed() -> None:
    """An answer or a membership changed: what people's own feeds show besides the sessions."""
    version_move(PEOPLE)


def answer_key(*, feed_key: str, personal: bool, variant: str) -> str:
    """Where a feed's answer is remembered: the feed, the versions it depends on, the hour and ``variant`` (the
    language and the site's address, which the bytes also depend on)."""
    hour = timezone.now().strftime("%Y%m%d%H")
    versions = version_of(SESSIONS) + (version_of(PEOPLE) if personal else "")
    variant_digest = hashlib.sha256(variant.encode()).hexdigest()[:16]
    return f"feed-answer:{feed_key}:{versions}:{hour}:{variant_digest}"


def _on_sessions_change(sender, **kwargs):
    sessions_changed()


def _on_people_change(sender, **kwargs):
    people_changed()


def connect() -> None:
    from communities.models import Community, Membership

    from .models import Occurrence, Rsvp, SessionSeries

    for model in (Occurrence, SessionSeries, Community):
        post_save.connect(_on_sessions_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-save")
        post_delete.connect(_on_sessions_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-delete")
    for model in (Rsvp, Membership):
        post_save.connect(_on_people_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-save")
        post_delete.connect(_on_people_change, sender=model, dispatch_uid=f"feed-versions-{model.__name__}-delete")
