import json
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from notifications.services import email_enqueue, model_ref
from portal.rich_text import rich_text_as_plain
from portal.spreadsheet import csv_text

from . import selectors
from .models import (
    FINISHED_STATUSES,
    Action,
    ActionFollower,
    ClipEmailKind,
    ProgressUpdate,
    PublishedReport,
    ReportingPeriod,
    Status,
    StatusChange,
)


class ClipError(Exception):
    """A change that cannot be made; ``str()`` is a message for the person who asked."""


@transaction.atomic
def action_update_record(
    *,
    action: Action,
    period: ReportingPeriod,
    narrative: str,
    author,
    narrative_cy: str = "",
    proposed_status: str = "",
    corrects: ProgressUpdate | None = None,
) -> ProgressUpdate:
    """Adds a progress update; nothing earlier is changed (a correction points at what it corrects)."""
    if not narrative.strip():
        raise ClipError(_("Write what has happened in this period."))
    if corrects is not None and corrects.action_id != action.pk:
        raise ClipError(_("A correction must be about the same action."))
    return ProgressUpdate.objects.create(
        action=action,
        period=period,
        status=action.status,
        proposed_status=proposed_status,
        narrative=narrative.strip(),
        narrative_cy=narrative_cy.strip(),
        corrects=corrects,
        author=author,
    )


STALE = _("Someone else changed this action since you opened it. Check the latest details and try again.")
# What a spreadsheet may change about an action besides its status (which has its own audited service).
DETAIL_FIELDS = ("theme", "title", "title_cy", "commitment", "commitment_cy", "holder_team", "target_date")


@transaction.atomic
def action_create(*, plan, number: str, status: str = Status.NOT_STARTED, **details) -> Action:
    """Adds an action to the plan with the details given (see ``DETAIL_FIELDS``)."""
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise TypeError(f"not an action detail: {', '.join(sorted(unknown))}")
    return Action.objects.create(plan=plan, number=number, status=status, **details)


@transaction.atomic
def action_details_update(*, action: Action, expected_version: int, **details) -> Action:
    """Changes an action's theme, titles, commitments, holding team or target date, only if nobody has changed the
    action since ``expected_version`` was read; nothing happens when they are already as given."""
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise TypeError(f"not an action detail: {', '.join(sorted(unknown))}")
    if all(getattr(action, name) == value for name, value in details.items()):
        return action
    if "theme" in details and details["theme"].plan_id != action.plan_id:
        raise ClipError(_("Choose a theme of the same plan."))
    changed = Action.objects.filter(pk=action.pk, version=expected_version).update(
        **details, version=F("version") + 1, updated_at=timezone.now()
    )
    if not changed:
        raise ClipError(STALE)
    action.refresh_from_db()
    return action


