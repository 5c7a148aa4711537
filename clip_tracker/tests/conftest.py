from datetime import date

import pytest

from clip_tracker.models import Action, Plan, ReportingPeriod, Theme


@pytest.fixture
def plan(db):
    return Plan.objects.create(
        title="Continuous Learning and Improvement Plan 2023–2025",
        starts_on=date(2023, 2, 1),
        ends_on=date(2025, 2, 28),
        is_published=True,
    )


@pytest.fixture
def period(plan):
    return ReportingPeriod.objects.create(
        plan=plan,
        label="February 2023 – February 2024",
        label_cy="Chwefror 2023 – Chwefror 2024",
        starts_on=date(2023, 2, 1),
        ends_on=date(2024, 2, 29),
        update_deadline=date(2024, 2, 15),
    )


def make_actions(plan, numbers, holders=()):
    themes = {}
    actions = []
    for number in numbers:
        major = int(number.split(".")[0])
        if major not in themes:
            themes[major] = Theme.objects.get_or_create(plan=plan, number=major, defaults={"title": f"Theme {major}"})[
                0
            ]
        action = Action.objects.create(
            plan=plan, theme=themes[major], number=number, title=f"Action {number}", commitment=f"We will do {number}."
        )
        action.holders.set(holders)
        actions.append(action)
    return actions
