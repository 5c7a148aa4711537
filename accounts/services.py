from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from .models import Language, User
from .selectors import public_body_for_email


@transaction.atomic
def user_signup_details_save(*, user: User, details: dict, language: str) -> User:
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


@transaction.atomic
def user_make_coordinator(*, user: User) -> User:
    """Puts the person in the coordinators' group (settings.COORDINATORS_GROUP); already there, nothing changes."""
    group, _created = Group.objects.get_or_create(name=settings.COORDINATORS_GROUP)
    user.groups.add(group)
    return user


@transaction.atomic
def unconfirmed_email_claims_release(*, email: str, keep_user=None) -> int:
    """Forgets other accounts' unconfirmed claims to an address (an extra address someone added but never
    confirmed), so whoever really reads that mailbox can sign up with it or confirm it. A claim proves nothing until
    it is confirmed; an account's own sign-in address and confirmed addresses are never touched."""
    from allauth.account.models import EmailAddress

    claims = EmailAddress.objects.filter(email__iexact=email, verified=False, primary=False)
    if keep_user is not None:
        claims = claims.exclude(user=keep_user)
    deleted, _by_model = claims.delete()
    return deleted


# Not wrapped in a transaction: its one write is a single conditional UPDATE.
def user_organisation_fill(*, user: User) -> User:
    """Fills a blank organisation with the public body that the person's email domain belongs to, named in their
    language; an organisation already given, even one saved since this user was loaded, is never replaced."""
    if user.organisation.strip():
        return user
    body = public_body_for_email(email=user.email)
    if body is None:
        return user
    organisation = body.name_in(user.preferred_language)
    # Conditional on the stored value: a sign-up form saving what the person typed may have got there first.
    filled = User.objects.filter(pk=user.pk, organisation="").update(organisation=organisation)
    if filled:
        user.organisation = organisation
    else:
        user.refresh_from_db(fields=["organisation"])
    return user
