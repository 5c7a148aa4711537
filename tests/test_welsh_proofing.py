"""Welsh that a Welsh reader would not correct: the whole Welsh catalogue, and the sentences Cylch builds from it
(recurrence descriptions, co-coaching reasons, dates after "ar", the demo data and the emails), proofed with
cymraeg-mcp: hunspell's cy_GB dictionary for spelling, and its rules engine for mutations (treigladau).

cymraeg-mcp is a dev dependency (pyproject's ``dev`` extras); without it this module fails to import, loudly.

Each failure lists every finding at once (msgid, msgstr, word, suggestion), so a batch of new strings can be put
right in one go. Only words that fail the dictionary get suggestions, which are slow to compute (seconds each).
"""

import html
import re
from datetime import date, datetime, timedelta
from functools import cache
from itertools import combinations, permutations
from pathlib import Path

import polib
import pytest
from cymraeg_mcp import paths, spelling
from cymraeg_mcp.mutations import MutationEngine
from cymraeg_mcp.tokenizer import tokenize
from django.utils import translation

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "cy" / "LC_MESSAGES" / "django.po"

# Names, codes and units written the same in Welsh, which a Welsh dictionary rightly lacks.
NAMES = {
    "teams": "Microsoft Teams",
    "zoom": "Zoom",
    "outlook": "Outlook",
    "google": "Google (Calendar)",
    "apple": "Apple (Calendar)",
    "calendar": "the product names Google Calendar and Apple Calendar",
    "csv": "file format",
    "pdf": "file format",
    "json": "file format",
    "ics": "calendar file extension (.ics)",
    "utf": "UTF-8, the file encoding",
    "mb": "megabytes",
    "wcag": "Web Content Accessibility Guidelines",
    "aa": "WCAG's level AA",
    "axe": "the axe accessibility engine",
    "th": "RFC 5545 day code (TH,FR) people type in the import file",
    "https": "the start of a web address people are asked to type (https://)",
    "url": "calendar apps' own label for subscribing by address (Google Calendar's “O URL”)",
    "qr": "a QR code (cod QR)",
    "microsoft": "Microsoft (Authenticator, Entra ID)",
    "authenticator": "the product names Microsoft Authenticator and Google Authenticator",
}

# Correct Welsh that this dictionary lacks (its affix rules miss a few regular forms).
WELSH_WORDS = {
    "cadarnhewch": "imperative of cadarnhau (confirm); the dictionary has sibling imperatives such as gwiriwch",
    "mewngofnodwch": "imperative of mewngofnodi (sign in), the usual wording on Welsh public-sector sites",
    "fewngofnodwch": "mewngofnodwch after 'neu' (soft mutation)",
    "aelodaethau": "plural of aelodaeth (membership); the dictionary has only the singular",
    "naratifau": "plural of naratif (narrative); the dictionary has only the singular",
    "ellir": "impersonal present of gallu, as in 'ni ellir' (cannot be); the dictionary lacks the impersonal",
}

# Cylch is the service's name and, like other names of services, is left unmutated ("gan Cylch", "ar Cylch").
UNMUTATED_NAMES = {"cylch"}

# Clitic pronouns and the article joined to a word by an apostrophe (aelodau'n, sesiynau'r, â'ch): the word is
# right if its host is.
CLITICS = {"r", "n", "i", "u", "w", "m", "th", "ch"}