@transaction.atomic
def action_status_change(
    *,
    action: Action,
    to_status: str,
    reason: str,
    acting_user,
    expected_version: int,
    merged_into: Action | None = None,
) -> Action:
    """Changes an action's status if nobody else has changed the action since the form was opened, records who
    changed it and why, and emails its followers and holders."""
    if to_status not in Status.values:
        raise ClipError(_("Choose one of the statuses listed."))
    if not reason.strip():
        raise ClipError(_("Say why the status is changing."))
    if to_status == Status.MERGED and (merged_into is None or merged_into.pk == action.pk):
        raise ClipError(_("Say which action this one has been merged into."))
    from_status = Action.objects.filter(pk=action.pk).values_list("status", flat=True).first()
    changed = Action.objects.filter(pk=action.pk, version=expected_version).update(
        status=to_status,
        merged_into=merged_into if to_status == Status.MERGED else None,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if not changed:
        raise ClipError(STALE)
    change = StatusChange.objects.create(
        action=action, from_status=from_status, to_status=to_status, reason=reason.strip(), changed_by=acting_user
    )
    people = {f.user_id for f in action.followers.all()} | {h.pk for h in action.holders.all()}
    for person_id in sorted(people - {getattr(acting_user, "pk", None)}):
        email_enqueue(
            recipient_id=person_id,
            kind=ClipEmailKind.CLIP,
            dedupe_key=f"status-change:{change.pk}",
            template_prefix="clip_tracker/email/status_changed",
            context={"action": model_ref(action), "change": model_ref(change)},
        )
    action.refresh_from_db()
    return action


@transaction.atomic
def action_follow_toggle(*, action: Action, user) -> bool:
    """Follows the action, or stops following it; returns whether the person now follows it."""
    deleted, _rows = ActionFollower.objects.filter(action=action, user=user).delete()
    if deleted:
        return False
    ActionFollower.objects.create(action=action, user=user)
    return True


@transaction.atomic
def period_publish(*, period: ReportingPeriod, acting_user) -> ReportingPeriod:
    """Publishes a period's report as it stands now, in both languages and formats, and records who published it;
    it never changes after."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.published_at:
        raise ClipError(_("This report has already been published."))
    for language in ("en", "cy"):
        with translation.override(language):
            report = selectors.report_for(period=period)
            PublishedReport.objects.create(
                period=period,
                language=language,
                format="html",
                content=render_to_string("clip_tracker/_report_body.html", report),
            )
            PublishedReport.objects.create(period=period, language=language, format="csv", content=report_csv(report))
            PublishedReport.objects.create(period=period, language=language, format="json", content=report_json(report))
    period.published_at, period.published_by = timezone.now(), acting_user
    period.save(update_fields=["published_at", "published_by"])
    return period


REPORT_COLUMNS = ["theme", "number", "title", "status", "reported_with", "progress", "progress_cy", "updated"]


def _rows(report):
    for theme in report["themes"]:
        for action in theme.report_actions:
            update = action.period_update
            yield {
                "theme": theme.number,
                "number": action.number,
                "title": action.title,
                "status": action.status,
                "reported_with": action.reported_with.number if action.reported_with else "",
                "progress": rich_text_as_plain(update.narrative) if update else "",
                "progress_cy": rich_text_as_plain(update.narrative_cy) if update else "",
                "updated": update.created_at.date().isoformat() if update else "",
            }


def report_csv(report) -> str:
    return csv_text(header=REPORT_COLUMNS, rows=([row[name] for name in REPORT_COLUMNS] for row in _rows(report)))


def report_json(report) -> str:
    return json.dumps(
        {"period": report["period"].label, "licence": "Open Government Licence v3.0", "actions": list(_rows(report))},
        ensure_ascii=False,
        indent=2,
    )


def holder_reminders_queue(*, today=None, now_by=None) -> int:
    """Reminds holders whose actions have no update yet: when a period opens, a week before its deadline, and
    whenever a coordinator asks (``now_by``; once a day at most). Each reminder is queued once however often this
    runs, at once or after a crash halfway: its dedupe key names the period, the moment and the action."""
    from .selectors import period_current, plan_current

    today = today or timezone.localdate()
    plan = plan_current()
    period = period_current(plan=plan) if plan else None
    if period is None:
        return 0
    if now_by is not None:
        moment = f"asked-{today.isoformat()}"
    elif today > period.update_deadline:
        return 0
    elif period.starts_on <= today < period.starts_on + timedelta(days=7):
        moment = "opens"
    elif period.update_deadline - timedelta(days=7) <= today:
        moment = "week-before"
    else:
        return 0
    waiting = (
        Action.objects.filter(plan=plan)
        .exclude(updates__period=period)
        .exclude(status__in=FINISHED_STATUSES)
        .prefetch_related("holders")
    )
    queued = 0
    for action in waiting:
        for holder in action.holders.all():
            email_enqueue(
                recipient=holder,
                kind=ClipEmailKind.CLIP,
                dedupe_key=f"period:{period.pk}:{moment}:{action.pk}",
                template_prefix="clip_tracker/email/update_due",
                context={"action": model_ref(action), "period": model_ref(period)},
            )
            queued += 1
    return queued
