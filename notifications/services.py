"""The outbox: every email a change causes is a row written in that change's transaction, sent by a sweep."""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import registry, selectors
from .models import DigestFrequency, EmailKind, NotificationSettings, OutboundEmail

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
CLAIM_LEASE = timedelta(minutes=10)


def settings_for(user) -> NotificationSettings:
    return NotificationSettings.objects.get_or_create(user=user)[0]


@transaction.atomic
def notification_settings_save(*, settings: NotificationSettings) -> NotificationSettings:
    """Saves a person's email choices (their row is made the first time they change them)."""
    settings.save()
    return settings


def model_ref(instance) -> list:
    return [instance._meta.label, instance.pk]


def email_enqueue(
    *,
    kind: str,
    dedupe_key: str,
    template_prefix: str,
    context: dict,
    recipient=None,
    recipient_id: int | None = None,
    due_at: datetime | None = None,
) -> OutboundEmail:
    """Queues one email; queuing the same purpose twice keeps the first. Call inside the causing transaction."""
    email, _created = OutboundEmail.objects.get_or_create(
        recipient_id=recipient_id or recipient.pk,
        kind=kind,
        dedupe_key=dedupe_key,
        defaults={"template_prefix": template_prefix, "context": context, "due_at": due_at or timezone.now()},
    )
    return email


def emails_unsent_drop(*, kind: str, dedupe_key_prefix: str, recipient=None) -> int:
    """Deletes the emails of this kind not yet sent whose ``dedupe_key`` starts with the prefix (what they were
    about has gone, e.g. a cancelled session's reminders). Call inside the causing transaction."""
    pending = OutboundEmail.objects.filter(kind=kind, sent_at=None, dedupe_key__startswith=dedupe_key_prefix)
    if recipient is not None:
        pending = pending.filter(recipient=recipient)
    return pending.delete()[0]


def emails_unsent_reschedule(*, kind: str, dedupe_key_prefix: str, due_at_for: Callable[[dict], datetime]) -> int:
    """Gives each email of this kind not yet sent whose ``dedupe_key`` starts with the prefix a new due time,
    ``due_at_for(its stored context)``, and releases any sweep's claim on it. Call inside the causing transaction
    (the rows are locked until it commits)."""
    moved = 0
    pending = OutboundEmail.objects.select_for_update().filter(
        kind=kind, sent_at=None, dedupe_key__startswith=dedupe_key_prefix
    )
    for email in pending:
        email.due_at = due_at_for(email.context)
        email.claimed_until = None
        email.save(update_fields=["due_at", "claimed_until"])
        moved += 1
    return moved


def resolve_context(context: dict) -> dict:
    """Turns stored model references back into rows (a missing row becomes None)."""
    return contexts_resolve([context])[0]


