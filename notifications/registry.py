"""What each app tells the outbox about its own emails. Every app fills it from its ``AppConfig.ready()``; the
outbox reads it and so never imports the apps that use it.

An app registers:
- its email kinds (``email_kinds_register``): the values it writes in ``OutboundEmail.kind`` and their labels
  for the admin's sent-mail log;
- what it adds to an email when it is sent (``email_extras_register``), decided for the recipient at that moment;
- when a queued email is no longer wanted (``send_condition_register``), e.g. a nudge to answer a proposal that
  has been answered;
- its part of the digest (``digest_section_register``).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured

EMAIL_KINDS: dict[str, str] = {}


def email_kinds_register(*, kinds: Iterable[tuple[str, str]]) -> None:
    """Adds an app's (value, label) pairs; a value belongs to one app only."""
    for value, label in kinds:
        if EMAIL_KINDS.get(value, label) != label:
            raise ImproperlyConfigured(f"Two apps register the email kind {value!r}.")
        EMAIL_KINDS[value] = label


def email_kind_choices() -> list[tuple[str, str]]:
    """``OutboundEmail.kind``'s choices, read when they are used (the field keeps this function, not a list)."""
    return list(EMAIL_KINDS.items())


@dataclass(frozen=True)
class AlternativePart:
    """Another form of the whole message, sent beside the text and HTML in its ``multipart/alternative``: e.g. a
    calendar invitation, ``mimetype="text/calendar; method=REQUEST; charset=UTF-8"``. The parameters are kept as
    given, and the charset is said once."""

    content: str
    mimetype: str


# Each function takes (context=, recipient=) and returns (extra context, parts), each part an attachment
# (filename, bytes, mimetype) or an ``AlternativePart``.
EMAIL_EXTRAS: dict[str, Callable[..., tuple[dict, list]]] = {}


def email_extras_register(*, template_prefix: str, extras: Callable) -> None:
    """What an app adds to its own emails at the moment they are sent (e.g. the sessions app's joining link, which
    depends on whether the recipient is still a member)."""
    EMAIL_EXTRAS[template_prefix] = extras


SEND_CONDITIONS: dict[str, Callable[[dict], bool]] = {}


def send_condition_register(*, template_prefix: str, still_wanted: Callable[[dict], bool]) -> None:
    """``still_wanted(context)`` (the email's stored context, resolved to rows) is asked just before an email with
    this template prefix is sent; when it says no, the email is dropped, not sent."""
    SEND_CONDITIONS[template_prefix] = still_wanted


def still_wanted(*, template_prefix: str, context: dict) -> bool:
    condition = SEND_CONDITIONS.get(template_prefix)
    return condition is None or condition(context)


class DigestCollect(Protocol):
    def __call__(self, *, people: list, since: dict[int, datetime], now: datetime) -> dict[int, list[int]]: ...


@dataclass(frozen=True)
class DigestSection:
    """One app's part of the digest.

    ``collect(people=, since=, now=)`` gets a batch of people, each person's ``since`` (their last digest, or a
    month ago) and ``now``, and returns {person id: [ids of ``model`` to show them, in order]}; it must make a
    fixed number of queries whatever the batch's size. The ids are stored in the digest's context under ``key``
    and resolved to rows when it is sent; the section's templates are included in the digest with that context."""

    key: str
    model: str  # "app_label.Model"
    collect: DigestCollect
    html_template: str
    text_template: str
    position: int  # the sections' order in the digest, smallest first


DIGEST_SECTIONS: dict[str, DigestSection] = {}


def digest_section_register(
    *, key: str, model: str, collect: DigestCollect, html_template: str, text_template: str, position: int
) -> None:
    DIGEST_SECTIONS[key] = DigestSection(
        key=key,
        model=model,
        collect=collect,
        html_template=html_template,
        text_template=text_template,
        position=position,
    )


def digest_sections() -> list[DigestSection]:
    return sorted(DIGEST_SECTIONS.values(), key=lambda section: (section.position, section.key))
