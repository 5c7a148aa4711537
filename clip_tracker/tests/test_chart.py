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
    assert [(s["status"], s["x"], s["width"], s["count"]) for s in bars[0]["segments"]] == [
        ("on_track", 0.0, 75.0, 3),
        ("at_risk", 75.0, 25.0, 1),
    ]
    assert [(s["status"], s["x"], s["width"], s["count"]) for s in bars[1]["segments"]] == [("completed", 0.0, 50.0, 2)]


def test_a_plan_without_actions_draws_empty_bars():
    rows = [{"theme": SimpleNamespace(number=1), "counts": [0] * len(Status.values), "total": 0}]
    assert status_chart(rows, Status.choices)["bars"][0]["segments"] == []
