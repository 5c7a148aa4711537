import re
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.selectors import user_is_coordinator
from communities.models import Topic
from notifications.models import OutboundEmail
from portal.rich_text import clean_stored_report_html

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
)

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,50}$")


def plan_current() -> Plan | None:
    """The newest published plan. A plan being prepared in the admin stays out of sight until it is published."""
    return Plan.objects.filter(is_published=True).order_by("-starts_on").first()


def period_current(*, plan: Plan) -> ReportingPeriod | None:
    """The period a coordinator has made current (one per plan at most)."""
    return plan.periods.filter(is_current=True).first() if plan else None


def periods_current_and_for_updates(*, plan: Plan) -> tuple[ReportingPeriod | None, ReportingPeriod | None]:
    """The current period, and where a holder's update goes now: the current period while its report is
    unpublished; once it is published, the next period a coordinator has opened after it (None until there is one)."""
    current = period_current(plan=plan)
    if current is None or not current.is_closed:
        return current, current
    following = (
        plan.periods.filter(published_at__isnull=True, starts_on__gt=current.starts_on).order_by("starts_on").first()
    )
    return current, following


def period_for_updates(*, plan: Plan) -> ReportingPeriod | None:
    return periods_current_and_for_updates(plan=plan)[1]


def period_of_plan(*, plan: Plan, pk) -> ReportingPeriod:
    """One of the plan's periods by id; 404 if none."""
    period = plan.periods.filter(pk=pk).first() if str(pk).isdecimal() and len(str(pk)) < 19 else None
    if period is None:
        raise Http404
    return period


def departments_all() -> QuerySet:
    return Department.objects.all()


def periods_of(*, plan: Plan) -> QuerySet:
    return plan.periods.all()


def periods_published() -> QuerySet:
    """Every published report's period, newest first: what anyone may read without signing in."""
    return ReportingPeriod.objects.filter(published_at__isnull=False).order_by("-starts_on")


def plan_holders(*, plan: Plan) -> QuerySet:
    """Everyone who holds an action of the plan, by name (the dashboard's holder filter)."""
    return User.objects.filter(clip_actions__plan=plan).distinct().order_by("display_name")


def topics_for_dashboard() -> QuerySet:
    """The five ways of working and the seven well-being goals (the dashboard's topic filter)."""
    return Topic.objects.filter(kind__in=["way", "goal"])


@dataclass(frozen=True)
class DashboardFilters:
    theme: int | None = None
    status: str = ""
    holder: int | None = None
    topic: str = ""

    @classmethod
    def from_query(cls, data) -> "DashboardFilters":
        """Anything that is not a plausible value is dropped: the dashboard then shows everything."""

        def as_int(value, largest):
            # ASCII digits only: "²" passes isdigit() but int() refuses it.
            value = str(value)
            if not (value.isascii() and value.isdecimal()) or len(value) > len(str(largest)):
                return None
            return int(value) if 1 <= int(value) <= largest else None

        status = data.get("status", "")
        topic = str(data.get("topic", ""))
        return cls(
            theme=as_int(data.get("theme", ""), 32767),
            status=status if status in Status.values else "",
            holder=as_int(data.get("holder", ""), 2**63 - 1),
            topic=topic if SLUG.match(topic) else "",
        )


