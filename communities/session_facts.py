"""What a community's cards and page say about its sessions, provided by the app that has them.

Communities sit below sessions and never import them. The sessions app registers, in ``SchedulingConfig.ready``,
two query expressions over a community row (``OuterRef("pk")``): the start of its next public session, and
whether it has a public session still to come this month. The directory annotates, filters and sorts with them
in its own query, so the number of queries does not change. Until something registers (or without the sessions
app) no community has a next session and none meets this month.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import BooleanField, DateTimeField, Expression, Value


@dataclass(frozen=True)
class SessionFacts:
    next_session: Callable[[], Expression]  # a DateTime expression, or NULL
    meets_this_month: Callable[[], Expression]  # a boolean expression, e.g. Exists(...)


_registered: SessionFacts | None = None


def session_facts_register(
    *, next_session: Callable[[], Expression], meets_this_month: Callable[[], Expression]
) -> None:
    """Called once at start-up by the app that holds sessions; registering again replaces the provider."""
    global _registered
    _registered = SessionFacts(next_session=next_session, meets_this_month=meets_this_month)


def next_session_expression() -> Expression:
    if _registered is None:
        return Value(None, output_field=DateTimeField())
    return _registered.next_session()


def meets_this_month_expression() -> Expression:
    if _registered is None:
        return Value(False, output_field=BooleanField())
    return _registered.meets_this_month()
