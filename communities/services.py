from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from accounts.selectors import coordinators
from notifications.services import email_enqueue, model_ref

from .models import (
    Community,
    CommunityEmailKind,
    CommunityStatus,
    CommunitySuggestion,
    JoinPolicy,
    Membership,
    MembershipEvent,
    MembershipEventKind,
    MembershipState,
    Role,
    SuggestionStatus,
)
from .search import community_search_text
from .signals import membership_ended

RESERVED_SLUGS = {"mine", "suggest", "suggestions", "calendar"}


class MembershipError(Exception):
    """A membership change that cannot happen; ``str()`` is a message for the person who asked."""


def _record(membership: Membership, kind: str, acting_user) -> MembershipEvent:
    return MembershipEvent.objects.create(membership=membership, kind=kind, acting_user=acting_user)


def _locked_membership(*, community: Community, user) -> tuple[Membership, bool]:
    membership, created = Membership.objects.select_for_update().get_or_create(
        community=community, user=user, defaults={"state": MembershipState.LEFT}
    )
    return membership, created


def _active_host_count(community: Community) -> int:
    """Counts the community's hosts with their rows locked, so two hosts leaving at once cannot both be "not the
    last one"."""
    return len(
        Membership.objects.select_for_update()
        .filter(community=community, state=MembershipState.ACTIVE, role=Role.HOST)
        .values_list("pk", flat=True)
    )


def _removed_and_not_taken_back(membership: Membership) -> bool:
    """Whether a host removed this person and no host has let them back in since (withdrawing a request, or a
    declined one, does not wipe out a removal)."""
    last = (
        membership.events.filter(
            kind__in=[MembershipEventKind.REMOVED, MembershipEventKind.APPROVED, MembershipEventKind.ADDED_AS_HOST]
        )
        .order_by("-created_at", "-pk")
        .values_list("kind", flat=True)
        .first()
    )
    return last == MembershipEventKind.REMOVED


@transaction.atomic
def community_join(*, community: Community, user) -> Membership:
    """Joins an open community or asks to join one that needs approval; doing it twice changes nothing."""
    if community.status != CommunityStatus.ACTIVE:
        raise MembershipError(_("This community is not taking new members at the moment."))
    membership, _created = _locked_membership(community=community, user=user)
    if membership.state in (MembershipState.ACTIVE, MembershipState.PENDING):
        return membership
    if community.join_policy == JoinPolicy.INVITE:
        raise MembershipError(_("This community is invite only. Contact its hosts to ask for an invitation."))
    # Someone a host removed has to ask again, even where joining is open.
    needs_approval = community.join_policy == JoinPolicy.REQUEST or _removed_and_not_taken_back(membership)
    if needs_approval:
        membership.state = MembershipState.PENDING
        membership.save(update_fields=["state", "updated_at"])
        MembershipEvent.objects.create(membership=membership, kind=MembershipEventKind.REQUESTED, acting_user=user)
        # One email per requester, community and day however often they ask and withdraw: hosts see every
        # waiting request on the members page anyway.
        today = timezone.localdate()
        for host in Membership.objects.filter(community=community, state=MembershipState.ACTIVE, role=Role.HOST):
            email_enqueue(
                recipient_id=host.user_id,
                kind=CommunityEmailKind.JOIN_REQUEST,
                dedupe_key=f"join-request:{community.pk}:{user.pk}:{today.isoformat()}",
                template_prefix="communities/email/join_request",
                context={"community": model_ref(community), "requester": model_ref(user)},
            )
        return membership
    membership.state = MembershipState.ACTIVE
    membership.role = Role.MEMBER
    membership.joined_at = timezone.now()
    membership.save(update_fields=["state", "role", "joined_at", "updated_at"])
    _record(membership, MembershipEventKind.JOINED, user)
    return membership