def dashboard_for(*, plan: Plan, period: ReportingPeriod | None, filters: DashboardFilters) -> dict:
    """Counts by theme and status, and the actions needing attention: a fixed number of queries."""
    actions = Action.objects.filter(plan=plan)
    if filters.theme:
        actions = actions.filter(theme__number=filters.theme)
    if filters.status:
        actions = actions.filter(status=filters.status)
    if filters.holder:
        actions = actions.filter(holders__pk=filters.holder)
    if filters.topic:
        actions = actions.filter(topics__slug=filters.topic)
    has_update = ProgressUpdate.objects.filter(action=OuterRef("pk"), period=period)
    today = timezone.localdate()
    listed = list(
        actions.annotate(has_update=Exists(has_update))
        .select_related("theme")
        .prefetch_related("holders")
        .distinct()
        .order_by("number_major", "number_minor")
    )
    for action in listed:
        finished = action.status in FINISHED_STATUSES
        action.overdue = bool(action.target_date and action.target_date < today and not finished)
        action.needs_attention = (not action.has_update and not finished) or (
            action.overdue and action.status == Status.ON_TRACK
        )
    counts: dict[int, dict[str, int]] = {}
    for action in listed:  # already loaded: count them here rather than ask the database again
        by_status = counts.setdefault(action.theme.number, {})
        by_status[action.status] = by_status.get(action.status, 0) + 1
    themes = list(Theme.objects.filter(plan=plan))
    rows = [
        {
            "theme": theme,
            "counts": [counts.get(theme.number, {}).get(s, 0) for s in Status.values],
            "total": sum(counts.get(theme.number, {}).values()),
        }
        for theme in themes
    ]
    return {
        "actions": listed,
        "rows": rows,
        "statuses": Status.choices,
        "missing_update": [a for a in listed if not a.has_update and a.status not in FINISHED_STATUSES],
        "overdue": [a for a in listed if a.overdue],
        "themes": themes,
    }


def action_for(*, plan: Plan, number: str) -> Action:
    if "\x00" in number or len(number) > Action._meta.get_field("number").max_length:
        raise Http404  # no such number could be stored; PostgreSQL refuses a NUL in a query
    action = (
        Action.objects.filter(plan=plan, number=number)
        .select_related("theme", "lead_coordinator", "merged_into", "reported_with", "department")
        .prefetch_related("holders", "topics", "communities")
        .first()
    )
    if action is None:
        raise Http404
    return action


def action_by_number(*, plan: Plan, number: str) -> Action | None:
    """The plan's action with this number, or None (as when a status form names the action merged into)."""
    number = number.strip()
    if not number or "\x00" in number or len(number) > Action._meta.get_field("number").max_length:
        return None
    return Action.objects.filter(plan=plan, number=number).first()


UPDATES_TO_CORRECT = 20


def action_updates_recent(*, action: Action) -> list[ProgressUpdate]:
    """The action's latest updates, newest first: those a new update may say it corrects."""
    return list(action.updates.all()[:UPDATES_TO_CORRECT])


def action_update_of(*, action: Action, pk: int | None) -> ProgressUpdate | None:
    """One of the action's own updates, or None."""
    return action.updates.filter(pk=pk).first() if pk else None


def action_followed_by(*, action: Action, user) -> bool:
    return action.followers.filter(user=user).exists()


def action_timeline(*, action: Action) -> list:
    """Updates and status changes together, newest first."""
    updates = list(action.updates.select_related("author", "period", "corrects"))
    changes = list(StatusChange.objects.filter(action=action).select_related("changed_by"))
    return sorted(updates + changes, key=lambda entry: (entry.created_at, entry.pk), reverse=True)


def user_holds(*, action: Action, user) -> bool:
    return user.is_authenticated and any(holder.pk == user.pk for holder in action.holders.all())


def access_action_for_update(*, plan: Plan, number: str, user) -> Action:
    """The action if the person holds it or coordinates the plan; 403 for others."""
    action = action_for(plan=plan, number=number)
    if not (user_holds(action=action, user=user) or user_is_coordinator(user=user)):
        raise PermissionDenied
    return action


