from django import template
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal.bilingual import localised

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
    """Multi-paragraph text as GOV.UK paragraphs; an English fallback says so above the text."""
    value = localised(obj, field)
    if not value.text:
        return ""
    paragraphs = linebreaks(value.text).replace("<p>", '<p class="govuk-body">')
    if not value.is_fallback:
        return mark_safe(paragraphs)  # noqa: S308 (linebreaks escapes its input)
    return format_html(
        '<p class="govuk-body"><strong class="govuk-tag govuk-tag--grey">{}</strong></p><div lang="en">{}</div>',
        _("Not yet available in Welsh"),
        mark_safe(paragraphs),  # noqa: S308
    )


@register.simple_tag
def localised_plain(obj, field):
    """Plain text in the page's language, for titles and emails where markup cannot go."""
    return localised(obj, field).text