PLACEHOLDER = re.compile(r"%\([^)]*\)[-+ #0-9.]*[sdifr]|%[sdifr]|\{\{[^}]*\}\}|\{[^{}]*\}")
TAG = re.compile(r"<[^>]+>")
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])/[\w/.#?=&-]+")

# The engine looks each word up several times (hunspell is pure Python here, so slow): cache the lookups.
# The engine knows the allow-listed Welsh words too, so "neu mewngofnodwch" is caught like "neu gwiriwch".
ENGINE = MutationEngine(
    paths.mutation_rules_path(), cache(lambda word: spelling.lookup(word) or word.lower() in WELSH_WORDS)
)


def prepare(text: str) -> str:
    """The text as the proofing tools should see it: no markup, no addresses, each placeholder a digit (which the
    mutation rules treat as a boundary, so "ar %(when)s" is never read as "ar" + a word), straight apostrophes
    (the dictionary spells "Mae'r", not "Mae’r")."""
    text = html.unescape(TAG.sub(" ", text))
    text = PLACEHOLDER.sub(" 7 ", text).replace("%%", "%")
    text = ADDRESS.sub(" ", text)
    return text.replace("’", "'").replace("‘", "'")


@cache
def word_known(word: str) -> bool:
    word = word.strip("'")
    if not word or any(char.isdigit() for char in word):
        return True
    if word.lower() in NAMES or word.lower() in WELSH_WORDS or spelling.known(word):
        return True
    host, apostrophe, clitic = word.rpartition("'")
    return bool(apostrophe) and clitic.lower() in CLITICS and word_known(host)


def unknown_words(text: str) -> list[str]:
    return [token.text.strip("'") for token in tokenize(prepare(text)) if not word_known(token.text)]


def serious_mutations(text: str) -> list:
    """Mutation findings to act on: every high-confidence one, and those of a high-confidence rule that the engine
    only downgrades because the word has a capital (so "ar Dydd Mercher" counts; "gan Cylch" is a name)."""
    found = []
    for finding in ENGINE.check_text(prepare(text)):
        rule = ENGINE.triggers.get(finding.trigger)
        if finding.confidence == "high" or (
            rule is not None and rule.confidence == "high" and finding.word.lower() not in UNMUTATED_NAMES
        ):
            found.append(finding)
    return found


@cache
def suggestions_for(word: str) -> tuple[str, ...]:
    errors, _checked, _truncated = spelling.check_text(word, max_errors=1)
    return tuple(errors[0].suggestions) if errors else ()


MAX_WORDS_WITH_SUGGESTIONS = 25  # hunspell's suggestions take seconds per word


def proofing_report(texts: list[tuple[str, str]], *, check_spelling: bool = True) -> tuple[list[str], dict[str, int]]:
    """Every problem in ``texts`` (pairs of where-it-comes-from and Welsh text), one paragraph each, and how often
    each word or mutation is at fault."""
    problems, tally = [], {}
    suggested = set()
    for source, text in texts:
        for word in dict.fromkeys(unknown_words(text)) if check_spelling else ():
            if len(suggested) < MAX_WORDS_WITH_SUGGESTIONS or word in suggested:
                suggested.add(word)
                hint = ", ".join(suggestions_for(word)) or "no suggestion"
            else:
                hint = "suggestions not computed"
            problems.append(f"SPELLING  {source}\n    msgstr: {text!r}\n    word: {word!r}; suggestions: {hint}")
            tally[f"spelling {word!r}"] = tally.get(f"spelling {word!r}", 0) + 1
        for finding in serious_mutations(text):
            fix = f"{finding.trigger} {finding.word} -> {finding.trigger} {', '.join(finding.suggestions)}"
            problems.append(
                f"MUTATION  {source}\n    msgstr: {text!r}\n    word: {finding.word!r} after {finding.trigger!r}; "
                f"suggestion: {', '.join(finding.suggestions)} ({finding.confidence}: {finding.explanation})"
            )
            tally[f"mutation {fix}"] = tally.get(f"mutation {fix}", 0) + 1
    return problems, tally


MAX_SHOWN = 80


def assert_reads_as_welsh(texts: list[tuple[str, str]], *, check_spelling: bool = True):
    problems, tally = proofing_report(texts, check_spelling=check_spelling)
    summary = "\n".join(f"  {count} x {what}" for what, count in sorted(tally.items(), key=lambda item: -item[1]))
    shown = "\n\n".join(problems[:MAX_SHOWN])
    more = f"\n\n… and {len(problems) - MAX_SHOWN} more" if len(problems) > MAX_SHOWN else ""
    assert not problems, f"{len(problems)} Welsh proofing finding(s) in {len(texts)} texts:\n{summary}\n\n{shown}{more}"


# 1. The checker itself catches what a Welsh reader would correct


def test_the_checker_catches_missed_mutations_and_misspellings_but_not_good_welsh():
    assert serious_mutations("Bob wythnos ar Dydd Mercher")
    assert serious_mutations("ar Boreau dydd Mawrth neu Prynhawniau dydd Iau")
    assert serious_mutations("Cymeradwywch neu gwrthodwch y cais")
    assert serious_mutations("am munud")
    assert serious_mutations("Crëwch gyfrif eto neu mewngofnodwch")
    assert not serious_mutations("Bob wythnos ar ddydd Mercher, dydd Iau a dydd Gwener")
    assert not serious_mutations("ar foreau dydd Mawrth neu brynhawniau dydd Iau")
    assert not serious_mutations("Helo gan Cylch, ar %(when)s")
    assert unknown_words("Mae’r sesiwn wedi’i chanslo ar gyfer aelodau’r gymuned; February") == ["February"]
    assert unknown_words("Ychwanegu at Google Calendar: https://example.org/feed.ics, %(email)s") == []


# 2. The catalogue


def catalogue_texts() -> list[tuple[str, str]]:
    texts = []
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        where = f"msgid {entry.msgid!r}" + (f" (msgctxt {entry.msgctxt!r})" if entry.msgctxt else "")
        if entry.msgid_plural:
            texts += [(f"{where} [form {index}]", form) for index, form in sorted(entry.msgstr_plural.items())]
        elif entry.msgstr:
            texts.append((where, entry.msgstr))
    return texts


def test_the_welsh_catalogue_is_spelt_and_mutated_correctly():
    texts = catalogue_texts()
    assert len(texts) > 1000
    assert_reads_as_welsh(texts)


# 3. Sentences Cylch builds


def welsh(function, *args, **kwargs):
    with translation.override("cy"):
        return function(*args, **kwargs)


def test_recurrence_descriptions_read_as_welsh():
    from portal.dates import LONDON, WORKING_DAYS, Weekday
    from sessions.recurrence import KINDS, Recurrence, describe, first_date_problem

    texts = []
    duration = timedelta(minutes=90)
    ends = [
        {},
        {"end": "on_date", "until": date(2027, 7, 1)},
        *({"end": "after_count", "count": count} for count in (1, 2, 3, 8, 11, 20)),
    ]
    weekday_sets = (
        [(code,) for code in Weekday.values]
        + [tuple(pair) for pair in combinations(Weekday.values, 2)]
        + [WORKING_DAYS, ("MO", "WE", "FR")]
    )
    for offset in range(7):  # a first session on each day of the week
        first = datetime(2026, 12, 7 + offset, 9, 30, tzinfo=LONDON)
        for kind in KINDS:
            for interval in (1, 2, 3):
                for nth in (1, 2, 3, 4, -1) if kind == "monthly_nth" else (1,):
                    for end in ends:
                        for days in weekday_sets if kind == "weekly" and interval < 3 and not end else [()]:
                            recurrence = Recurrence(kind=kind, interval=interval, nth=nth, weekdays=days, **end)
                            texts.append(
                                (
                                    f"describe({recurrence})",
                                    welsh(describe, recurrence, first_start=first, duration=duration),
                                )
                            )
                            problem = welsh(first_date_problem, recurrence, first_start=first + timedelta(days=1))
                            if problem:
                                texts.append((f"first_date_problem({recurrence})", problem))
    assert "Bob wythnos ar ddydd Llun, 09:30–11:00" in {text for _source, text in texts}
    assert "Bob 2 wythnos ar ddydd Mawrth a dydd Iau, 09:30–11:00" in {text for _source, text in texts}
    assert_reads_as_welsh(texts)


def test_co_coaching_reasons_and_free_times_read_as_welsh():
    from coaching.models import SLOTS, Field, Mode
    from coaching.phrases import pair_reasons, slot_words
    from coaching.selectors import PairCommonGround

    def ground(**changes):
        values = dict(
            same_field=Field.values[0],
            similar_level=True,
            same_job_title=False,
            different_organisations=True,
            modes=(Mode.VIDEO,),
            slots=("TU-am",),
            topics=(),
        )
        return PairCommonGround(**{**values, **changes})

    texts = [(f"slot_words({slot!r})", welsh(slot_words, slot)) for slot in SLOTS]
    every_mode_set = [modes for size in (1, 2, 3) for modes in combinations(Mode.values, size)]
    for modes in every_mode_set:
        # every slot alone, every ordered pair, and triples with every slot in each place
        triples = {(SLOTS[i], SLOTS[(i + j) % 10], SLOTS[(i + 3 * j) % 10]) for i in range(10) for j in (1, 2, 3)}
        for slots in [(slot,) for slot in SLOTS] + list(permutations(SLOTS, 2)) + sorted(triples):
            for reason in welsh(lambda g: "\n".join(pair_reasons(g)), ground(modes=modes, slots=slots)).split("\n"):
                texts.append((f"pair_reasons(modes={modes}, slots={slots})", reason))
    for field in Field.values:
        for level, title in ((True, True), (True, False), (False, False)):
            grounds = ground(same_field=field, similar_level=level, same_job_title=title, modes=())
            texts += [(f"pair_reasons(field={field})", reason) for reason in welsh(pair_reasons, grounds)]
    reasons = {text for _source, text in texts}
    assert "Gall y ddau ohonoch gyfarfod drwy alwad fideo ar foreau dydd Mawrth neu brynhawniau dydd Iau." in reasons
    assert_reads_as_welsh(texts)


def test_dates_after_ar_read_as_welsh():
    from django.utils.translation import gettext

    from portal.dates import LONDON, date_in_sentence, on_date

    texts = []
    first = datetime(2026, 11, 30, 14, 0, tzinfo=LONDON)  # a Monday
    every_day_and_month = [first + timedelta(days=offset) for offset in range(7)]
    every_day_and_month += [datetime(2027, month, 15, 14, 0, tzinfo=LONDON) for month in range(1, 13)]
    for moment in every_day_and_month:
        for sentence in (
            "The session on %(when)s (UK time) has been cancelled:",
            "You are going to a session on %(when)s (UK time):",
            "It is now on %(when)s (UK time).",
            "Session on %(when)s.",
        ):
            with translation.override("cy"):
                text = gettext(sentence) % {"when": on_date(moment, "l j F Y, H:i")}
            texts.append((f"{sentence!r} with on_date({moment:%A})", text))
        texts.append((f"date_in_sentence({moment:%A})", welsh(date_in_sentence, moment)))
    assert "Mae’r sesiwn ar ddydd Mercher 2 Rhagfyr 2026, 14:00 (amser y DU) wedi’i chanslo:" in {t for _s, t in texts}
    assert_reads_as_welsh(texts)


# Demo text is people's writing, full of names of programmes and places (Horizon Scanning, ESRC, Reykjavik) and good
# Welsh that hunspell lacks (cydgynhyrchu, ffeithlun): it is proofed for mutations only. Its spelling, and every
# word the emails take from the catalogue, is checked above.
ACCEPTED_PHRASES = {
    "ar pryd a sut": "'pryd' (when) opening an indirect question stays unmutated after a preposition",
}


def without_accepted_phrases(text: str) -> str:
    for phrase in ACCEPTED_PHRASES:
        text = text.replace(phrase, ",")
    return text


SESSION_EMAILS = [
    ("scheduling/email/cancelled", {}),
    ("scheduling/email/changed", {}),
    ("scheduling/email/promoted", {}),
    ("scheduling/email/reminder", {}),
    ("scheduling/email/invitation", {"why": "changed"}),
    ("scheduling/email/invitation", {"why": "promoted"}),
    ("scheduling/email/invitation", {"why": "going"}),
    ("scheduling/email/invitation_cancel", {"why": "cancelled"}),
    ("scheduling/email/invitation_cancel", {"why": "left"}),
    ("scheduling/email/invitation_cancel", {"why": "withdrawn"}),
]


@pytest.mark.django_db
def test_demo_data_and_its_emails_read_as_welsh():
    from django.apps import apps
    from django.core.management import call_command
    from django.template.loader import render_to_string

    from notifications.models import OutboundEmail
    from notifications.services import _render, resolve_context
    from sessions.models import Occurrence

    call_command("seed_demo", verbosity=0)
    texts = []
    for model in apps.get_models():
        welsh_fields = [field.name for field in model._meta.get_fields() if field.name.endswith("_cy")]
        for row in model.objects.all() if welsh_fields else ():
            texts += [
                (f"{model._meta.label}.{name} (pk {row.pk})", getattr(row, name))
                for name in welsh_fields
                if (getattr(row, name) or "").strip()
            ]
    assert any(source.startswith("communities.Community.") for source, _text in texts)
    assert any(source.startswith("clip_tracker.Action.") for source, _text in texts)

    # The emails the demo queued, rendered in Welsh as the outbox would send them.
    for email in OutboundEmail.objects.select_related("recipient"):
        email.recipient.preferred_language = "cy"
        message = _render(email, resolve_context(email.context))
        texts += [(f"email {email.template_prefix} (subject)", message.subject)]
        texts += [(f"email {email.template_prefix} (body)", message.body)]
    # And every session email for demo sessions on each day of the week.
    occurrences, days_seen = [], set()
    for occurrence in Occurrence.objects.select_related("series__community").order_by("start"):
        if occurrence.start_local.weekday() not in days_seen:
            days_seen.add(occurrence.start_local.weekday())
            occurrences.append(occurrence)
    assert len(occurrences) >= 3
    recipient = OutboundEmail.objects.first().recipient if OutboundEmail.objects.exists() else None
    for occurrence in occurrences:
        for prefix, extra in SESSION_EMAILS:
            context = {
                "occurrence": occurrence,
                "series": occurrence.series,
                "community": occurrence.series.community,
                "recipient": recipient,
                "site_url": "https://cylch.example",
                **extra,
            }
            with translation.override("cy"):
                for part in ("subject.txt", "body.txt"):
                    texts.append(
                        (
                            f"{prefix}_{part} ({extra}, {occurrence.start_local:%A})",
                            render_to_string(f"{prefix}_{part}", context),
                        )
                    )
    bodies = "\n".join(text for source, text in texts if source.startswith("scheduling/email/cancelled_body"))
    assert "Mae’r sesiwn ar ddydd " in bodies and "Mae’r sesiwn ar Dydd" not in bodies
    assert_reads_as_welsh([(source, without_accepted_phrases(text)) for source, text in texts], check_spelling=False)
