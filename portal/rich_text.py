"""The one way to show what people write: a small Markdown subset, rendered without HTML and then sanitised.

People may write paragraphs, lists, emphasis and links. markdown-it-py is run with raw HTML off, and its output
goes through nh3 (the Ammonia sanitiser) with an allow-list, so nothing a person types can become an element,
attribute or URL scheme we did not choose. Pages get HTML; feeds, CSV and JSON get plain text from the same
parse, so links keep their addresses.
"""

import re
from functools import lru_cache

import nh3
from django.core.validators import MaxLengthValidator
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from markdown_it import MarkdownIt

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HTML_TAG = re.compile(r"<[^<>]*>")
LINK_SCHEMES = {"http", "https", "mailto"}
# The longest formatted text a form accepts: a few pages, and bounded work for every page and feed that shows it.
RICH_TEXT_MAX_LENGTH = 5000
# The help text under every field that takes formatting.
RICH_TEXT_HELP = _(
    "You can use simple formatting: a blank line between paragraphs, “- ” at the start of a line for "
    "a list, **bold**, *italic* and [words](https://…) for a link."
)
LINK_REL = "nofollow noopener"

RICH_TEXT_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a"}
RICH_TEXT_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
RICH_TEXT_CLASSES = {
    "p": {"class": "govuk-body"},
    "ul": {"class": "govuk-list govuk-list--bullet"},
    "ol": {"class": "govuk-list govuk-list--number"},
    "a": {"class": "govuk-link"},
}

# Published CLIP reports are stored as the HTML of our own report template, with people's text inside it. Before
# this module existed that text went in unescaped, so stored reports are cleaned again every time they are shown.
REPORT_TAGS = RICH_TEXT_TAGS | {"h1", "h2", "h3", "h4", "span", "section", "nav", "div", "strong", "dl", "dt", "dd"}
REPORT_ATTRIBUTES = {
    "*": {"class", "lang", "id"},
    "a": {"href"},
    "ol": {"start"},
    "section": {"aria-labelledby"},
    "nav": {"aria-labelledby"},
}


def limit_rich_text(field) -> None:
    """Gives a form's formatted-text field the common length limit (the model's TextField has none)."""
    field.max_length = RICH_TEXT_MAX_LENGTH
    field.validators.append(MaxLengthValidator(RICH_TEXT_MAX_LENGTH))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("zero", {"html": False, "breaks": True, "linkify": True, "typographer": False})
    parser.enable(["list", "emphasis", "link", "autolink", "linkify", "newline", "escape", "entity"])
    parser.validateLink = _is_allowed_link
    return parser


def _is_allowed_link(url: str) -> bool:
    scheme = url.split(":", 1)[0].strip().lower() if ":" in url else ""
    return scheme in LINK_SCHEMES


def _clean_source(text: str | None) -> str:
    return CONTROL_CHARACTERS.sub("", text or "")


def plain_text(text: str | None) -> str:
    """Text for places that take no markup but whose readers might still render some (Google Calendar shows
    HTML in an event's description): control characters and anything shaped like an HTML tag removed."""
    text = _clean_source(text)
    while True:
        stripped = HTML_TAG.sub("", text)
        if stripped == text:
            return text
        text = stripped


def render_rich_text(text: str | None) -> SafeString:
    """Markdown (paragraphs, lists, emphasis, links) as sanitised HTML inside a container htmx leaves alone."""
    source = _clean_source(text)
    if not source.strip():
        return mark_safe("")
    html = nh3.clean(
        _parser().render(source),
        tags=RICH_TEXT_TAGS,
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel=LINK_REL,
        set_tag_attribute_values=RICH_TEXT_CLASSES,
        strip_comments=True,
    )
    return format_html('<div class="cylch-rich-text" hx-disable>{}</div>', mark_safe(html))  # noqa: S308 (nh3 above)


def rich_text_as_plain(text: str | None) -> str:
    """The same text for places that take no markup (feeds, CSV, JSON, text emails): Markdown marks removed,
    each link written as "label (address)", list items as lines starting "- "."""
    source = _clean_source(text)
    if not source.strip():
        return ""
    lines: list[str] = []
    list_stack: list[list[int | None]] = []  # per open list: the next number, or None for bullets
    prefix = ""
    for token in _parser().parse(source):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            list_stack.append([int(start) if start else 1] if token.type == "ordered_list_open" else [None])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
            if not list_stack:
                lines.append("")
        elif token.type == "list_item_open":
            counter = list_stack[-1]
            indent = "  " * (len(list_stack) - 1)
            if counter[0] is None:
                prefix = f"{indent}- "
            else:
                prefix = f"{indent}{counter[0]}. "
                counter[0] += 1
        elif token.type == "inline":
            lines.append(prefix + plain_text(_inline_as_plain(token.children or [])))
            prefix = ""
        elif token.type == "paragraph_close" and not list_stack:
            lines.append("")
    return "\n".join(lines).strip()


def _inline_as_plain(children) -> str:
    parts: list[str] = []
    link_targets: list[tuple[str, int]] = []
    for child in children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "link_open":
            link_targets.append((str(child.attrGet("href") or ""), len(parts)))
        elif child.type == "link_close" and link_targets:
            href, started = link_targets.pop()
            label = "".join(parts[started:])
            shown = href.removeprefix("mailto:")
            if href and shown != label:
                parts.append(f" ({shown})")
    return "".join(parts)


# The report template's own ids: its sections, its themes ("theme-4") and its actions ("action-4-2").
REPORT_IDS = re.compile(
    r"^(?:contents|introduction|our-progress|conclusion|key-terms|contact|theme-\d{1,3}"
    r"|action-[0-9a-z]{1,10}(?:-[0-9a-z]{1,10}){0,4})$"
)


def _report_attribute(tag: str, attribute: str, value: str) -> str | None:
    # Only the report template's own ids: another id could shadow one the page's script looks up.
    if attribute in ("id", "aria-labelledby") and not REPORT_IDS.fullmatch(value):
        return None
    # A link goes to one of those ids within the report ("#action-4-2") or to an allowed scheme; never to a path
    # of this site or to another host by a scheme-relative address ("//…").
    if attribute == "href":
        if value.startswith("#"):
            return value if REPORT_IDS.fullmatch(value[1:]) else None
        return value if _is_allowed_link(value) else None
    return value


def clean_stored_report_html(html: str | None) -> SafeString:
    """A published report's stored HTML, cleaned with the report layout's allow-list before it is shown."""
    cleaned = nh3.clean(
        html or "",
        tags=REPORT_TAGS,
        attributes=REPORT_ATTRIBUTES,
        attribute_filter=_report_attribute,
        url_schemes=LINK_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return format_html('<div class="cylch-report" hx-disable>{}</div>', mark_safe(cleaned))  # noqa: S308 (nh3 above)