@transaction.atomic
def community_leave(*, community: Community, user) -> Membership | None:
    """Leaves a community or withdraws a request; the record and its history stay."""
    membership = Membership.objects.select_for_update().filter(community=community, user=user).first()
    if membership is None or membership.state not in (MembershipState.ACTIVE, MembershipState.PENDING):
        return membership
    if membership.is_host and _active_host_count(community) == 1:
        raise MembershipError(_("You are this community's only host. Make another member a host before you leave."))
    was_member = membership.state == MembershipState.ACTIVE
    membership.state = MembershipState.LEFT
    membership.role = Role.MEMBER
    membership.save(update_fields=["state", "role", "updated_at"])
    event = _record(membership, MembershipEventKind.LEFT, user)
    if was_member:
        membership_ended.send(sender=Membership, membership=membership, event=event)
    return membership


@transaction.atomic
def membership_request_decide(*, membership: Membership, approve: bool, acting_user) -> Membership:
    """Approves or declines a pending request and tells the person who asked."""
    membership = Membership.objects.select_for_update().select_related("community", "user").get(pk=membership.pk)
    if membership.state != MembershipState.PENDING:
        raise MembershipError(_("This request has already been dealt with."))
    if approve:
        membership.state = MembershipState.ACTIVE
        membership.joined_at = timezone.now()
        kind = MembershipEventKind.APPROVED
    else:
        membership.state = MembershipState.DECLINED
        kind = MembershipEventKind.DECLINED
    membership.save(update_fields=["state", "joined_at", "updated_at"])
    event = MembershipEvent.objects.create(membership=membership, kind=kind, acting_user=acting_user)
    email_enqueue(
        recipient=membership.user,
        kind=CommunityEmailKind.JOIN_DECISION,
        dedupe_key=f"membership-event:{event.pk}",
        template_prefix="communities/email/request_approved" if approve else "communities/email/request_declined",
        context={"community": model_ref(membership.community)},
    )
    return membership


@transaction.atomic
def membership_promote_to_host(*, membership: Membership, acting_user) -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.state != MembershipState.ACTIVE:
        raise MembershipError(_("Only current members can be made hosts."))
    if membership.role == Role.HOST:
        return membership
    membership.role = Role.HOST
    membership.save(update_fields=["role", "updated_at"])
    _record(membership, MembershipEventKind.PROMOTED, acting_user)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, acting_user) -> Membership:
    """Ends a member's membership (their coming session places go, through ``membership_ended``) and emails them
    once; removing someone already gone changes nothing."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.state != MembershipState.ACTIVE:
        return membership
    if membership.user_id == acting_user.pk:
        raise MembershipError(_("To leave the community yourself, use the Leave button on its page."))
    if membership.role == Role.HOST and _active_host_count(membership.community) == 1:
        raise MembershipError(_("A community needs at least one host."))
    membership.state = MembershipState.REMOVED
    membership.role = Role.MEMBER
    membership.save(update_fields=["state", "role", "updated_at"])
    event = _record(membership, MembershipEventKind.REMOVED, acting_user)
    membership_ended.send(sender=Membership, membership=membership, event=event)
    email_enqueue(
        recipient_id=membership.user_id,
        kind=CommunityEmailKind.MEMBER_REMOVED,
        dedupe_key=f"membership-event:{event.pk}",
        template_prefix="communities/email/member_removed",
        context={"community": model_ref(membership.community)},
    )
    return membership


def community_search_text_refresh(*, community: Community) -> None:
    """Rebuilds the stored search text (both languages and topic names) and, on PostgreSQL, its tsvector."""
    text = community_search_text(community, community.topics.all())
    updates = {"search_text": text}
    if connection.vendor == "postgresql":
        updates["search_vector"] = SearchVector(Value(text), config="simple")
    Community.objects.filter(pk=community.pk).update(**updates)


def community_slug_unique(name: str) -> str:
    """A slug made from the name that no community has yet and no page of the site uses."""
    base = slugify(name)[:70] or "community"
    if base in RESERVED_SLUGS:
        base = f"{base}-community"
    slug, n = base, 2
    while Community.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def community_save(*, community: Community, topics=None) -> Community:
    """Saves a community's details (and topics, if given) and refreshes its search text."""
    if not community.slug:
        community.slug = community_slug_unique(community.name)
    community.save()
    if topics is not None:
        community.topics.set(topics)
    community_search_text_refresh(community=community)
    return community


