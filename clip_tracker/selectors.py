import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from accounts.selectors import user_is_coordinator
from communities.models import Topic
from notifications.models import OutboundEmail

from .models import (
    FINISHED_STATUSES,
    Action,
    ActionFollower,
    ClipEmailKind,
    Plan,
    ProgressUpdate,
    PublishedReport,
    ReportingPeriod,
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
    """The period updates are being written for: the latest that has started."""
    today = timezone.localdate()
    return plan.periods.filter(starts_on__lte=today).order_by("-starts_on").first() if plan else None


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
        .select_related("theme", "lead_coordinator", "merged_into", "reported_with")
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
    """Every action of every theme, in number order, with that period's latest update."""
    period_updates = ProgressUpdate.objects.filter(period=period).order_by("-created_at", "-pk")
    themes = list(
        Theme.objects.filter(plan=period.plan).prefetch_related(
            Prefetch("period_notes", queryset=ThemePeriodNote.objects.filter(period=period), to_attr="notes"),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related("reported_with", "merged_into")
                .prefetch_related(Prefetch("updates", queryset=period_updates, to_attr="period_updates"))
                .order_by("number_major", "number_minor"),
                to_attr="report_actions",
            ),
        )
    )
    for theme in themes:
        theme.note = theme.notes[0] if theme.notes else None
        for action in theme.report_actions:
            action.period_update = action.period_updates[0] if action.period_updates else None
    return {"period": period, "plan": period.plan, "themes": themes}


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
        "reports_published": [
            {"period": period.label, "at": period.published_at}
            for period in ReportingPeriod.objects.filter(published_by=user).order_by("published_at", "pk")
        ],
    }