def report_for(*, period: ReportingPeriod) -> dict:
    """The period's report: its own text, each theme's section and its actions in number order, the narrative of
    record for each, and its key terms. An action reported with another is printed under that one's heading
    (``theme.report_entries``: one entry per heading, its ``actions`` in number order). A fixed number of queries."""
    narratives = ActionNarrative.objects.filter(period=period)
    themes = list(
        Theme.objects.filter(plan=period.plan).prefetch_related(
            Prefetch("period_notes", queryset=ThemePeriodNote.objects.filter(period=period), to_attr="notes"),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related("reported_with", "merged_into", "department")
                .prefetch_related(
                    Prefetch("narratives", queryset=narratives, to_attr="period_narratives"),
                    Prefetch("topics", queryset=Topic.objects.order_by("kind", "position"), to_attr="tags"),
                )
                .order_by("number_major", "number_minor"),
                to_attr="report_actions",
            ),
        )
    )
    for theme in themes:
        theme.note = theme.notes[0] if theme.notes else None
        theme.report_entries = _report_entries(theme.report_actions)
    return {
        "period": period,
        "plan": period.plan,
        "themes": themes,
        "key_terms": list(KeyTerm.objects.filter(period=period)),
        "known_numbers": {action.number for theme in themes for action in theme.report_actions},
    }


@dataclass
class ReportEntry:
    """One heading of a theme's actions: an action, and those reported with it (as 4.5 with 4.2)."""

    actions: list
    narrative: ActionNarrative | None

    @property
    def lead(self):
        return self.actions[0]


def _report_entries(actions: list[Action]) -> list[ReportEntry]:
    for action in actions:
        action.period_narrative = action.period_narratives[0] if action.period_narratives else None
    by_pk = {action.pk: action for action in actions}
    entries: dict[int, ReportEntry] = {}
    for action in actions:
        lead = by_pk.get(action.reported_with_id) if action.reported_with_id else None
        if lead is not None and lead.reported_with_id is None:
            entries.setdefault(lead.pk, ReportEntry(actions=[lead], narrative=lead.period_narrative))
            entries[lead.pk].actions.append(action)
        else:
            entries.setdefault(action.pk, ReportEntry(actions=[action], narrative=action.period_narrative))
    return list(entries.values())


def report_errata(*, period: ReportingPeriod) -> list[ReportErratum]:
    return list(ReportErratum.objects.filter(period=period))


def period_progress(*, period: ReportingPeriod) -> dict:
    """For coordinators watching a period: every action with its holders, lead and department, how many updates
    it has this period, whether its narrative is composed, and the status proposals waiting for an answer. A fixed
    number of queries."""
    updates = ProgressUpdate.objects.filter(period=period).select_related("author").order_by("created_at", "pk")
    actions = list(
        Action.objects.filter(plan=period.plan)
        .select_related("theme", "department", "lead_holder", "reported_with")
        .prefetch_related(
            "holders",
            Prefetch("updates", queryset=updates, to_attr="period_updates"),
            Prefetch("narratives", queryset=ActionNarrative.objects.filter(period=period), to_attr="period_narratives"),
        )
        .order_by("number_major", "number_minor")
    )
    for action in actions:
        action.period_narrative = action.period_narratives[0] if action.period_narratives else None
        action.pending_proposals = [u for u in action.period_updates if u.proposal_outcome == ProposalOutcome.PENDING]
        action.finished = action.status in FINISHED_STATUSES
        action.needs_narrative = action.reported_with_id is None and action.period_narrative is None
    return {
        "period": period,
        "actions": actions,
        "updated": [a for a in actions if a.period_updates],
        "not_updated": [a for a in actions if not a.period_updates and not a.finished and not a.reported_with_id],
        "without_holder": [a for a in actions if not a.holders.all()],
        "proposals": [u for a in actions for u in a.pending_proposals],
        "without_narrative": [a for a in actions if a.needs_narrative],
    }


def action_narrative_of(*, action: Action, period: ReportingPeriod) -> ActionNarrative | None:
    return ActionNarrative.objects.filter(action=action, period=period).first()


def action_updates_in(*, action: Action, period: ReportingPeriod) -> list[ProgressUpdate]:
    """The action's updates in the period, oldest first: what a coordinator composes the narrative from."""
    return list(action.updates.filter(period=period).select_related("author").order_by("created_at", "pk"))


