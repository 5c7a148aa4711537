"""What the communities app tells the outbox: its email kinds and its part of the digest (communities new since
the person's last digest that they are not in)."""

from notifications.registry import digest_section_register, email_kinds_register

from .models import Community, CommunityEmailKind, CommunityStatus, Membership, MembershipState, Visibility

DIGEST_MOST_COMMUNITIES = 10


def new_communities_for_digest(*, people, since, now) -> dict[int, list[int]]:
    """Listed, active communities created since each person's ``since`` that they are not a member of, oldest
    first; two queries."""
    member_of: dict[int, set[int]] = {}
    for user_id, community_id in Membership.objects.filter(
        user_id__in=[person.pk for person in people], state=MembershipState.ACTIVE
    ).values_list("user_id", "community_id"):
        member_of.setdefault(user_id, set()).add(community_id)
    new = list(
        Community.objects.filter(
            created_at__gt=min(since.values(), default=now), visibility=Visibility.LISTED, status=CommunityStatus.ACTIVE
        )
        .order_by("created_at")
        .values_list("pk", "created_at")
    )
    return {
        person.pk: [pk for pk, created in new if created > since[person.pk] and pk not in member_of.get(person.pk, ())][
            :DIGEST_MOST_COMMUNITIES
        ]
        for person in people
    }


def register() -> None:
    email_kinds_register(kinds=CommunityEmailKind.choices)
    digest_section_register(
        key="communities",
        model="communities.Community",
        collect=new_communities_for_digest,
        position=20,
        html_template="communities/digest/section.html",
        text_template="communities/digest/section.txt",
    )
