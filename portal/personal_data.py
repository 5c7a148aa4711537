"""A person's own data across every app: the download, and deleting their account.

Each app describes and forgets its own rows (``*_data_for`` selectors, ``*_forget_person`` services); this module
only puts them together, because ``portal`` is the one place allowed to import every app."""

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.selectors import user_data_for
from clip_tracker.selectors import clip_data_for
from coaching.selectors import coaching_data_for
from coaching.services import coaching_forget_person
from communities.models import Community, Membership, MembershipState, Role
from communities.selectors import communities_only_hosted_by, community_data_for
from notifications.selectors import notification_data_for
from notifications.services import emails_pending_drop
from sessions.selectors import session_data_for
from sessions.services import rsvps_give_up_coming

EXPORT_FORMAT_VERSION = 1


class AccountDeletionRefused(Exception):
    """The account cannot go yet: it is the only host of these communities."""

    def __init__(self, communities: list[Community]):
        super().__init__(", ".join(community.name for community in communities))
        self.communities = communities


def personal_data_export(*, user: User) -> dict:
    """Everything Cylch holds about ``user``, and nothing about anyone else (a co-coaching partner by name only)."""
    return {
        "about_this_file": {
            "service": "Cylch",
            "format_version": EXPORT_FORMAT_VERSION,
            "exported_at": timezone.now(),
        },
        "profile": user_data_for(user=user),
        "communities": community_data_for(user=user),
        "sessions": session_data_for(user=user),
        "co_coaching": coaching_data_for(user=user),
        "clip": clip_data_for(user=user),
        "notifications": notification_data_for(user=user),
    }


def account_delete_blockers(*, user: User) -> list[Community]:
    """Communities that would be left without a host; while there are any, the account is not deleted."""
    return communities_only_hosted_by(user=user)


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Deletes the person and everything that is only theirs; the CLIP's public record keeps their updates and
    status changes with no author. Refused while they are the only host of a community."""
    user = User.objects.select_for_update().get(pk=user.pk)
    # Every host row of the communities they host, locked: two hosts deleting at once are checked in turn.
    hosted = Membership.objects.filter(user=user, state=MembershipState.ACTIVE, role=Role.HOST).values("community")
    list(
        Membership.objects.select_for_update()
        .filter(community__in=hosted, state=MembershipState.ACTIVE, role=Role.HOST)
        .values_list("pk", flat=True)
    )
    blockers = account_delete_blockers(user=user)
    if blockers:
        raise AccountDeletionRefused(blockers)
    rsvps_give_up_coming(user=user)
    coaching_forget_person(user=user)
    emails_pending_drop(user=user)
    # Memberships and their history, answers, feed addresses, follows, email settings and the sent-mail log go
    # with the user row (on_delete=CASCADE); the CLIP's updates and status changes keep the row with author NULL.
    user.delete()