@transaction.atomic
def community_create(*, community: Community, hosts, topics=(), acting_user) -> Community:
    """Creates a community with its first hosts."""
    community_save(community=community, topics=topics)
    now = timezone.now()
    for host in hosts:
        membership = Membership.objects.create(
            community=community, user=host, role=Role.HOST, state=MembershipState.ACTIVE, joined_at=now
        )
        _record(membership, MembershipEventKind.ADDED_AS_HOST, acting_user)
    return community


SUGGESTIONS_PER_DAY = 3


@transaction.atomic
def suggestion_submit(*, suggested_by, name: str, description: str, preferred_cadence: str, willing_to_host: bool):
    """Records a suggestion and emails the coordinators; at most SUGGESTIONS_PER_DAY a person in any 24 hours."""
    # The person's row is the lock: suggestions sent at the same moment are counted one after another.
    get_user_model().objects.select_for_update().filter(pk=suggested_by.pk).first()
    recent = CommunitySuggestion.objects.filter(
        suggested_by=suggested_by, created_at__gte=timezone.now() - timedelta(days=1)
    ).count()
    if recent >= SUGGESTIONS_PER_DAY:
        raise MembershipError(
            _(
                "You have made %(count)s suggestions today, which is as many as we take in a day. "
                "Please send this one tomorrow."
            )
            % {"count": SUGGESTIONS_PER_DAY}
        )
    suggestion = CommunitySuggestion.objects.create(
        suggested_by=suggested_by,
        name=name.strip(),
        description=description.strip(),
        preferred_cadence=preferred_cadence.strip(),
        willing_to_host=willing_to_host,
    )
    for coordinator in coordinators():
        email_enqueue(
            recipient=coordinator,
            kind=CommunityEmailKind.SUGGESTION,
            dedupe_key=f"suggestion:{suggestion.pk}:received",
            template_prefix="communities/email/suggestion_received",
            context={"suggestion": model_ref(suggestion)},
        )
    return suggestion


@transaction.atomic
def suggestion_create_community(*, suggestion: CommunitySuggestion, acting_user) -> Community:
    """Turns a suggestion into a listed community; the suggester hosts it if they offered, otherwise the coordinator."""
    suggestion = CommunitySuggestion.objects.select_for_update().select_related("suggested_by").get(pk=suggestion.pk)
    if suggestion.status != SuggestionStatus.NEW:
        raise MembershipError(_("This suggestion has already been dealt with."))
    community = Community(
        name=suggestion.name,
        summary=suggestion.description[:280],
        description=suggestion.description,
        cadence=suggestion.preferred_cadence,
        contact_email=suggestion.suggested_by.email if suggestion.willing_to_host else acting_user.email,
    )
    host = suggestion.suggested_by if suggestion.willing_to_host else acting_user
    community_create(community=community, hosts=[host], acting_user=acting_user)
    suggestion.status = SuggestionStatus.CREATED
    suggestion.community = community
    suggestion.handled_by = acting_user
    suggestion.save(update_fields=["status", "community", "handled_by"])
    email_enqueue(
        recipient=suggestion.suggested_by,
        kind=CommunityEmailKind.SUGGESTION,
        dedupe_key=f"suggestion:{suggestion.pk}:created",
        template_prefix="communities/email/suggestion_created",
        context={"community": model_ref(community), "suggestion": model_ref(suggestion)},
    )
    return community


@transaction.atomic
def suggestion_decline(*, suggestion: CommunitySuggestion, acting_user) -> CommunitySuggestion:
    suggestion = CommunitySuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.status != SuggestionStatus.NEW:
        return suggestion
    suggestion.status = SuggestionStatus.DECLINED
    suggestion.handled_by = acting_user
    suggestion.save(update_fields=["status", "handled_by"])
    return suggestion
