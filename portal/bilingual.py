"""Content fields kept in English and Welsh (``field`` and ``field_cy``)."""

from dataclasses import dataclass

from django.utils import translation


@dataclass(frozen=True)
class LocalisedText:
    text: str
    language: str  # the language ``text`` is actually written in
    is_fallback: bool  # Welsh was wanted but only English exists


def localised(obj, field: str) -> LocalisedText:
    """The field in the active language, falling back to English when there is no Welsh version."""
    english = getattr(obj, field) or ""
    if translation.get_language() != "cy":
        return LocalisedText(english, "en", False)
    welsh = getattr(obj, f"{field}_cy", "") or ""
    if welsh.strip():
        return LocalisedText(welsh, "cy", False)
    return LocalisedText(english, "en", bool(english))
