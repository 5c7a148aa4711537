from django.conf import settings

from .models import User


def user_is_coordinator(*, user: User) -> bool:
    """CLIP coordinators are members of one Django group, named in settings."""
    if not user.is_authenticated:
        return False
    return user.groups.filter(name=settings.COORDINATORS_GROUP).exists()


def coordinators():
    return User.objects.filter(groups__name=settings.COORDINATORS_GROUP, is_active=True)
