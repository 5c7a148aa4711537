"""The soak's own parts that can be checked in a moment. The soak itself (`manage.py soak`) runs for minutes
against real services and is not part of the suite; docs/SOAK.md has its figures."""

import pytest
from django.core.management import CommandError, call_command
from django.template.loader import render_to_string

from portal.soak.browser import Page, Sample
from portal.soak.report import latency_table, percentile


class _Message:
    def __init__(self, text, level_tag):
        self.text, self.level_tag = text, level_tag

    def __str__(self):
        return self.text


def _page(text):
    return Page(200, "/", {}, text)


def test_refusal_is_the_error_message_not_a_success_message():
    success = render_to_string("includes/messages.html", {"messages": [_Message("You have joined.", "success")]})
    error = render_to_string(
        "includes/messages.html",
        {"messages": [_Message("You have joined.", "success"), _Message("This session has been cancelled.", "error")]},
    )

    assert _page(success).refusal() == ""
    assert _page(error).refusal() == "This session has been cancelled."


def test_refusal_reads_a_forms_error_summary(client, db):
    response = client.post("/accounts/login/", {"login": "not an address", "password": "x"})

    assert (
        _page(response.content.decode()).refusal()
        == "Enter an email address in the correct format, like name@example.gov.wales"
    )


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]

    assert percentile(values, 0.50) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([7.0], 0.95) == 7.0


def test_latency_table_counts_each_kinds_errors():
    samples = [Sample("page", 200, 0.010), Sample("page", 200, 0.030), Sample("rsvp", 302, 0.020)]
    table = latency_table(samples, [("rsvp", "POST /sessions/1/rsvp/ refused: cancelled")])

    assert "| page | 2 | 0 | 10 | 30 | 30 | 200 ×2 |" in table
    assert "| rsvp | 1 | 1 | 20 | 20 | 20 | 302 ×1 |" in table
    assert "| **all** | 3 | 1 |" in table


def test_soak_refuses_to_start_without_postgresql_and_redis(settings, db):
    settings.REDIS_URL = ""

    with pytest.raises(CommandError, match="PostgreSQL and Redis"):
        call_command("soak", "--minutes", "0.1")
