from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def layout(request):
    """What the shared layout needs on every page: the other language's URL for this page."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    other = "en" if current == "cy" else "cy"
    return {
        "other_language_code": other,
        "other_language_url": translate_url(request.get_full_path(), other),
    }
