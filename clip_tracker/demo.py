"""The demo CLIP: the 2023–2025 plan's six themes and 51 actions, in our own words, with the published
February 2023 – February 2024 progress as a frozen report and the next period open for updates."""

from datetime import date

from django.db import transaction

from accounts.models import User

from . import services
from .demo_data import ACTIONS, PLAN, THEMES
from .models import Action, Plan, ReportingPeriod, Theme, ThemePeriodNote

HOLDERS = {"1.7": "host", "2.6": "host", "3.8": "host", "2.10": "staff", "4.7": "member", "6.2": "member"}


@transaction.atomic
def demo_clip_create(*, people: dict[str, User]) -> int:
    """Creates the demo plan once; returns the number of actions."""
    if Plan.objects.exists():
        return Action.objects.count()
    plan = Plan.objects.create(
        title=PLAN["title"],
        title_cy="Cynllun Dysgu a Gwella Parhaus Cenedlaethau’r Dyfodol",
        starts_on=date(2023, 2, 1),
        ends_on=date(2025, 2, 28),
        is_published=True,
    )
    first = ReportingPeriod.objects.create(
        plan=plan,
        label=PLAN["period_label"],
        label_cy="Chwefror 2023 – Chwefror 2024",
        starts_on=date(2023, 2, 1),
        ends_on=date(2024, 2, 29),
        update_deadline=date(2024, 2, 9),
    )
    ReportingPeriod.objects.create(
        plan=plan,
        label="February 2024 – February 2025",
        label_cy="Chwefror 2024 – Chwefror 2025",
        starts_on=date(2024, 3, 1),
        ends_on=date(2025, 2, 28),
        update_deadline=date(2025, 2, 14),
    )
    themes = {}
    for data in THEMES:
        theme = Theme.objects.create(
            plan=plan,
            number=data["number"],
            title=data["title"],
            title_cy=data["title_cy"],
            introduction=data["introduction"],
            introduction_cy=data["introduction_cy"],
        )
        ThemePeriodNote.objects.create(theme=theme, period=first, learning=data["learning"], helps=data["helps"])
        themes[data["number"]] = theme
    actions = {}
    for data in ACTIONS:
        action = Action.objects.create(
            plan=plan,
            theme=themes[data["theme"]],
            number=data["number"],
            title=data["title"],
            title_cy=data["title_cy"],
            commitment=data["commitment"],
            holder_team=data["holder"],
            status=data["status"],
            lead_coordinator=people["coordinator"],
        )
        if data["number"] in HOLDERS:
            action.holders.add(people[HOLDERS[data["number"]]])
        actions[data["number"]] = action
    author = people["coordinator"]
    for data in ACTIONS:
        action = actions[data["number"]]
        # 4.2 and 4.5 were reported as one: the text sits with 4.2, and 4.5 points to it.
        if data["number"] == "4.5":
            action.reported_with = actions["4.2"]
            action.save(update_fields=["reported_with"])
            continue
        if data.get("merged_into"):
            action.merged_into = actions[data["merged_into"]]
            action.save(update_fields=["merged_into"])
        services.action_update_record(action=action, period=first, narrative=data["progress"], author=author)
    services.period_publish(period=first, acting_user=author)
    return len(actions)
