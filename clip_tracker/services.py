import json
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from notifications.services import email_enqueue, model_ref
from portal.bilingual import localised
from portal.rich_text import rich_text_as_plain
from portal.spreadsheet import csv_text

from . import selectors
from .models import (
    FINISHED_STATUSES,
    Action,
    ActionFollower,
    ActionNarrative,
    ClipEmailKind,
    Department,
    KeyTerm,
    Plan,
    ProgressUpdate,
    ProposalOutcome,
    PublishedReport,
    ReportErratum,
    ReportingPeriod,
    ReportPdf,
    Status,
    StatusChange,
    Theme,
    ThemePeriodNote,
    period_label_from_dates,
)


class ClipError(Exception):
    """A change that cannot be made; ``str()`` is a message for the person who asked."""


PERIOD_CLOSED = _("The report for %(label)s has been published, so that period is closed and nothing in it can change.")


NOT_TAKING_UPDATES = _("%(label)s is not the period updates are being written for, so your update was not saved.")


def period_label(period: ReportingPeriod) -> str:
    """The period's label in the language being used."""
    return (period.label_cy or period.label) if translation.get_language() == "cy" else period.label


def _refuse_if_closed(period: ReportingPeriod) -> ReportingPeriod:
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.is_closed:
        raise ClipError(PERIOD_CLOSED % {"label": period_label(period)})
    return period


def _labels_or_from_dates(label: str, label_cy: str, *, starts_on, ends_on) -> tuple[str, str]:
    """A name left empty is made from the dates in its own language, so the Welsh pages never show an English
    period name for want of typing one."""
    label, label_cy = (label or "").strip(), (label_cy or "").strip()
    if starts_on and ends_on:
        label = label or period_label_from_dates(starts_on, ends_on, language="en")
        label_cy = label_cy or period_label_from_dates(starts_on, ends_on, language="cy")
    return label, label_cy


@transaction.atomic
def period_open(
    *,
    plan: Plan,
    label: str,
    starts_on,
    ends_on,
    update_deadline,
    label_cy: str = "",
    make_current: bool = False,
    acting_user=None,
) -> ReportingPeriod:
    """Opens a reporting period of the plan (checked by ``ReportingPeriod.clean``: dates in order, no overlap with
    another period); it becomes the current one only when asked."""
    label, label_cy = _labels_or_from_dates(label, label_cy, starts_on=starts_on, ends_on=ends_on)
    period = ReportingPeriod(
        plan=plan,
        label=label,
        label_cy=label_cy,
        starts_on=starts_on,
        ends_on=ends_on,
        update_deadline=update_deadline,
    )
    period.full_clean()
    period.save()
    if make_current:
        period_make_current(period=period, acting_user=acting_user)
        period.refresh_from_db()
    return period


@transaction.atomic
def period_make_current(*, period: ReportingPeriod, acting_user=None) -> ReportingPeriod:
    """Makes this open period the one holders write for, and no other period of its plan current."""
    Plan.objects.select_for_update().get(pk=period.plan_id)  # one change of current period at a time per plan
    period = _refuse_if_closed(period)
    ReportingPeriod.objects.filter(plan_id=period.plan_id, is_current=True).exclude(pk=period.pk).update(
        is_current=False
    )
    if not period.is_current:
        period.is_current = True
        period.save(update_fields=["is_current"])
    return period


REPORT_TEXT_FIELDS = (
    "report_title",
    "report_title_cy",
    "publication_date",
    "introduction",
    "introduction_cy",
    "progress_preamble",
    "progress_preamble_cy",
    "conclusion",
    "conclusion_cy",
    "contact",
    "contact_cy",
)
PERIOD_FIELDS = ("label", "label_cy", "starts_on", "ends_on", "update_deadline")


@transaction.atomic
def period_details_update(*, period: ReportingPeriod, acting_user=None, **fields) -> ReportingPeriod:
    """Changes an open period's dates, labels or report text (``PERIOD_FIELDS``, ``REPORT_TEXT_FIELDS``)."""
    unknown = set(fields) - set(PERIOD_FIELDS) - set(REPORT_TEXT_FIELDS)
    if unknown:
        raise TypeError(f"not a period field: {', '.join(sorted(unknown))}")
    period = _refuse_if_closed(period)
    for name, value in fields.items():
        setattr(period, name, value.strip() if isinstance(value, str) else value)
    if {"label", "label_cy"} & set(fields):
        period.label, period.label_cy = _labels_or_from_dates(
            period.label, period.label_cy, starts_on=period.starts_on, ends_on=period.ends_on
        )
        fields = {**fields, "label": period.label, "label_cy": period.label_cy}
    period.full_clean()
    period.save(update_fields=list(fields))
    return period


