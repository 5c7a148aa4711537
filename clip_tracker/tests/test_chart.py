from types import SimpleNamespace

from clip_tracker.models import Status
from clip_tracker.templatetags.clip_chart import status_chart


def test_each_themes_bar_is_in_proportion_to_the_widest_theme():
    counts = [0] * len(Status.values)
    counts[Status.values.index("on_track")], counts[Status.values.index("at_risk")] = 3, 1
    small = [0] * len(Status.values)
    small[Status.values.index("completed")] = 2
    rows = [
        {"theme": SimpleNamespace(number=1), "counts": counts, "total": 4},
        {"theme": SimpleNamespace(number=2), "counts": small, "total": 2},
    ]
    bars = status_chart(rows, Status.choices)["bars"]
    assert bars[0]["segments"] == [
        {"status": "on_track", "x": 0.0, "width": 75.0},
        {"status": "at_risk", "x": 75.0, "width": 25.0},
    ]
    assert bars[1]["segments"] == [{"status": "completed", "x": 0.0, "width": 50.0}]


def test_a_plan_without_actions_draws_empty_bars():
    rows = [{"theme": SimpleNamespace(number=1), "counts": [0] * len(Status.values), "total": 0}]
    assert status_chart(rows, Status.choices)["bars"][0]["segments"] == []
