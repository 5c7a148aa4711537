import pytest

from tests.factories import coaching_opt_in, make_person


@pytest.fixture
def siân_and_tom(db):
    sian = make_person(
        "sian@example.org",
        name="Siân Evans",
        language="cy",
        organisation="Natural Resources Wales",
        team="Land",
        job_title="Senior policy officer",
    )
    tom = make_person(
        "tom@example.org", name="Tom Hughes", organisation="Public Health Wales", team="Health", job_title="Policy lead"
    )
    coaching_opt_in(sian)
    coaching_opt_in(tom, grade=5)
    return sian, tom
