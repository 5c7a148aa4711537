"""What the communities app does when its own rows change outside a service's return value."""

from django.db.models.signals import post_delete, post_save

from portal.cache import version_move

from .models import Community

# The version of what lists of communities show (names, slugs): ``selectors.community_choices`` is kept under it.
COMMUNITY_NAMES = "communities:names"


def _community_changed(sender, **kwargs):
    version_move(COMMUNITY_NAMES)


def connect() -> None:
    post_save.connect(_community_changed, sender=Community, dispatch_uid="communities.names-version-save")
    post_delete.connect(_community_changed, sender=Community, dispatch_uid="communities.names-version-delete")
