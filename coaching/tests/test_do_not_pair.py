"""The "do not pair me with" list never says who has an account, is bounded, and still works for people who
join after it was written."""

from coaching.models import CoachingProfile, Pair
from tests.factories import coaching_round_run, make_person

PROFILE = {
    "grade": "4",
    "field": "policy",
    "modes": ["video"],
    "region": "south_east",
    "language": "either",
    "availability": ["TU-am"],
    "frequency": "fortnightly",
}


def test_the_answer_is_the_same_whether_or_not_addresses_have_accounts(client, member, outsider):
    client.force_login(member)
    with_accounts = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": outsider.email})
    without = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": "nobody@nowhere.example"})
    assert with_accounts.status_code == without.status_code == 302
    page = client.get("/co-coaching/profile/").content.decode()
    assert outsider.email not in page and "nobody@nowhere.example" not in page
    stored = CoachingProfile.objects.get(user=member).do_not_pair_fingerprints
    assert len(stored) == 1 and "@" not in stored[0]


def test_more_than_twenty_addresses_are_refused_beside_the_field_and_nothing_is_saved(client, member):
    client.force_login(member)
    addresses = "\n".join(f"person{n}@example.org" for n in range(21))
    response = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": addresses})
    assert response.status_code == 200
    assert "Give at most 20 addresses; you gave 21." in response.content.decode()
    assert not CoachingProfile.objects.exists()


def test_forty_thousand_lines_are_refused_before_any_is_read(client, member):
    client.force_login(member)
    addresses = "\n".join(f"p{n}@example.org" for n in range(40_000))
    response = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": addresses})
    assert response.status_code == 200 and not CoachingProfile.objects.exists()
    assert (
        "The list of people not to be paired with must be 5,120 characters or fewer (you have written"
        in response.content.decode()
    )


def test_something_that_is_not_an_address_is_named(client, member):
    client.force_login(member)
    response = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": "not an address"})
    assert "These are not email addresses: not an address" in response.content.decode()


def test_an_address_without_an_account_blocks_the_person_who_joins_later(client, member, coordinator):
    client.force_login(member)
    client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": "Later.Joiner@Example.org"})
    later = make_person("later.joiner@example.org", name="Later Joiner", organisation="Other", team="Other")
    client.force_login(later)
    client.post("/co-coaching/profile/", PROFILE)
    coaching_round_run(coordinator)
    assert not Pair.objects.exists()


def test_an_empty_box_keeps_the_list_and_the_tick_empties_it(client, member, outsider):
    client.force_login(member)
    client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": outsider.email})
    client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": ""})
    assert len(CoachingProfile.objects.get(user=member).do_not_pair_fingerprints) == 1
    client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": "", "clear_do_not_pair": "on"})
    assert CoachingProfile.objects.get(user=member).do_not_pair_fingerprints == []


def test_emptying_the_list_and_giving_addresses_at_once_is_refused_beside_the_box(client, member, outsider):
    client.force_login(member)
    client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": outsider.email})
    response = client.post(
        "/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": "new@example.org", "clear_do_not_pair": "on"}
    )
    assert "Either empty your list or give the addresses of a new one, not both." in response.content.decode()
    assert "new@example.org" in response.content.decode()  # what they typed is kept
    assert len(CoachingProfile.objects.get(user=member).do_not_pair_fingerprints) == 1


def test_your_own_address_is_refused_and_the_count_is_said_beside_the_box(client, member, outsider):
    client.force_login(member)
    response = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": member.email.upper()})
    assert "Your own address cannot be on your list" in response.content.decode()
    saved = client.post("/co-coaching/profile/", {**PROFILE, "do_not_pair_emails": outsider.email}, follow=True)
    assert "now holds 1 address." in saved.content.decode() or "1 cyfeiriad" in saved.content.decode()
    page = client.get("/co-coaching/profile/").content.decode()
    assert "Your list holds 1 address." in page or "Mae 1 cyfeiriad" in page