def proposal_pending(*, plan: Plan, pk) -> ProgressUpdate:
    """An update of the plan whose proposed status waits for an answer; 404 otherwise."""
    if not str(pk).isdecimal() or len(str(pk)) > 18:
        raise Http404
    update = (
        ProgressUpdate.objects.filter(pk=pk, action__plan=plan, proposal_outcome=ProposalOutcome.PENDING)
        .select_related("action", "period")
        .first()
    )
    if update is None:
        raise Http404
    return update


REPORT_WELSH_FIELDS = (
    ("report_title", _("Report title")),
    ("introduction", _("Introduction")),
    ("progress_preamble", _("Our progress")),
    ("conclusion", _("Conclusion")),
    ("contact", _("How to contact us")),
)
THEME_WELSH_FIELDS = (
    ("introduction", _("Introduction")),
    ("learning", _("What we are learning")),
    ("top_tips", _("Our top tips")),
)


def publish_checklist(*, period: ReportingPeriod, today=None) -> dict:
    """What a coordinator should know before publishing: whether the period has ended, actions without a narrative
    or a holder, proposals waiting, and each piece of the report written in English but not yet in Welsh (the
    report would show the English, marked, in its place)."""
    today = today or timezone.localdate()
    progress = period_progress(period=period)
    report = report_for(period=period)
    missing_welsh = []
    if not period.label_cy:
        missing_welsh.append(_("Period label"))
    for name, title in REPORT_WELSH_FIELDS:
        if getattr(period, name) and not getattr(period, f"{name}_cy"):
            missing_welsh.append(title)
    for theme in report["themes"]:
        for name, title in THEME_WELSH_FIELDS:
            if theme.note and getattr(theme.note, name) and not getattr(theme.note, f"{name}_cy"):
                missing_welsh.append(format_lazy("{}: {}", theme_heading(theme), title))
        for entry in theme.report_entries:
            for action in entry.actions:
                if not action.title_cy:
                    missing_welsh.append(format_lazy("{}: {}", action_heading(action), _("title")))
                if action.commitment and not action.commitment_cy:
                    missing_welsh.append(format_lazy("{}: {}", action_heading(action), _("commitment")))
            if entry.narrative and not entry.narrative.narrative_cy:
                missing_welsh.append(format_lazy("{}: {}", action_heading(entry.lead), _("progress")))
    for term in report["key_terms"]:
        if not (term.term_cy and term.definition_cy):
            missing_welsh.append(format_lazy("{}: {}", _("Key term"), term.term))
    return {
        "has_ended": today > period.ends_on,
        "without_narrative": progress["without_narrative"],
        "without_holder": progress["without_holder"],
        "proposals": progress["proposals"],
        "not_updated": progress["not_updated"],
        "missing_welsh": missing_welsh,
        "missing_text": [
            title for name, title in REPORT_WELSH_FIELDS if not getattr(period, name) and name != "report_title"
        ],
    }


def theme_heading(theme: Theme):
    return format_lazy(_("Theme {number}"), number=theme.number)


def action_heading(action: Action):
    return format_lazy(_("Action {number}"), number=action.number)


def actions_held_by(*, user, plan: Plan, period: ReportingPeriod | None) -> list[Action]:
    has_update = ProgressUpdate.objects.filter(action=OuterRef("pk"), period=period)
    return list(
        Action.objects.filter(plan=plan, holders=user)
        .annotate(has_update=Exists(has_update))
        .select_related("theme")
        .order_by("number_major", "number_minor")
    )


def report_visible(*, period: ReportingPeriod, user) -> bool:
    return bool(period.published_at) or user_is_coordinator(user=user)


def access_period_for_report(*, pk: int, user) -> ReportingPeriod:
    """The period if its report is published or the person coordinates (who also see who published it); 404
    otherwise."""
    period = ReportingPeriod.objects.select_related("plan", "published_by").filter(pk=pk).first()
    if period is None or not report_visible(period=period, user=user):
        raise Http404
    return period


