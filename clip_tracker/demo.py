"""The demo CLIP: the 2023–2025 plan’s six themes and 51 actions with their holders, departments and tags; the
February 2023 – February 2024 report as published (introduction, theme sections, key terms, a narrative of record
for each action); and the next period open, with a few holders’ updates waiting for a coordinator."""

import unicodedata
from datetime import UTC, datetime

from django.db import transaction

from accounts.models import User
from communities.models import Topic

from . import services
from .demo_data import (
    ACTIONS,
    DEPARTMENTS,
    FIRST_PERIOD,
    FIRST_PUBLISHED_ON,
    HOLDER_PEOPLE,
    KEY_TERMS,
    NEXT_REPORT,
    NEXT_UPDATES,
    PLAN,
    REPORT,
    SECOND_PERIOD,
    THEMES,
)
from .models import Action, Plan, ProgressUpdate, Theme

# The demo sign-ins who hold actions, so "my actions" has something in it for them.
DEMO_HOLDER_ROLES = ("host", "staff", "member")
# When the first period’s updates were written: just before its deadline, so the published report’s dates read true.
FIRST_UPDATES_WRITTEN_AT = datetime(2024, 2, 8, 10, 0, tzinfo=UTC)


@transaction.atomic
def demo_clip_create(*, people: dict[str, User]) -> int:
    """Creates the demo plan once; returns the number of actions."""
    if Plan.objects.exists():
        return Action.objects.count()
    coordinator = people["coordinator"]
    holders = _demo_holders() | {role: people[role] for role in DEMO_HOLDER_ROLES}
    plan = Plan.objects.create(**PLAN, is_published=True)
    themes = {
        data["number"]: Theme.objects.create(
            plan=plan,
            number=data["number"],
            title=data["title"],
            title_cy=data["title_cy"],
            introduction=data["introduction"],
            introduction_cy=data["introduction_cy"],
        )
        for data in THEMES
    }
    actions = _demo_actions(plan=plan, themes=themes, holders=holders, coordinator=coordinator)

    first = services.period_open(plan=plan, **FIRST_PERIOD, make_current=True, acting_user=coordinator)
    services.period_details_update(period=first, acting_user=coordinator, **REPORT)
    for data in THEMES:
        services.theme_note_update(period=first, theme=themes[data["number"]], acting_user=coordinator, **data["note"])
    services.key_terms_replace(period=first, terms=KEY_TERMS, acting_user=coordinator)
    for data in ACTIONS:
        if data["reported_with"]:  # its progress is told under the action it is reported with
            continue
        action = actions[data["number"]]
        services.action_update_record(
            action=action,
            period=first,
            narrative=data["narrative"],
            narrative_cy=data["narrative_cy"],
            author=holders[data["holders"][0]],
        )
        services.action_narrative_compose(
            action=action,
            period=first,
            narrative=data["narrative"],
            narrative_cy=data["narrative_cy"],
            acting_user=coordinator,
        )
    ProgressUpdate.objects.filter(period=first).update(created_at=FIRST_UPDATES_WRITTEN_AT)
    services.period_publish(period=first, acting_user=coordinator, today=FIRST_PUBLISHED_ON)

    second = services.period_open(plan=plan, **SECOND_PERIOD, make_current=True, acting_user=coordinator)
    services.period_details_update(period=second, acting_user=coordinator, **NEXT_REPORT)
    lead_of = {data["number"]: data["holders"][0] for data in ACTIONS}
    for data in NEXT_UPDATES:
        services.action_update_record(
            action=actions[data["number"]],
            period=second,
            narrative=data["narrative"],
            narrative_cy=data["narrative_cy"],
            proposed_status=data["proposed_status"],
            author=holders[lead_of[data["number"]]],
        )
    return len(actions)


def _demo_actions(*, plan, themes, holders, coordinator) -> dict[str, Action]:
    departments = {
        key: services.department_ensure(name=name, name_cy=name_cy) for key, (name, name_cy) in DEPARTMENTS.items()
    }
    topics = {topic.slug: topic for topic in Topic.objects.filter(kind__in=("way", "goal"))}
    actions = {}
    for data in ACTIONS:
        action = services.action_create(
            plan=plan,
            number=data["number"],
            status=data["status"],
            theme=themes[data["theme"]],
            title=data["title"],
            title_cy=data["title_cy"],
            commitment=data["commitment"],
            commitment_cy=data["commitment_cy"],
            target_date=data["target_date"],
            department=departments[data["department"]],
        )
        named = [holders[key] for key in data["holders"]]
        services.action_holders_set(action=action, holders=named, lead=named[0], acting_user=coordinator)
        # Tags need the communities demo's topics; without them an action is simply untagged.
        services.action_tags_set(
            action=action, topics=[topics[slug] for slug in data["topics"] if slug in topics], acting_user=coordinator
        )
        actions[data["number"]] = action
    # Neither has a service: who coordinates is fixed for the demo, and "reported with" is part of the plan's shape.
    Action.objects.filter(plan=plan).update(lead_coordinator=coordinator)
    for data in ACTIONS:
        if data["reported_with"]:
            Action.objects.filter(pk=actions[data["number"]].pk).update(reported_with=actions[data["reported_with"]])
    for action in actions.values():
        action.refresh_from_db()
    return actions


def _demo_holders() -> dict[str, User]:
    """The fictional Welsh Government civil servants who hold actions, created once (no password: they never sign
    in)."""
    holders = {}
    for key, (name, job_title, department, language) in HOLDER_PEOPLE.items():
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        user, created = User.objects.get_or_create(
            # Not @cylch.example: those are the people the co-coaching demo signs up, whichever demo runs first.
            email=ascii_name.lower().replace(" ", ".") + "@llyw.cylch.example",
            defaults={
                "display_name": name,
                "organisation": "Welsh Government",
                "job_title": job_title,
                "team": DEPARTMENTS[department][0],
                "preferred_language": language,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        holders[key] = user
    return holders
