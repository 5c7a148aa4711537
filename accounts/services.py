from django.db import transaction

from .models import Language, User


@transaction.atomic
def user_details_from_signup(*, user: User, details: dict, language: str) -> User:
    """Stores the profile details given at sign-up; the sign-up page's language becomes the preference."""
    user.display_name = details["display_name"].strip()
    user.organisation = details.get("organisation", "").strip()
    user.job_title = details.get("job_title", "").strip()
    user.team = details.get("team", "").strip()
    user.preferred_language = language if language in Language.values else Language.ENGLISH
    user.save()
    return user


@transaction.atomic
def user_profile_update(*, user: User, details: dict) -> User:
    """Saves the fields a person may change about themselves, and only those."""
    for field, value in details.items():
        setattr(user, field, value.strip() if isinstance(value, str) else value)
    user.save(update_fields=list(details))
    return user
