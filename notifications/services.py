"""The outbox: every email a change causes is a row written in that change's transaction, sent by a sweep."""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
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
    resolved = {}
    for key, value in context.items():
        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and "." in value[0]:
            resolved[key] = apps.get_model(value[0]).objects.filter(pk=value[1]).first()
        elif isinstance(value, dict) and value.get("model") and isinstance(value.get("ids"), list):
            model = apps.get_model(value["model"])
            rows = {row.pk: row for row in model.objects.filter(pk__in=value["ids"])}
            resolved[key] = [rows[pk] for pk in value["ids"] if pk in rows]
        else:
            resolved[key] = value
    return resolved


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


def _claim(email_id: int, now: datetime) -> bool:
    """Takes one due email for this sweep; a conditional UPDATE, so two sweeps never both get it."""
    return bool(
        OutboundEmail.objects.filter(pk=email_id, sent_at=None, failed_at=None)
        .filter(Q(claimed_until=None) | Q(claimed_until__lt=now))
        .update(claimed_until=now + CLAIM_LEASE)
    )


def outbox_send_due(*, now: datetime | None = None, batch_size: int = 200) -> dict[str, int]:
    """Sends what is due. A failure is retried with back-off and, after MAX_ATTEMPTS, marked failed; the rest go on."""
    now = now or timezone.now()
    result = {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
    due_ids = list(
        OutboundEmail.objects.filter(sent_at=None, failed_at=None, due_at__lte=now)
        .filter(Q(next_attempt_at=None) | Q(next_attempt_at__lte=now))
        .filter(Q(claimed_until=None) | Q(claimed_until__lt=now))
        .order_by("due_at", "pk")
        .values_list("pk", flat=True)[:batch_size]
    )
    for email_id in due_ids:
        if not _claim(email_id, now):
            continue
        email = OutboundEmail.objects.select_related("recipient").get(pk=email_id)
        context = resolve_context(email.context)
        if any(value is None for value in context.values()) or not registry.still_wanted(
            template_prefix=email.template_prefix, context=context
        ):
            # What it was about no longer exists, or the app that queued it says it has moved on (a nudge to answer
            # a co-coaching proposal that has been answered).
            OutboundEmail.objects.filter(pk=email.pk).update(
                failed_at=now, claimed_until=None, last_error="Not sent: no longer needed."
            )
            result["skipped"] += 1
            continue
        try:
            message = _render(email, context)
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
            result["failed" if failed else "retrying"] += 1
            continue
        OutboundEmail.objects.filter(pk=email.pk, sent_at=None).update(
            sent_at=timezone.now(),
            subject=email.subject,
            unsubscribe_token_hash=email.unsubscribe_token_hash,
            claimed_until=None,
        )
        result["sent"] += 1
    return result


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