THEME_NOTE_FIELDS = ("introduction", "introduction_cy", "learning", "learning_cy", "top_tips", "top_tips_cy")


@transaction.atomic
def theme_note_update(*, period: ReportingPeriod, theme: Theme, acting_user=None, **fields) -> ThemePeriodNote:
    """Writes a theme's section of an open period's report: introduction, what we are learning, top tips."""
    unknown = set(fields) - set(THEME_NOTE_FIELDS)
    if unknown:
        raise TypeError(f"not a theme section field: {', '.join(sorted(unknown))}")
    period = _refuse_if_closed(period)
    if theme.plan_id != period.plan_id:
        raise ClipError(_("Choose a theme of the same plan."))
    note, _created = ThemePeriodNote.objects.update_or_create(
        theme=theme, period=period, defaults={name: value.strip() for name, value in fields.items()}
    )
    return note


MAX_KEY_TERMS = 60


@transaction.atomic
def key_terms_replace(*, period: ReportingPeriod, terms: list[dict], acting_user=None) -> list[KeyTerm]:
    """Sets an open period's key terms, in the order given (each a dict of term, term_cy, definition,
    definition_cy)."""
    period = _refuse_if_closed(period)
    if len(terms) > MAX_KEY_TERMS:
        raise ClipError(_("A report can explain at most %(count)s key terms.") % {"count": MAX_KEY_TERMS})
    KeyTerm.objects.filter(period=period).delete()
    return KeyTerm.objects.bulk_create(
        KeyTerm(
            period=period,
            position=position,
            term=term["term"].strip(),
            term_cy=term.get("term_cy", "").strip(),
            definition=term["definition"].strip(),
            definition_cy=term.get("definition_cy", "").strip(),
        )
        for position, term in enumerate(terms)
    )


@transaction.atomic
def action_narrative_compose(
    *, action: Action, period: ReportingPeriod, narrative: str, acting_user, narrative_cy: str = ""
) -> ActionNarrative:
    """Sets what the period's report says about an action (the narrative of record), until the report is
    published. An action reported with another has its narrative there."""
    period = _refuse_if_closed(period)
    if action.plan_id != period.plan_id:
        raise ClipError(_("Choose an action of the same plan."))
    if action.reported_with_id:
        raise ClipError(
            _("Action %(number)s is reported with action %(other)s: write the progress there.")
            % {"number": action.number, "other": action.reported_with.number}
        )
    if not narrative.strip():
        raise ClipError(_("Write what the report should say about this action."))
    record, _created = ActionNarrative.objects.update_or_create(
        action=action,
        period=period,
        defaults={"narrative": narrative.strip(), "narrative_cy": narrative_cy.strip(), "composed_by": acting_user},
    )
    return record


def _proposal_for_decision(update: ProgressUpdate) -> ProgressUpdate:
    update = ProgressUpdate.objects.select_for_update().select_related("action", "period").get(pk=update.pk)
    if update.proposal_outcome != ProposalOutcome.PENDING:
        raise ClipError(_("This proposal has already been answered."))
    if update.period.is_closed:
        raise ClipError(PERIOD_CLOSED % {"label": period_label(update.period)})
    return update


def _proposal_answered(update: ProgressUpdate, *, outcome: str, acting_user, reply: str) -> None:
    update.proposal_outcome = outcome
    update.proposal_decided_by = acting_user
    update.proposal_decided_at = timezone.now()
    update.proposal_reply = reply.strip()
    update.save(update_fields=["proposal_outcome", "proposal_decided_by", "proposal_decided_at", "proposal_reply"])
    if update.author_id and update.author_id != getattr(acting_user, "pk", None):
        email_enqueue(
            recipient_id=update.author_id,
            kind=ClipEmailKind.CLIP,
            dedupe_key=f"proposal-answered:{update.pk}",
            template_prefix="clip_tracker/email/proposal_answered",
            context={"action": model_ref(update.action), "update": model_ref(update)},
        )