def period_for_publishing(*, pk: int) -> ReportingPeriod:
    """Any period, draft or published, by its id (for a coordinator: the view checks who asks); 404 if none."""
    period = ReportingPeriod.objects.filter(pk=pk).first()
    if period is None:
        raise Http404
    return period


def report_snapshot(*, period: ReportingPeriod, language: str, format: str) -> PublishedReport | None:
    """The report as it was published, in one language and format (None while it is a draft)."""
    return PublishedReport.objects.filter(period=period, language=language, format=format).first()


CLEANED_REPORT_SECONDS = 60 * 60


def report_body_published(*, period: ReportingPeriod, language: str) -> str | None:
    """A published report's stored HTML, made safe to show (kept in the cache a while: a long report takes a
    moment to clean); None while the report is a draft."""
    snapshot = report_snapshot(period=period, language=language, format="html")
    if snapshot is None:
        return None
    return cache.get_or_set(
        f"clip:report-html:{snapshot.pk}", lambda: clean_stored_report_html(snapshot.content), CLEANED_REPORT_SECONDS
    )


def report_pdf_kept(*, period: ReportingPeriod, language: str, source_digest: str) -> bytes | None:
    content = (
        ReportPdf.objects.filter(period=period, language=language, source_digest=source_digest)
        .values_list("content", flat=True)
        .first()
    )
    return bytes(content) if content is not None else None


def report_pdf_digest(*, period: ReportingPeriod, language: str) -> str | None:
    return ReportPdf.objects.filter(period=period, language=language).values_list("source_digest", flat=True).first()


def holders_reminded(*, period: ReportingPeriod | None) -> list:
    """Who has been reminded to update for this period, and when (for coordinators)."""
    if period is None:
        return []
    return list(
        OutboundEmail.objects.filter(kind=ClipEmailKind.CLIP, dedupe_key__startswith=f"period:{period.pk}:")
        .select_related("recipient")
        .order_by("-created_at")[:100]
    )


def clip_data_for(*, user) -> dict:
    """What the CLIP holds about a person, for their own download: the actions they hold or follow, the updates
    and status changes they wrote and the reports they published (which stay on the record if they delete their
    account)."""
    return {
        "actions_held": [
            f"{action.number} {action.title}"
            for action in user.clip_actions.order_by("plan", "number_major", "number_minor")
        ],
        "actions_followed": [
            {"action": f"{follow.action.number} {follow.action.title}", "since": follow.created_at}
            for follow in ActionFollower.objects.filter(user=user).select_related("action").order_by("created_at")
        ],
        "progress_updates_written": [
            {
                "action": f"{update.action.number} {update.action.title}",
                "period": update.period.label,
                "status_at_the_time": update.status,
                "proposed_status": update.proposed_status,
                "what_became_of_the_proposal": update.proposal_outcome,
                "narrative": update.narrative,
                "narrative_cy": update.narrative_cy,
                "corrects_update_of": update.corrects.created_at if update.corrects else None,
                "written_at": update.created_at,
            }
            for update in ProgressUpdate.objects.filter(author=user)
            .select_related("action", "period", "corrects")
            .order_by("created_at", "pk")
        ],
        "status_changes_made": [
            {
                "action": f"{change.action.number} {change.action.title}",
                "from": change.from_status,
                "to": change.to_status,
                "reason": change.reason,
                "at": change.created_at,
            }
            for change in StatusChange.objects.filter(changed_by=user)
            .select_related("action")
            .order_by("created_at", "pk")
        ],
        "report_narratives_composed": [
            {
                "action": f"{record.action.number} {record.action.title}",
                "period": record.period.label,
                "narrative": record.narrative,
                "narrative_cy": record.narrative_cy,
                "at": record.composed_at,
            }
            for record in ActionNarrative.objects.filter(composed_by=user)
            .select_related("action", "period")
            .order_by("composed_at", "pk")
        ],
        "reports_published": [
            {"period": period.label, "at": period.published_at}
            for period in ReportingPeriod.objects.filter(published_by=user).order_by("published_at", "pk")
        ],
    }


