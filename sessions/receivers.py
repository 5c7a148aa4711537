"""How sessions follow changes in the communities app (which does not know sessions exist)."""

from communities.signals import membership_ended

from . import feed_versions, services


def _end_former_members_answers(sender, *, membership, event, **kwargs):
    services.rsvps_end_for_former_member(community=membership.community, user=membership.user, because_of=event)


def connect() -> None:
    membership_ended.connect(_end_former_members_answers, dispatch_uid="sessions.end_former_members_answers")
    feed_versions.connect()