@transaction.atomic
def proposal_accept(*, update: ProgressUpdate, acting_user, reason: str = "") -> Action:
    """Makes the status a holder proposed the action's status (audited like any change) and tells the holder."""
    update = _proposal_for_decision(update)
    action = Action.objects.get(pk=update.action_id)
    default_reason = gettext("Accepted the status proposed in the update of %(date)s.") % {
        "date": formats.date_format(timezone.localtime(update.created_at), "j F Y")
    }
    action = (
        action_status_change(
            action=action,
            to_status=update.proposed_status,
            reason=reason.strip() or default_reason,
            acting_user=acting_user,
            expected_version=action.version,
        )
        if update.proposed_status != action.status
        else action
    )
    _proposal_answered(update, outcome=ProposalOutcome.ACCEPTED, acting_user=acting_user, reply=reason)
    return action


@transaction.atomic
def proposal_reject(*, update: ProgressUpdate, acting_user, reply: str) -> ProgressUpdate:
    """Keeps the action's status, and tells the holder why."""
    if not reply.strip():
        raise ClipError(_("Say why the proposed status is not being accepted."))
    update = _proposal_for_decision(update)
    _proposal_answered(update, outcome=ProposalOutcome.REJECTED, acting_user=acting_user, reply=reply)
    return update


@transaction.atomic
def report_pdf_save(*, period: ReportingPeriod, language: str, source_digest: str, content: bytes) -> ReportPdf:
    """Keeps a published report's PDF, in place of any made from an earlier version of its sources."""
    if not period.is_closed:
        raise ClipError(_("This report is still a draft: change the report itself."))
    pdf, _created = ReportPdf.objects.update_or_create(
        period=period, language=language, defaults={"source_digest": source_digest, "content": content}
    )
    return pdf


@transaction.atomic
def erratum_add(*, period: ReportingPeriod, text: str, acting_user, text_cy: str = "") -> ReportErratum:
    """Adds a dated correction to a published report (the report itself never changes)."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if not period.is_closed:
        raise ClipError(_("This report is still a draft: change the report itself."))
    if not text.strip():
        raise ClipError(_("Write the correction."))
    return ReportErratum.objects.create(
        period=period, text=text.strip(), text_cy=text_cy.strip(), created_by=acting_user
    )


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
    """Adds a progress update to an open period; nothing earlier is changed (a correction points at what it
    corrects). A proposed status waits for a coordinator."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.is_closed:
        raise ClipError(PERIOD_CLOSED % {"label": period_label(period)})
    if period != selectors.period_for_updates(plan=action.plan):
        # Not an old period past its deadline, nor one opened ahead: updates go where the coordinators chose.
        raise ClipError(NOT_TAKING_UPDATES % {"label": period_label(period)})
    if not narrative.strip():
        raise ClipError(_("Write what has happened in this period."))
    if proposed_status and proposed_status not in Status.values:
        raise ClipError(_("Choose one of the statuses listed."))
    if corrects is not None and corrects.action_id != action.pk:
        raise ClipError(_("A correction must be about the same action."))
    return ProgressUpdate.objects.create(
        action=action,
        period=period,
        status=action.status,
        proposed_status=proposed_status,
        proposal_outcome=ProposalOutcome.PENDING if proposed_status else "",
        narrative=narrative.strip(),
        narrative_cy=narrative_cy.strip(),
        corrects=corrects,
        author=author,
    )


STALE = _("Someone else changed this action since you opened it. Check the latest details and try again.")
# What a spreadsheet may change about an action besides its status (which has its own audited service).
DETAIL_FIELDS = ("theme", "title", "title_cy", "commitment", "commitment_cy", "department", "target_date")


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
def department_ensure(*, name: str, name_cy: str = "") -> Department:
    """The department of this name on the managed list, added if new (its Welsh name filled in if missing)."""
    department, created = Department.objects.get_or_create(name=name.strip(), defaults={"name_cy": name_cy.strip()})
    if not created and name_cy and not department.name_cy:
        department.name_cy = name_cy.strip()
        department.save(update_fields=["name_cy"])
    return department


@transaction.atomic
def action_tags_set(*, action: Action, topics: list, acting_user=None) -> Action:
    """Tags an action with the ways of working and well-being goals it serves."""
    if any(topic.kind not in ("way", "goal") for topic in topics):
        raise ClipError(_("Tag actions only with ways of working and well-being goals."))
    action.topics.set(topics)
    return action


MAX_HOLDERS = 12


_UNCHANGED = object()