def themes_of(*, plan: Plan) -> list[Theme]:
    return list(Theme.objects.filter(plan=plan))


def theme_of(*, plan: Plan, number) -> Theme:
    """The plan's theme with this number; 404 if none."""
    theme = Theme.objects.filter(plan=plan, number=number).first() if 0 < number < 100 else None
    if theme is None:
        raise Http404
    return theme


def theme_note_of(*, theme: Theme, period: ReportingPeriod) -> ThemePeriodNote:
    """The theme's section of the period's report, or a new empty one (not saved)."""
    return ThemePeriodNote.objects.filter(theme=theme, period=period).first() or ThemePeriodNote(
        theme=theme, period=period
    )


def key_terms_initial(*, period: ReportingPeriod) -> list[dict]:
    """The period's key terms for its form; a new period starts from the previous period's terms."""
    terms = list(KeyTerm.objects.filter(period=period))
    if not terms:
        previous = period.plan.periods.filter(starts_on__lt=period.starts_on).order_by("-starts_on").first()
        terms = list(KeyTerm.objects.filter(period=previous)) if previous else []
    return [
        {"term": t.term, "term_cy": t.term_cy, "definition": t.definition, "definition_cy": t.definition_cy}
        for t in terms
    ]


def narrative_initial(*, action: Action, period: ReportingPeriod, updates: list[ProgressUpdate]) -> dict:
    """The narrative of record as composed so far, or else the holders' updates of the period, oldest first, one
    paragraph each: the starting point a coordinator edits."""
    record = action_narrative_of(action=action, period=period)
    if record is not None:
        return {"narrative": record.narrative, "narrative_cy": record.narrative_cy}
    return {
        "narrative": "\n\n".join(update.narrative for update in updates),
        "narrative_cy": "\n\n".join(update.narrative_cy for update in updates if update.narrative_cy),
    }


def holders_initial(*, action: Action) -> dict:
    holders = list(action.holders.all())
    lead = next((holder for holder in holders if holder.pk == action.lead_holder_id), None)
    return {
        "holders": "\n".join(holder.email for holder in holders),
        "lead": lead.email if lead else "",
        "department": action.department_id,
        "version": action.version,
    }


# The personal home (issue 17)
HOME_ACTIONS_SHOWN = 5


def updates_due_for(*, user, plan: Plan | None) -> tuple[ReportingPeriod | None, list[Action]]:
    """The period updates go to now and the unfinished actions ``user`` holds with no update in it yet (each
    with its theme), for the home page; (None, []) when there is no plan or no period open for updates."""
    period = period_for_updates(plan=plan) if plan else None
    if period is None:
        return None, []
    actions = list(
        Action.objects.filter(plan=plan, holders=user)
        .exclude(status__in=FINISHED_STATUSES)
        .exclude(Exists(ProgressUpdate.objects.filter(action=OuterRef("pk"), period=period)))
        .select_related("theme")
        .order_by("number_major", "number_minor")
    )
    return period, actions


def coordinator_to_do(*, plan: Plan | None, limit: int = HOME_ACTIONS_SHOWN) -> dict:
    """For coordinators' home page: status proposals waiting for an answer, and unfinished actions that nobody
    holds (the first few, and how many), in three queries."""
    if plan is None:
        return {"proposals_waiting": 0, "actions_without_holder": [], "actions_without_holder_count": 0}
    proposals = ProgressUpdate.objects.filter(action__plan=plan, proposal_outcome=ProposalOutcome.PENDING).count()
    unheld = (
        Action.objects.filter(plan=plan, holders__isnull=True)
        .exclude(status__in=FINISHED_STATUSES)
        .order_by("number_major", "number_minor")
    )
    return {
        "proposals_waiting": proposals,
        "actions_without_holder": list(unheld[:limit]),
        "actions_without_holder_count": unheld.count(),
    }
