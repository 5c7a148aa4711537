"""Co-coaching in words: why a pair was suggested, and when people are free.

Every reason is one whole sentence per case, so each language can order its words and mutate them as it needs;
nothing here lower-cases a translation or joins translated fragments with "or" and "and".
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from portal.bilingual import localised

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


# Each free time as it reads on its own, e.g. a checkbox: "Tuesday mornings" (Welsh "Boreau dydd Mawrth").
SLOT_ALONE = {
    "MO-am": gettext_lazy("Monday mornings"),
    "MO-pm": gettext_lazy("Monday afternoons"),
    "TU-am": gettext_lazy("Tuesday mornings"),
    "TU-pm": gettext_lazy("Tuesday afternoons"),
    "WE-am": gettext_lazy("Wednesday mornings"),
    "WE-pm": gettext_lazy("Wednesday afternoons"),
    "TH-am": gettext_lazy("Thursday mornings"),
    "TH-pm": gettext_lazy("Thursday afternoons"),
    "FR-am": gettext_lazy("Friday mornings"),
    "FR-pm": gettext_lazy("Friday afternoons"),
}

# Each free time as it reads straight after "on" (Welsh "ar" softens it: "ar foreau dydd Mawrth").
SLOT_AFTER_ON = {
    "MO-am": pgettext_lazy("free time after 'on'", "Monday mornings"),
    "MO-pm": pgettext_lazy("free time after 'on'", "Monday afternoons"),
    "TU-am": pgettext_lazy("free time after 'on'", "Tuesday mornings"),
    "TU-pm": pgettext_lazy("free time after 'on'", "Tuesday afternoons"),
    "WE-am": pgettext_lazy("free time after 'on'", "Wednesday mornings"),
    "WE-pm": pgettext_lazy("free time after 'on'", "Wednesday afternoons"),
    "TH-am": pgettext_lazy("free time after 'on'", "Thursday mornings"),
    "TH-pm": pgettext_lazy("free time after 'on'", "Thursday afternoons"),
    "FR-am": pgettext_lazy("free time after 'on'", "Friday mornings"),
    "FR-pm": pgettext_lazy("free time after 'on'", "Friday afternoons"),
}

# Each free time in the middle of a list, after a comma (Welsh leaves it as it is: "boreau dydd Mawrth").
SLOT_AFTER_COMMA = {
    "MO-am": pgettext_lazy("free time after a comma in a list", "Monday mornings"),
    "MO-pm": pgettext_lazy("free time after a comma in a list", "Monday afternoons"),
    "TU-am": pgettext_lazy("free time after a comma in a list", "Tuesday mornings"),
    "TU-pm": pgettext_lazy("free time after a comma in a list", "Tuesday afternoons"),
    "WE-am": pgettext_lazy("free time after a comma in a list", "Wednesday mornings"),
    "WE-pm": pgettext_lazy("free time after a comma in a list", "Wednesday afternoons"),
    "TH-am": pgettext_lazy("free time after a comma in a list", "Thursday mornings"),
    "TH-pm": pgettext_lazy("free time after a comma in a list", "Thursday afternoons"),
    "FR-am": pgettext_lazy("free time after a comma in a list", "Friday mornings"),
    "FR-pm": pgettext_lazy("free time after a comma in a list", "Friday afternoons"),
}

# Each free time after "or" (Welsh "neu" softens it: "neu brynhawniau dydd Iau").
SLOT_AFTER_OR = {
    "MO-am": pgettext_lazy("free time after 'or'", "Monday mornings"),
    "MO-pm": pgettext_lazy("free time after 'or'", "Monday afternoons"),
    "TU-am": pgettext_lazy("free time after 'or'", "Tuesday mornings"),
    "TU-pm": pgettext_lazy("free time after 'or'", "Tuesday afternoons"),
    "WE-am": pgettext_lazy("free time after 'or'", "Wednesday mornings"),
    "WE-pm": pgettext_lazy("free time after 'or'", "Wednesday afternoons"),
    "TH-am": pgettext_lazy("free time after 'or'", "Thursday mornings"),
    "TH-pm": pgettext_lazy("free time after 'or'", "Thursday afternoons"),
    "FR-am": pgettext_lazy("free time after 'or'", "Friday mornings"),
    "FR-pm": pgettext_lazy("free time after 'or'", "Friday afternoons"),
}


def slot_words(slot: str) -> str:
    """ "TU-am" as "Tuesday mornings", on its own, in the active language."""
    return str(SLOT_ALONE[slot])


def _free_times(slots: tuple[str, ...]) -> str:
    """One to three free times as they read after "on", each in the form its place in the list needs."""
    shown = slots[:TIMES_SHOWN]
    if len(shown) == 1:
        return str(SLOT_AFTER_ON[shown[0]])
    words = [str(SLOT_AFTER_ON[shown[0]]), *(str(SLOT_AFTER_COMMA[slot]) for slot in shown[1:-1])]
    words.append(str(SLOT_AFTER_OR[shown[-1]]))
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