@transaction.atomic
def action_holders_set(
    *, action: Action, holders: list, lead=None, department=_UNCHANGED, expected_version=None, acting_user=None
) -> Action:
    """Names the people who hold an action, which of them leads (one of them; the only one if there is one), and
    optionally its department; with ``expected_version``, only if nobody has changed the action since it was read.
    Reminders and "my actions" follow the holders."""
    holders = list(dict.fromkeys(holders))
    if len(holders) > MAX_HOLDERS:
        raise ClipError(_("An action can have at most %(count)s holders.") % {"count": MAX_HOLDERS})
    if lead is not None and lead not in holders:
        raise ClipError(_("The lead holder must be one of the action’s holders."))
    if lead is None and len(holders) == 1:
        lead = holders[0]
    changes = {"lead_holder_id": lead.pk if lead is not None else None}
    if department is not _UNCHANGED:
        changes["department"] = department
    rows = Action.objects.filter(pk=action.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    if not rows.update(**changes, version=F("version") + 1, updated_at=timezone.now()):
        raise ClipError(STALE)
    action.holders.set(holders)
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
def period_publish(*, period: ReportingPeriod, acting_user, today=None) -> ReportingPeriod:
    """Publishes an ended period's report as it stands now, in both languages and formats, and records who
    published it and when; the period is then closed and its report never changes (corrections are errata)."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.published_at:
        raise ClipError(_("This report has already been published."))
    if today is None:
        today = timezone.localdate()
    if today <= period.ends_on:
        raise ClipError(
            _("This period runs until %(date)s: publish its report after it has ended.")
            % {"date": formats.date_format(period.ends_on, "j F Y")}
        )
    if period.publication_date is None:
        period.publication_date = today
        period.save(update_fields=["publication_date"])
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


OPEN_GOVERNMENT_LICENCE = "Open Government Licence v3.0"
OPEN_GOVERNMENT_LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
# The report as open data, one row per action: each column's key (the JSON's, the same in both languages) and its
# CSV header (in the report's language). The CSV also carries the licence on every row.
REPORT_COLUMNS = (
    ("theme", _("Theme")),
    ("number", _("Action number")),
    ("title", _("Title")),
    ("commitment", _("Our commitment")),
    ("status", _("Status")),
    ("progress", _("Progress")),
    ("reported_with", _("Reported with action")),
    ("target_date", _("Target date")),
    ("department", _("Department")),
    ("tags", _("Ways of working and well-being goals")),
)


def _rows(report):
    """Each action in report order, in the language active now (English where there is no Welsh): its words as
    plain text and the narrative of record of its heading (an action reported with another carries that one's)."""
    for theme in report["themes"]:
        for entry in theme.report_entries:
            progress = rich_text_as_plain(localised(entry.narrative, "narrative").text) if entry.narrative else ""
            for action in entry.actions:
                yield {
                    "theme": theme.number,
                    "number": action.number,
                    "title": localised(action, "title").text,
                    "commitment": rich_text_as_plain(localised(action, "commitment").text),
                    "status": str(action.get_status_display()),
                    "progress": progress,
                    "reported_with": action.reported_with.number if action.reported_with_id else "",
                    "target_date": action.target_date.isoformat() if action.target_date else "",
                    "department": localised(action.department, "name").text if action.department else "",
                    "tags": "; ".join(localised(topic, "name").text for topic in action.tags),
                }


def report_csv(report) -> str:
    """The report's rows as CSV, headers in the language active now, the licence in the last column."""
    licence = gettext("Licence")
    return csv_text(
        header=[*(str(label) for _key, label in REPORT_COLUMNS), licence],
        rows=([*(row[key] for key, _label in REPORT_COLUMNS), OPEN_GOVERNMENT_LICENCE] for row in _rows(report)),
    )


def report_json(report) -> str:
    """The report's rows as JSON with stable English keys, saying its language, period and licence."""
    period = report["period"]
    return json.dumps(
        {
            "title": localised(period, "report_title").text or localised(period.plan, "title").text,
            "period": period_label(period),
            "language": translation.get_language(),
            "licence": OPEN_GOVERNMENT_LICENCE,
            "licence_url": OPEN_GOVERNMENT_LICENCE_URL,
            "actions": list(_rows(report)),
        },
        ensure_ascii=False,
        indent=2,
    )


def holder_reminders_queue(*, today=None, now_by=None) -> int:
    """Reminds holders whose actions have no update yet: when a period opens, a week before its deadline, and
    whenever a coordinator asks (``now_by``; once a day at most). Each reminder is queued once however often this
    runs, at once or after a crash halfway: its dedupe key names the period, the moment and the action."""
    today = today or timezone.localdate()
    plan = selectors.plan_current()
    period = selectors.period_current(plan=plan) if plan else None
    if period is None or period.is_closed:
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
