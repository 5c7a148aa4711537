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

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

SESSIONS = "feeds-version:sessions"
PEOPLE = "feeds-version:people"
ANSWER_SECONDS = 60 * 60


def _version(key: str) -> str:
    version = cache.get(key)
    if version is None:
        version = uuid4().hex
        # add: if another process made one meanwhile, theirs stands and is read back.
        if not cache.add(key, version, None):
            version = cache.get(key) or version
    return version


def _move(key: str) -> None:
    cache.set(key, uuid4().hex, None)


def _move_now_and_on_commit(key: str) -> None:
    # Now, so this transaction's own later reads see a new version; and again once it commits, since a request
    # in between may have remembered the data as it was before the commit under the first new version.
    _move(key)
    transaction.on_commit(lambda: _move(key))


def sessions_changed() -> None:
    """Something every feed may show changed."""
    _move_now_and_on_commit(SESSIONS)


def people_changed() -> None:
    """An answer or a membership changed: what people's own feeds show besides the sessions."""
    _move_now_and_on_commit(PEOPLE)


def answer_key(*, feed_key: str, personal: bool, variant: str) -> str:
    """Where a feed's answer is remembered: the feed, the versions it depends on, the hour and ``variant`` (the
    language and the site's address, which the bytes also depend on)."""
    hour = timezone.now().strftime("%Y%m%d%H")
    versions = _version(SESSIONS) + (_version(PEOPLE) if personal else "")
    return f"feed-answer:{feed_key}:{versions}:{hour}:{variant}"


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
