"""Co-coaching in words: why a pair was suggested, and when people are free.

Every reason is one whole sentence per case, so each language can order its words and mutate them as it needs;
nothing here lower-cases a translation or joins translated fragments with "or" and "and".
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.bilingual import localised
from portal.dates import Weekday

from .models import Field, Mode
from .selectors import PairCommonGround

TIMES_SHOWN = 3
TOPICS_SHOWN = 3

# One sentence for each set of ways of meeting that two people share. %(times)s is one to three of their shared
# free times, e.g. "Tuesday mornings or Thursday afternoons" (see ``_free_times``).
MEET_BY = {
    # Translators: %(times)s is one to three times both people are usually free, e.g. "Tuesday mornings or
    # Thursday afternoons". The same goes for the six sentences after this one.
    frozenset({Mode.IN_PERSON}): gettext_lazy("You can both meet face to face on %(times)s."),
    frozenset({Mode.PHONE}): gettext_lazy("You can both meet by phone on %(times)s."),
    frozenset({Mode.VIDEO}): gettext_lazy("You can both meet by video call on %(times)s."),
    frozenset({Mode.IN_PERSON, Mode.PHONE}): gettext_lazy("You can both meet face to face or by phone on %(times)s."),
    frozenset({Mode.IN_PERSON, Mode.VIDEO}): gettext_lazy(
        "You can both meet face to face or by video call on %(times)s."
    ),
    frozenset({Mode.PHONE, Mode.VIDEO}): gettext_lazy("You can both meet by phone or by video call on %(times)s."),
    frozenset({Mode.IN_PERSON, Mode.PHONE, Mode.VIDEO}): gettext_lazy(
        "You can both meet face to face, by phone or by video call on %(times)s."
    ),
}


def slot_words(slot: str) -> str:
    """ "TU-am" as "Tuesday mornings", in the active language."""
    day, part = slot.split("-")
    return (_("%(day)s mornings") if part == "am" else _("%(day)s afternoons")) % {"day": Weekday(day).label}


def _free_times(slots: tuple[str, ...]) -> str:
    words = [slot_words(slot) for slot in slots[:TIMES_SHOWN]]
    if len(words) == 1:
        return words[0]
    if len(words) == 2:
        # Translators: two times two people are both free, e.g. "Tuesday mornings or Thursday afternoons".
        return _("%(first)s or %(second)s") % {"first": words[0], "second": words[1]}
    # Translators: three times two people are both free, e.g. "Monday mornings, Tuesday mornings or Friday
    # afternoons".
    return _("%(first)s, %(second)s or %(third)s") % {"first": words[0], "second": words[1], "third": words[2]}


def _topics_sentence(topics) -> str:
    names = [localised(topic, "name").text for topic in topics[:TOPICS_SHOWN]]
    if len(names) == 1:
        # Translators: %(first)s is the name of a topic, as written by the coordinators.
        return _("You both want to reflect on “%(first)s”.") % {"first": names[0]}
    if len(names) == 2:
        return _("You both want to reflect on “%(first)s” and “%(second)s”.") % {"first": names[0], "second": names[1]}
    return _("You both want to reflect on “%(first)s”, “%(second)s” and “%(third)s”.") % {
        "first": names[0],
        "second": names[1],
        "third": names[2],
    }


def pair_reasons(ground: PairCommonGround | None) -> list[str]:
    """Why these two were matched, in plain words in the active language (``selectors.pair_common_ground``)."""
    if ground is None:
        return []
    reasons = []
    if ground.same_field:
        field = Field(ground.same_field).label
        if not ground.similar_level:
            reasons.append(_("You both work in %(field)s.") % {"field": field})
        elif ground.same_job_title:
            reasons.append(_("You both work in %(field)s at a similar level.") % {"field": field})
        else:
            reasons.append(_("You both work in %(field)s at a similar level, in different roles.") % {"field": field})
    elif ground.similar_level:
        reasons.append(_("You work at a similar level in different fields, which can bring a fresh view."))
    if ground.different_organisations:
        reasons.append(_("You work for different organisations, so you can speak freely."))
    if ground.modes and ground.slots:
        reasons.append(MEET_BY[frozenset(ground.modes)] % {"times": _free_times(ground.slots)})
    if ground.topics:
        reasons.append(_topics_sentence(ground.topics))
    return reasons
