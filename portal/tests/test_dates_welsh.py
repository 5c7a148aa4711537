"""Dates after "on": Welsh "ar" takes the soft mutation, so the day's name has a form of its own there."""

from datetime import UTC, date, datetime

from django.template import Context, Template
from django.utils import translation

from portal.dates import LONDON, date_in_sentence, on_date


def test_on_date_gives_the_mutated_day_in_welsh_and_the_plain_day_in_english():
    wednesday = datetime(2026, 12, 2, 14, 0, tzinfo=LONDON)
    with translation.override("cy"):
        assert on_date(wednesday, "l j F Y, H:i") == "ddydd Mercher 2 Rhagfyr 2026, 14:00"
        assert on_date(date(2026, 12, 7)) == "ddydd Llun 7 Rhagfyr 2026"
    with translation.override("en"):
        assert on_date(wednesday, "l j F Y, H:i") == "Wednesday 2 December 2026, 14:00"


def test_on_date_shows_an_aware_time_in_uk_time_so_the_day_is_the_uk_day():
    late_tuesday_utc = datetime(2026, 7, 7, 23, 30, tzinfo=UTC)  # 00:30 on Wednesday in summer time
    with translation.override("cy"):
        assert on_date(late_tuesday_utc, "l j F Y, H:i") == "ddydd Mercher 8 Gorffennaf 2026, 00:30"


def test_on_date_keeps_escaped_letters_and_other_format_characters():
    with translation.override("cy"):
        assert on_date(date(2026, 12, 6), r"l \l j") == "ddydd Sul l 6"


def test_date_in_sentence_has_a_lower_case_dydd_in_welsh():
    with translation.override("cy"):
        assert date_in_sentence(date(2026, 12, 4)) == "dydd Gwener 4 Rhagfyr 2026"
    with translation.override("en"):
        assert date_in_sentence(date(2026, 12, 4)) == "Friday 4 December 2026"


def test_the_on_date_filter_reads_after_ar_in_an_email_sentence():
    template = Template(
        '{% load i18n bilingual %}{% blocktranslate with when=moment|on_date:"l j F Y, H:i" %}'
        "The session on {{ when }} (UK time) has been cancelled:{% endblocktranslate %}"
    )
    moment = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    with translation.override("cy"):
        text = template.render(Context({"moment": moment}))
    assert text == "Mae’r sesiwn ar ddydd Iau 3 Rhagfyr 2026, 10:00 (amser y DU) wedi’i chanslo:"
    with translation.override("en"):
        assert "on Thursday 3 December 2026, 10:00" in template.render(Context({"moment": moment}))
    assert Template("{% load bilingual %}[{{ nothing|on_date }}]").render(Context({"nothing": None})) == "[]"


def test_july_is_spelt_gorffennaf_though_djangos_welsh_says_gorffenaf():
    with translation.override("cy"):
        assert on_date(date(2027, 7, 1)) == "ddydd Iau 1 Gorffennaf 2027"
