"""The progress report's own pieces: its title and period in the page's language, each entry's heading, and
people's formatted text with references to other actions ("action 5.2", "cam gweithredu 5.2") made into links
within the report.

References are linked in the already-sanitised HTML: only its text nodes are read, the tags around them are
passed on exactly as the sanitiser wrote them, every piece of text is escaped again, and a link is made only
for a number the report prints, with markup this module writes. Nothing a person types can become markup.
"""

import re
from html import escape
from html.parser import HTMLParser

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from portal.bilingual import localised
from portal.rich_text import render_rich_text

register = template.Library()

NUMBER = r"\d{1,3}\.\d{1,3}(?![\d]|\.\d)"
# "action 5.2", "Actions 4.2 and 4.5", "actions 1.1 – 1.7"; in Welsh "cam gweithredu 5.2" and its mutations
# ("gam", "cham", "ngham"), "camau gweithredu 4.2 a 4.5".
REFERENCE = re.compile(
    rf"\b(?P<word>actions?|(?:c|g|ch|ngh)am(?:au)?[ \u00a0]+gweithredu)[ \u00a0]+(?P<first>{NUMBER})"
    rf"(?P<more>(?:[ \u00a0]*(?:,|&|–|-|[ \u00a0](?:and|or|to|a|ac|neu|i|hyd at))[ \u00a0]*{NUMBER})*)",
    re.IGNORECASE | re.ASCII,  # ASCII digits only, as action numbers are
)
FURTHER_NUMBER = re.compile(NUMBER, re.ASCII)
ANCHOR_PARTS = re.compile(r"[0-9a-z]+", re.ASCII)


def action_anchor(number: str) -> str:
    """The id of an action's heading in the report: "action-4-2" for 4.2."""
    return "action-" + "-".join(ANCHOR_PARTS.findall(str(number).lower()))


register.filter("action_anchor", action_anchor)


def _link(number: str, text: str) -> str:
    return f'<a class="govuk-link" href="#{action_anchor(number)}">{escape(text, quote=False)}</a>'


def _linked_text(text: str, known_numbers) -> str:
    """Plain text as HTML (escaped), each reference to a number in ``known_numbers`` a link to its heading."""
    out: list[str] = []
    position = 0
    for match in REFERENCE.finditer(text):
        out.append(escape(text[position : match.start()], quote=False))
        first = match["first"]
        words = text[match.start() : match.end("first")]
        out.append(_link(first, words) if first in known_numbers else escape(words, quote=False))
        more, more_position = match["more"], 0
        for further in FURTHER_NUMBER.finditer(more):
            out.append(escape(more[more_position : further.start()], quote=False))
            number = further.group()
            out.append(_link(number, number) if number in known_numbers else escape(number, quote=False))
            more_position = further.end()
        out.append(escape(more[more_position:], quote=False))
        position = match.end()
    out.append(escape(text[position:], quote=False))
    return "".join(out)


class _ReferenceLinker(HTMLParser):
    """Copies sanitised HTML, linking references in text that is not already inside a link."""

    def __init__(self, known_numbers):
        super().__init__(convert_charrefs=True)
        self.known_numbers = known_numbers
        self.out: list[str] = []
        self.inside_link = 0

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag == "a":
            self.inside_link += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag == "a":
            self.inside_link = max(0, self.inside_link - 1)

    def handle_data(self, data):
        if self.inside_link:
            self.out.append(escape(data, quote=False))
        else:
            self.out.append(_linked_text(data, self.known_numbers))


def link_action_references(html: SafeString, known_numbers) -> SafeString:
    """``html`` (the sanitiser's output) with references to the report's actions linked to their headings."""
    if not known_numbers or not html:
        return html
    linker = _ReferenceLinker(set(known_numbers))
    linker.feed(str(html))
    linker.close()
    return mark_safe("".join(linker.out))  # noqa: S308 (sanitised tags copied as written; all text escaped)


@register.simple_tag
def report_paragraphs(obj, field, known_numbers=()):
    """Like ``localised_paragraphs``: the field in the page's language (English, marked, when there is no Welsh),
    sanitised, and with references to the report's actions made into links."""
    if obj is None:
        return ""
    value = localised(obj, field)
    if not value.text:
        return ""
    rendered = link_action_references(render_rich_text(value.text), known_numbers)
    if not value.is_fallback:
        return rendered
    return format_html(
        '<p class="govuk-body"><strong class="govuk-tag govuk-tag--grey">{}</strong></p><div lang="en">{}</div>',
        _("Not yet available in Welsh"),
        rendered,
    )


def _inline(value) -> SafeString:
    if value.is_fallback:
        return format_html('<span lang="en">{}</span>', value.text)
    return format_html("{}", value.text)


@register.simple_tag
def report_title(period):
    """The report's title in the page's language; the plan's title while the report has none."""
    title = localised(period, "report_title")
    return _inline(title if title.text else localised(period.plan, "title"))


@register.simple_tag
def report_title_plain(period) -> str:
    return localised(period, "report_title").text or localised(period.plan, "title").text


@register.simple_tag
def period_label(period):
    """The period's label in the page's language (the English, marked, while there is no Welsh)."""
    return _inline(localised(period, "label"))


@register.simple_tag
def entry_heading(entry):
    """ "Action 4.2: title", or for actions reported together "Action 4.2 and action 4.5: title / title"."""
    numbers = [action.number for action in entry.actions]
    if len(numbers) == 1:
        # Translators: the heading of one action in the progress report.
        lead = _("Action %(number)s") % {"number": numbers[0]}
    elif len(numbers) == 2:
        # Translators: the heading of two actions reported together ("Cam gweithredu 4.2 a cham gweithredu 4.5").
        lead = _("Action %(first)s and action %(second)s") % {"first": numbers[0], "second": numbers[1]}
    else:
        # Translators: the heading of three or more actions reported together: "Actions 4.2, 4.5 and 4.7".
        lead = _("Actions %(numbers)s and %(last)s") % {"numbers": ", ".join(numbers[:-1]), "last": numbers[-1]}
    titles = format_html_join(" / ", "{}", ((_inline(localised(action, "title")),) for action in entry.actions))
    return format_html("{}: {}", lead, titles)


@register.simple_tag
def progress_heading(theme, period):
    """ "Our progress on actions 4.1 – 4.9 (February 2023 – February 2024)" for a theme's actions."""
    actions = theme.report_actions
    label = localised(period, "label").text
    if not actions:
        return ""
    first, last = actions[0].number, actions[-1].number
    if first == last:
        # Translators: a theme's progress heading; period is the reporting period's label.
        return _("Our progress on action %(number)s (%(period)s)") % {"number": first, "period": label}
    # Translators: a theme's progress heading, from its first action to its last; period is the period's label.
    return _("Our progress on actions %(first)s – %(last)s (%(period)s)") % {
        "first": first,
        "last": last,
        "period": label,
    }


@register.filter
def topics_of_kind(topics, kind):
    """An action's tags of one kind: "way" (the ways of working) or "goal" (the well-being goals)."""
    return [topic for topic in topics if topic.kind == kind]


@register.simple_tag
def topic_names(topics):
    """Tag names in the page's language, joined as a list is read ("Long term, Prevention")."""
    return format_html_join(", ", "{}", ((_inline(localised(topic, "name")),) for topic in topics))


@register.filter
def has_text(obj, field) -> bool:
    """Whether the field has anything to show in the page's language (or, failing that, in English)."""
    return obj is not None and bool(localised(obj, field).text.strip())
