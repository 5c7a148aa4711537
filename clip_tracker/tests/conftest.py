import pytest

from tests.factories import make_period, make_plan


@pytest.fixture
def plan(db):
    return make_plan()


@pytest.fixture
def period(plan):
    return make_period(plan)
