"""Production settings with the benchmark's URLs: the portal's plus the ceiling view, so the ceiling goes through
exactly the middleware every page does. DEBUG is off there, so Django uses the cached template loader."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
