"""The portal's URLs and the ceiling: the cheapest answer the same gunicorn, Django and middleware can give.

portal.urls uses i18n_patterns, which Django allows only in the root URLconf, so its list is extended here rather
than include()d."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

CEILING_PATH = "/bench/ceiling"


def ceiling(request):
    """Anyone: "ok", and nothing else; what every page is compared with."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path(CEILING_PATH.lstrip("/"), ceiling, name="bench_ceiling"), *portal_urlpatterns]
