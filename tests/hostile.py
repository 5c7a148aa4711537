"""Hostile input for the property-based tests of every form and filter (issue 12): what a browser never sends
but a person, a spreadsheet or a script sometimes does.

Each app's ``tests/test_fuzz.py`` drives its own forms through the real views with these strategies and checks
two things: no answer is a 500, and a submission the form refuses saves nothing.
"""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Sizes are chosen so every fuzz file together runs in about a minute on two cores; the number of examples per
# test is what the report calls the fuzz run's size. No example database: nothing is written to the tree.
EXAMPLES = 100
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

SPECIAL_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 3,
    "²",
    "٣",
    "１２",
    "Ⅻ",
    "½",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "\ufeff",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "{% debug %}",
    "%(name)s",
    "%s%s%n",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\r\n\r\n",
    "\t",
    '=HYPERLINK("http://x")',
    "Ŵyl Ddewi",
    "🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "null",
    "None",
    "undefined",
    "true",
    "[]",
    "{}",
    "javascript:alert(1)",
    "https://",
    "http://x",
    "mailto:a@b",
]
SPECIAL_NUMBERS = [
    "-1",
    "0",
    "-0",
    "+1",
    "1.5",
    "1e3",
    "1e309",
    "NaN",
    "inf",
    " 1",
    "0x10",
    "²",
    "٣",
    "１",
    "9" * 20,
    "9" * 5000,
    str(2**31),
    str(2**63),
    str(-(2**63) - 1),
]
SPECIAL_DATES = [
    "0001-01-01",
    "1000-01-01",
    "1899-12-31",
    "9999-12-30",
    "9999-12-31",
    "10000-01-01",
    "0000-00-00",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "31/12/2026",
    "12/31/2026",
    "20261231",
    "2026-W01-1",
    "2026-12-31T12:00",
    "yesterday",
    "２０２６-０１-０１",
    "2026-１２-01",
]
SPECIAL_TIMES = ["24:00", "25:61", "-1:00", "12:60", "00:00", "23:59:59.999999", "noon", "１２:００", "12"]

SPECIAL = SPECIAL_TEXT + SPECIAL_NUMBERS + SPECIAL_DATES + SPECIAL_TIMES

printable = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot be sent as UTF-8 at all
# The known troublemakers are drawn about half the time; one_of picks its branches evenly.
text = st.one_of(
    st.sampled_from(SPECIAL),
    st.sampled_from(SPECIAL_TEXT),
    st.text(printable, max_size=40),
    st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["x", "ŵ", "\x00", "<b>", "9", " "]),
        st.sampled_from([201, 4001, 10_001, 100_000]),
    ),
)
numbers = st.one_of(
    st.sampled_from(SPECIAL_NUMBERS), st.sampled_from(SPECIAL_NUMBERS), st.integers(-(10**30), 10**30).map(str), text
)
dates = st.one_of(
    st.sampled_from(SPECIAL_DATES), st.sampled_from(SPECIAL_DATES), st.dates().map(lambda day: day.isoformat()), text
)
times = st.one_of(st.sampled_from(SPECIAL_TIMES), st.times().map(lambda moment: moment.isoformat()), text)
many = st.lists(text, max_size=4)


def form_data(valid: dict, hostile: dict) -> st.SearchStrategy:
    """Mostly one field made hostile on an otherwise good submission (reaching the deeper checks), sometimes
    every field at random."""
    one_field = st.sampled_from(sorted(hostile)).flatmap(
        lambda name: hostile[name].map(lambda value: {**valid, name: value})
    )
    every_field = st.fixed_dictionaries(
        {
            name: st.one_of(st.just(value), hostile[name]) if name in hostile else st.just(value)
            for name, value in valid.items()
        }
    )
    return st.one_of(one_field, every_field)


def query(names_and_values: dict) -> st.SearchStrategy:
    """A GET query string's values: each filter absent, a good value, or something hostile."""
    return st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(st.sampled_from(good), text, numbers, dates) if good else st.one_of(text, numbers, dates)
            for name, good in names_and_values.items()
        },
    )


def rows(queryset) -> list:
    """A snapshot of table rows, to show that a refused submission changed nothing."""
    return list(queryset.order_by("pk").values())


def every_special_value(names) -> list[dict]:
    """One query per known troublemaker, sent in every filter at once: cheap, and certain to try each of them."""
    return [{name: value for name in names} for value in SPECIAL]


def each_field_in_turn(valid: dict, specials: dict[str, list]) -> list[dict]:
    """Every known troublemaker of a field's kind in that field, one at a time, the rest of the submission good."""
    return [{**valid, name: value} for name, values in specials.items() for value in values]