def _is_reference(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and "." in value[0]


def _is_id_list(value) -> bool:
    return isinstance(value, dict) and bool(value.get("model")) and isinstance(value.get("ids"), list)


def contexts_resolve(contexts: list[dict]) -> list[dict]:
    """``resolve_context`` for many stored contexts at once: one query per model whatever their number, and each
    row one shared instance, so what a template fetches through it (a session's series) is fetched once."""
    wanted: dict[str, set] = {}
    for context in contexts:
        for value in context.values():
            if _is_reference(value):
                wanted.setdefault(value[0], set()).add(value[1])
            elif _is_id_list(value):
                wanted.setdefault(value["model"], set()).update(value["ids"])
    rows = {label: apps.get_model(label).objects.in_bulk(list(pks)) for label, pks in wanted.items() if pks}
    resolved_contexts = []
    for context in contexts:
        resolved = {}
        for key, value in context.items():
            if _is_reference(value):
                resolved[key] = rows.get(value[0], {}).get(value[1])
            elif _is_id_list(value):
                found = rows.get(value["model"], {})
                resolved[key] = [found[pk] for pk in value["ids"] if pk in found]
            else:
                resolved[key] = value
        resolved_contexts.append(resolved)
    return resolved_contexts


class _OutboxMessage(EmailMultiAlternatives):
    """Django turns "text/calendar; method=REQUEST; charset=UTF-8" into a subtype with the parameters glued on and
    then adds its own charset, so the header says charset twice. This one keeps the type's parameters as given
    (unquoted tokens, as Outlook and Gmail expect ``method=REQUEST``) and says the charset once."""

    def _create_mime_attachment(self, content, mimetype):
        base, *parameters = (piece.strip() for piece in mimetype.split(";"))
        part = super()._create_mime_attachment(content, base)
        for parameter in parameters:
            name, _equals, value = parameter.partition("=")
            name, value = name.strip().lower(), value.strip().strip('"')
            if name and name != "charset":  # the charset is the message's encoding (UTF-8), set by Django
                part.set_param(name, value, requote=False)
        return part


def _render(email: OutboundEmail, context: dict) -> EmailMultiAlternatives:
    recipient = email.recipient
    headers = {}
    if email.kind == EmailKind.DIGEST:
        token, token_hash = OutboundEmail.new_unsubscribe_token()
        email.unsubscribe_token_hash = token_hash
        context["unsubscribe_url"] = settings.SITE_URL + reverse("notifications:unsubscribe", args=[token])
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        context["digest_sections"] = registry.digest_sections()
    context = {**context, "recipient": recipient, "site_url": settings.SITE_URL}
    attachments = []
    with translation.override(recipient.preferred_language):
        extras = registry.EMAIL_EXTRAS.get(email.template_prefix)
        if extras is not None:
            more_context, attachments = extras(context=context, recipient=recipient)
            context.update(more_context)
        subject = " ".join(render_to_string(f"{email.template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{email.template_prefix}_body.txt", context)
        try:
            html = render_to_string(f"{email.template_prefix}_body.html", context)
        except TemplateDoesNotExist:
            html = None
        message = _OutboxMessage(subject=subject, body=body, to=[recipient.email], headers=headers)
        if html:
            message.attach_alternative(html, "text/html")
        for part in attachments:
            if isinstance(part, registry.AlternativePart):
                message.attach_alternative(part.content, part.mimetype)
            else:
                filename, content, mimetype = part
                message.attach(filename, content, mimetype)
    email.subject = subject[:300]
    return message


def _due(now: datetime) -> Q:
    return (
        Q(sent_at=None, failed_at=None, due_at__lte=now)
        & (Q(next_attempt_at=None) | Q(next_attempt_at__lte=now))
        & (Q(claimed_until=None) | Q(claimed_until__lt=now))
    )


def _claim(email_id: int, now: datetime, *, sent: OutboundEmail | None = None) -> bool:
    """Takes one due email for this sweep; a conditional UPDATE, so two sweeps never both get it. ``sent`` (the
    sweep's previous email, handed over to the mail server) is marked sent in the same statement on PostgreSQL, so
    each email costs one commit, not two."""
    if sent is not None and db_connection.vendor != "postgresql":
        _mark_sent(sent)
        sent = None
    if sent is None:
        return bool(OutboundEmail.objects.filter(_due(now), pk=email_id).update(claimed_until=now + CLAIM_LEASE))
    table = db_connection.ops.quote_name(OutboundEmail._meta.db_table)
    with db_connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH marked AS (
                UPDATE {table} SET sent_at = %(sent_at)s, subject = %(subject)s,
                    unsubscribe_token_hash = %(token_hash)s, claimed_until = NULL
                WHERE id = %(sent_id)s AND sent_at IS NULL
            )
            UPDATE {table} SET claimed_until = %(lease)s
            WHERE id = %(id)s AND sent_at IS NULL AND failed_at IS NULL AND due_at <= %(now)s
                AND (next_attempt_at IS NULL OR next_attempt_at <= %(now)s)
                AND (claimed_until IS NULL OR claimed_until < %(now)s)
            """,
            {
                "sent_at": sent.sent_at,
                "subject": sent.subject,
                "token_hash": sent.unsubscribe_token_hash,
                "sent_id": sent.pk,
                "lease": now + CLAIM_LEASE,
                "id": email_id,
                "now": now,
            },
        )
        return bool(cursor.rowcount)


def _mark_sent(email: OutboundEmail) -> None:
    OutboundEmail.objects.filter(pk=email.pk, sent_at=None).update(
        sent_at=email.sent_at,
        subject=email.subject,
        unsubscribe_token_hash=email.unsubscribe_token_hash,
        claimed_until=None,
    )


def _connection_reopen(connection) -> None:
    """After a failed send the SMTP conversation may be broken (the server hung up): start a new one. If the server
    cannot be reached, each message's own send tries again and fails on its own."""
    try:
        connection.close()
    except Exception:  # noqa: BLE001 - closing a connection that is already gone
        pass
    try:
        connection.open()
    except Exception as error:  # noqa: BLE001 - reported by the next message's send
        logger.warning("Could not reconnect to the mail server: %s", error)


def outbox_send_due(*, now: datetime | None = None, batch_size: int = 200) -> dict[str, int]:
    """Sends what is due, at most ``batch_size`` emails. A failure is retried with back-off and, after MAX_ATTEMPTS,
    marked failed; the rest go on.

    The batch's rows, recipients and everything their contexts refer to are read with one query each, and the
    emails go over one mail-server connection. Each email is still claimed (a lease) just before it is sent and
    marked sent as soon as the server has taken it, each committed on its own: a worker that dies mid-batch leaves
    at most the one email it was sending in doubt, and the rest of the batch free for the next sweep at once (a
    batch claimed and marked all at once would leave the whole batch to be sent again). Marking one email sent and
    claiming the next is one statement, so each email costs one commit."""
    now = now or timezone.now()
    result = {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
    due_ids = list(
        OutboundEmail.objects.filter(_due(now)).order_by("due_at", "pk").values_list("pk", flat=True)[:batch_size]
    )
    if not due_ids:
        return result
    emails = list(OutboundEmail.objects.select_related("recipient").filter(pk__in=due_ids).order_by("due_at", "pk"))
    contexts = contexts_resolve([email.context for email in emails])
    connection = get_connection()
    _connection_reopen(connection)
    sent = None  # handed over to the mail server, marked sent with the next claim (or at the end)
    try:
        for email, context in zip(emails, contexts, strict=True):
            claimed, sent = _claim(email.pk, now, sent=sent), None
            if not claimed:
                continue  # another sweep has it, or has sent it since the batch was read
            outcome = _send_one(email, context, connection=connection, now=now)
            if outcome == "sent":
                sent = email
            result[outcome] += 1
    finally:
        if sent is not None:
            _mark_sent(sent)
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - the server hung up first; everything sent is recorded already
            pass
    return result


def _send_one(email: OutboundEmail, context: dict, *, connection, now: datetime) -> str:
    """Sends one claimed email over ``connection`` and records the outcome; returns it (a key of the result)."""
    if any(value is None for value in context.values()) or not registry.still_wanted(
        template_prefix=email.template_prefix, context=context
    ):
        # What it was about no longer exists, or the app that queued it says it has moved on (a nudge to answer
        # a co-coaching proposal that has been answered).
        OutboundEmail.objects.filter(pk=email.pk).update(
            failed_at=now, claimed_until=None, last_error="Not sent: no longer needed."
        )
        return "skipped"
    try:
        message = _render(email, dict(context))
        message.connection = connection
        message.send()
    except Exception as error:  # SMTP refused, connection lost, a template error: retry, then give up
        logger.warning("Email %s to %s failed: %s", email.pk, email.recipient.email, error)
        attempts = email.attempts + 1
        failed = attempts >= MAX_ATTEMPTS
        OutboundEmail.objects.filter(pk=email.pk).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            claimed_until=None,
            next_attempt_at=now + timedelta(minutes=2**attempts),
            failed_at=now if failed else None,
        )
        _connection_reopen(connection)
        return "failed" if failed else "retrying"
    email.sent_at = timezone.now()  # recorded by the sweep's next statement (``_claim``) or at its end
    return "sent"


@transaction.atomic
def outbox_retry_failed(*, emails) -> int:
    """Puts failed emails back in the queue (the admin's "retry failed" action)."""
    return (
        emails.filter(sent_at=None)
        .exclude(failed_at=None)
        .update(failed_at=None, attempts=0, next_attempt_at=None, claimed_until=None, due_at=timezone.now())
    )


@transaction.atomic
def digest_unsubscribe(*, token: str, less_often: bool) -> selectors.UnsubscribeState:
    """Stops the digests of the person the link was sent to or, if they asked for ``less_often`` and get them
    weekly, makes them monthly. Each link works once: it is claimed with a conditional UPDATE, so two POSTs at once
    (a mail client and a person) change the settings once."""
    email = selectors.digest_email_by_unsubscribe_token(token=token)
    if email is None:
        return selectors.UnsubscribeState.UNKNOWN
    claimed = OutboundEmail.objects.filter(pk=email.pk, unsubscribe_used_at=None).update(
        unsubscribe_used_at=timezone.now()
    )
    if not claimed:
        return selectors.UnsubscribeState.USED
    chosen = settings_for(email.recipient)
    less_often = less_often and chosen.digest == DigestFrequency.WEEKLY
    chosen.digest = DigestFrequency.MONTHLY if less_often else DigestFrequency.NEVER
    chosen.save(update_fields=["digest", "updated_at"])
    return selectors.UnsubscribeState.LESS if less_often else selectors.UnsubscribeState.STOPPED


SENT_MAIL_LOG_KEPT = timedelta(days=90)


@transaction.atomic
def emails_pending_drop(*, user) -> int:
    """Deletes every email to ``user`` not yet sent or given up on (they are deleting their account)."""
    return OutboundEmail.objects.filter(recipient=user, sent_at=None, failed_at=None).delete()[0]


def sent_mail_log_purge(*, now: datetime | None = None) -> int:
    """Deletes sent and failed emails from the log 90 days after they were sent or given up on."""
    cutoff = (now or timezone.now()) - SENT_MAIL_LOG_KEPT
    return OutboundEmail.objects.filter(Q(sent_at__lt=cutoff) | Q(failed_at__lt=cutoff)).delete()[0]
