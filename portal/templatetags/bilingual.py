from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from portal.bilingual import localised
from portal.dates import on_date as on_date_phrase
from portal.rich_text import render_rich_text, rich_text_as_plain

register = template.Library()


@register.simple_tag
def localised_text(obj, field, note=False):
    """Inline text in the page's language; English fallback is marked with lang="en" and, if asked, a visible note."""
    value = localised(obj, field)
    if not value.is_fallback:
        return value.text
    if note:
        return format_html(
            '<span lang="en">{}</span> <strong class="govuk-tag govuk-tag--grey">{}</strong>',
            value.text,
            _("Not yet available in Welsh"),
        )
    return format_html('<span lang="en">{}</span>', value.text)


@register.simple_tag
def localised_paragraphs(obj, field):
    """Formatted text (the Markdown subset of ``portal.rich_text``), sanitised; an English fallback says so above it."""
    value = localised(obj, field)
    if not value.text:
        return ""
    rendered = render_rich_text(value.text)
    if not value.is_fallback:
        return rendered
    return format_html(
        '<p class="govuk-body"><strong class="govuk-tag govuk-tag--grey">{}</strong></p><div lang="en">{}</div>',
        _("Not yet available in Welsh"),
        rendered,
    )


@register.simple_tag
def localised_plain(obj, field):
    """Plain text in the page's language, for titles and emails where markup cannot go."""
    return localised(obj, field).text


@register.simple_tag
def localised_rich_as_plain(obj, field):
    """Formatted text in the page's language as plain text (text emails): Markdown marks gone, links spelled out."""
    return rich_text_as_plain(localised(obj, field).text)


@register.filter
def rich_text(text):
    """Formatted text that has no Welsh twin (e.g. a suggestion's description), sanitised like every other."""
    return render_rich_text(text)


@register.filter(expects_localtime=True)
def on_date(value, date_format="l j F Y"):
    """A date as it reads after "on" ("ar" in Welsh): ``{{ when|on_date:"l j F Y, H:i" }}`` gives "ddydd Mercher 3
    Rhagfyr 2026, 14:00" in Welsh, so "ar {{ when }}" takes the soft mutation. Empty for no date."""
    if not value:
        return ""
    return on_date_phrase(value, date_format)


@register.simple_tag
def select_options(choices, selected):
    """``<option>`` elements for (value, label) pairs, ``selected`` marked: one call for a long list, where a
    template loop would cost a few tags per option."""
    selected = str(selected)
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if str(value) == selected else "", label) for value, label in choices),
    )
