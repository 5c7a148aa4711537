from dataclasses import dataclass

from django import template
from django.db.models import prefetch_related_objects
from django.urls import reverse

from sessions import selectors
from sessions.models import Occurrence
from sessions.recurrence import Recurrence, describe
from sessions.views import subscribe_links

register = template.Library()


@register.inclusion_tag("scheduling/_community_sessions.html", takes_context=True)
def community_sessions(context, community, can_manage=False):
    """A community page's upcoming sessions and its calendar feed, without communities importing sessions."""
    request = context["request"]
    return {
        "community": community,
        "occurrences": selectors.occurrences_upcoming_for_community(community=community, user=request.user),
        "links": subscribe_links(request, reverse("community_feed", args=[community.slug])),
        "can_manage": can_manage,
        "request": request,
    }


@dataclass(frozen=True)
class DigestLine:
    """One line of the digest's sessions: a one-off session, or a repeating series with how many of its sessions
    the period holds and the next one."""

    occurrence: Occurrence
    count: int = 1
    repeats: str = ""
    show_community: bool = True


@register.simple_tag
def digest_lines(occurrences) -> list[DigestLine]:
    """The digest's sessions (in date order) as lines, each repeating series once, where its next session falls."""
    occurrences = [occurrence for occurrence in occurrences if occurrence is not None]
    prefetch_related_objects(occurrences, "series__community")
    by_series: dict[int, list[Occurrence]] = {}
    order: list[tuple[str, int]] = []
    for occurrence in sorted(occurrences, key=lambda o: (o.start, o.pk)):
        if occurrence.series.rrule:
            if occurrence.series_id not in by_series:
                order.append(("series", occurrence.series_id))
            by_series.setdefault(occurrence.series_id, []).append(occurrence)
        else:
            order.append(("session", occurrence))
    lines = []
    for kind, item in order:
        if kind == "session":
            lines.append(DigestLine(occurrence=item, show_community=selectors.series_names_community(item.series)))
            continue
        sessions = by_series[item]
        series = sessions[0].series
        lines.append(
            DigestLine(
                occurrence=sessions[0],
                count=len(sessions),
                repeats=describe(
                    Recurrence.from_dict(series.recurrence), first_start=series.first_start, duration=series.duration
                )
                if len(sessions) > 1
                else "",
                show_community=selectors.series_names_community(series),
            )
        )
    return lines
