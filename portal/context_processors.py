from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def _same_site_path(path: str) -> str:
    """The path if it can only lead to this site; otherwise the home page. A request for ``//evil.example/x``
    (or ``/\\evil.example``) would otherwise give a language link that browsers read as another host."""
    if not path.startswith("/") or path.startswith(("//", "/\\")) or any(ord(char) < 32 for char in path):
        return "/"
    return path


def layout(request):
    """What the shared layout needs on every page: the other language's URL for this page, and where feedback goes."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    other = "en" if current == "cy" else "cy"
    other_url = _same_site_path(translate_url(_same_site_path(request.get_full_path()), other))
    return {
        "other_language_code": other,
        "other_language_url": other_url,
        "feedback_url": settings.FEEDBACK_URL,
    }
