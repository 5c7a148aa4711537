"""The managed list of Welsh public bodies and their email domains, which fills in a newcomer's organisation."""

import importlib

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import PublicBody, PublicBodyDomain
from accounts.selectors import public_body_for_email
from accounts.services import user_organisation_fill
from tests.factories import make_person

DOMAIN_ERROR = "Enter a domain such as gov.wales, without the @ or any spaces."


def make_body(name, name_cy, *domains):
    body = PublicBody.objects.create(name=name, name_cy=name_cy)
    for domain in domains:
        PublicBodyDomain.objects.create(body=body, domain=domain)
    return body


def domain_errors(domain):
    body = PublicBody.objects.get(name="Welsh Government")
    with pytest.raises(ValidationError) as raised:
        PublicBodyDomain(body=body, domain=domain).full_clean()
    return raised.value.message_dict


# The list as the migration seeds it


@pytest.mark.django_db
def test_the_seeded_list_names_each_body_in_both_languages():
    government = PublicBody.objects.get(domains__domain="gov.wales")
    assert (government.name, government.name_cy) == ("Welsh Government", "Llywodraeth Cymru")
    assert sorted(government.domains.values_list("domain", flat=True)) == ["gov.wales", "llyw.cymru"]
    assert PublicBody.objects.get(domains__domain="sirgar.gov.uk").name_cy == "Cyngor Sir Gâr"
    assert PublicBody.objects.get(domains__domain="cyg-wlc.wales").name == "Welsh Language Commissioner"
    assert PublicBody.objects.filter(name_cy="").count() == 0
    assert (
        PublicBody.objects.count()
        == len(importlib.import_module("accounts.migrations.0004_public_bodies_seed").PUBLIC_BODIES)
        == 27
    )


@pytest.mark.django_db
def test_every_seeded_domain_is_one_the_admin_would_accept():
    for domain in PublicBodyDomain.objects.select_related("body"):
        domain.full_clean()


@pytest.mark.django_db
def test_undoing_the_seed_removes_only_what_it_added_and_seeding_again_restores_it():
    from django.apps import apps

    seed = importlib.import_module("accounts.migrations.0004_public_bodies_seed")
    make_body("Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "hduhb.wales.nhs.uk")
    PublicBodyDomain.objects.create(body=PublicBody.objects.get(name="Estyn"), domain="estyn.llyw.cymru")
    seed.public_bodies_unseed(apps, None)
    assert {body.name: [d.domain for d in body.domains.all()] for body in PublicBody.objects.all()} == {
        "Estyn": ["estyn.llyw.cymru"],
        "Hywel Dda University Health Board": ["hduhb.wales.nhs.uk"],
    }
    seed.public_bodies_seed(apps, None)
    assert PublicBody.objects.count() == len(seed.PUBLIC_BODIES) + 1
    assert list(PublicBody.objects.get(name="Estyn").domains.values_list("domain", flat=True)) == [
        "estyn.gov.wales",
        "estyn.llyw.cymru",
    ]


@pytest.mark.django_db
def test_coordinators_may_keep_the_list(coordinator):
    for permission in ("add_publicbody", "change_publicbody", "add_publicbodydomain", "delete_publicbodydomain"):
        assert coordinator.has_perm(f"accounts.{permission}")


# Which body an address belongs to


@pytest.mark.django_db
@pytest.mark.parametrize(
    "email, body",
    [
        ("rhian@gov.wales", "Welsh Government"),
        ("rhian@llyw.cymru", "Welsh Government"),
        # The nearest listed domain wins over one further up.
        ("rhian@wra.gov.wales", "Welsh Revenue Authority"),
        ("rhian@acc.llyw.cymru", "Welsh Revenue Authority"),
        ("rhian@estyn.gov.wales", "Estyn"),
        ("rhian@gwynedd.llyw.cymru", "Gwynedd Council"),
        # A domain under a listed one that is not listed itself belongs to the listed one.
        ("rhian@x.gov.wales", "Welsh Government"),
        ("rhian@team.wra.gov.wales", "Welsh Revenue Authority"),
        ("rhian@cardiffandvale.wales.nhs.uk", "NHS Wales"),
        # Case and stray spaces do not matter.
        ("Rhian.Jones@WRA.Gov.Wales", "Welsh Revenue Authority"),
        ("  rhian@GOV.WALES ", "Welsh Government"),
    ],
)
def test_an_address_belongs_to_the_nearest_listed_domain(email, body):
    assert public_body_for_email(email=email).name == body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "email",
    [
        "rhian@evilgov.wales",
        "rhian@gov.wales.example.com",
        "rhian@notwales.nhs.uk",
        "rhian@wales",
        "rhian@example.org",
        "gov.wales",
        "rhian@",
        "rhian@.gov.wales",
        "",
    ],
)
def test_look_alike_and_unlisted_domains_belong_to_no_body(email):
    assert public_body_for_email(email=email) is None


@pytest.mark.django_db
def test_finding_the_body_costs_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        body = public_body_for_email(email="rhian@team.wra.gov.wales")
        assert body.name_cy == "Awdurdod Cyllid Cymru"


@pytest.mark.django_db
def test_a_domain_a_coordinator_adds_is_used_at_once():
    make_body(
        "Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a’r Fro", "CAVUHB.Wales.NHS.uk "
    )
    assert PublicBodyDomain.objects.filter(domain="cavuhb.wales.nhs.uk").exists()
    assert public_body_for_email(email="a@cavuhb.wales.nhs.uk").name == "Cardiff and Vale University Health Board"
    assert public_body_for_email(email="a@bcuhb.wales.nhs.uk").name == "NHS Wales"


# Filling in a newcomer's organisation


@pytest.mark.django_db
def test_a_blank_organisation_is_filled_in_english():
    person = make_person("rhian@wra.gov.wales", name="Rhian Jones")
    user_organisation_fill(user=person)
    person.refresh_from_db()
    assert person.organisation == "Welsh Revenue Authority"


@pytest.mark.django_db
def test_a_welsh_speaker_gets_the_body_s_welsh_name():
    person = make_person("rhian@cyfoethnaturiol.cymru", name="Rhian Jones", language="cy")
    user_organisation_fill(user=person)
    person.refresh_from_db()
    assert person.organisation == "Cyfoeth Naturiol Cymru"


@pytest.mark.django_db
def test_what_a_person_typed_is_never_replaced():
    person = make_person("rhian@gov.wales", name="Rhian Jones", organisation="Climate Change Division")
    user_organisation_fill(user=person)
    person.refresh_from_db()
    assert person.organisation == "Climate Change Division"


@pytest.mark.django_db
def test_an_organisation_saved_since_the_person_was_loaded_is_kept():
    person = make_person("rhian@gov.wales", name="Rhian Jones")
    type(person).objects.filter(pk=person.pk).update(organisation="Climate Change Division")
    returned = user_organisation_fill(user=person)
    assert returned.organisation == "Climate Change Division"
    person.refresh_from_db()
    assert person.organisation == "Climate Change Division"


@pytest.mark.django_db
def test_an_unlisted_domain_leaves_the_organisation_blank(django_assert_num_queries):
    person = make_person("alex@example.org", name="Alex Outsider")
    with django_assert_num_queries(1):
        user_organisation_fill(user=person)
    person.refresh_from_db()
    assert person.organisation == ""


@pytest.mark.django_db
def test_filling_twice_changes_nothing_more(django_assert_num_queries):
    person = make_person("rhian@senedd.cymru", name="Rhian Jones", language="cy")
    user_organisation_fill(user=person)
    with django_assert_num_queries(0):
        user_organisation_fill(user=person)
    person.refresh_from_db()
    assert person.organisation == "Senedd Cymru"


@pytest.mark.django_db
def test_filling_saves_only_the_organisation():
    person = make_person("rhian@gov.wales", name="Rhian Jones")
    type(person).objects.filter(pk=person.pk).update(team="Land Management")
    user_organisation_fill(user=person)
    person.refresh_from_db()
    assert (person.organisation, person.team) == ("Welsh Government", "Land Management")


# Checking a domain as a coordinator types it


@pytest.mark.django_db
@pytest.mark.parametrize(
    "domain",
    [
        "@gov.wales",
        "rhian@gov.wales",
        "gov wales",
        "gov. wales",
        "https://gov.wales",
        "gov.wales/",
        "wales",
        "gov..wales",
        "-gov.wales",
        "gov-.wales",
        "gov_wales.uk",
        "gov.wales.",
        "1.2.3.4",
        "gov.cymru!",
    ],
)
def test_anything_but_a_domain_is_refused_with_a_message_on_the_field(domain):
    assert domain_errors(domain) == {"domain": [DOMAIN_ERROR]}


@pytest.mark.django_db
@pytest.mark.parametrize("domain", ["", "   "])
def test_an_empty_domain_is_refused_with_a_message_on_the_field(domain):
    assert domain_errors(domain) == {"domain": ["Enter a domain such as gov.wales."]}


@pytest.mark.django_db
def test_a_domain_already_listed_is_refused_whatever_its_case():
    assert domain_errors(" GOV.Wales ") == {
        "domain": ["That domain is already on the list: each domain belongs to one body."]
    }


@pytest.mark.django_db
def test_a_domain_is_stored_lower_case_and_trimmed():
    body = make_body("Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda")
    domain = PublicBodyDomain(body=body, domain="  HDUHB.Wales.NHS.UK ")
    domain.full_clean()
    domain.save()
    assert PublicBodyDomain.objects.get(pk=domain.pk).domain == "hduhb.wales.nhs.uk"


# The admin site


@pytest.fixture
def admin_client_enrolled(client, superuser):
    """The superuser fixture has set up an authenticator app, which the admin site requires."""
    client.force_login(superuser)
    return client


@pytest.mark.django_db
def test_the_admin_lists_bodies_with_their_domains(admin_client_enrolled):
    response = admin_client_enrolled.get(reverse("admin:accounts_publicbody_changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Welsh Revenue Authority" in page
    assert "Awdurdod Cyllid Cymru" in page
    assert "acc.llyw.cymru, wra.gov.wales" in page
    assert "correct it and add to it here" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, found, not_found", [("wra.gov", "Welsh Revenue Authority", "Estyn"), ("Sir G", "Cyngor Sir Gâr", "Estyn")]
)
def test_the_admin_finds_a_body_by_name_or_domain(admin_client_enrolled, query, found, not_found):
    response = admin_client_enrolled.get(reverse("admin:accounts_publicbody_changelist"), {"q": query})
    page = response.content.decode()
    assert found in page
    assert not_found not in page


@pytest.mark.django_db
def test_a_body_and_its_domains_are_added_in_the_admin(admin_client_enrolled):
    url = reverse("admin:accounts_publicbody_add")
    assert admin_client_enrolled.get(url).status_code == 200
    response = admin_client_enrolled.post(
        url,
        {
            "name": "Hywel Dda University Health Board",
            "name_cy": "Bwrdd Iechyd Prifysgol Hywel Dda",
            "domains-TOTAL_FORMS": "2",
            "domains-INITIAL_FORMS": "0",
            "domains-MIN_NUM_FORMS": "0",
            "domains-MAX_NUM_FORMS": "1000",
            "domains-0-domain": " HDUHB.Wales.NHS.uk",
            "domains-1-domain": "",
        },
    )
    assert response.status_code == 302
    body = PublicBody.objects.get(name="Hywel Dda University Health Board")
    assert list(body.domains.values_list("domain", flat=True)) == ["hduhb.wales.nhs.uk"]


@pytest.mark.django_db
def test_the_admin_refuses_a_bad_domain_and_the_same_domain_twice(admin_client_enrolled):
    form = {
        "name": "Hywel Dda University Health Board",
        "name_cy": "Bwrdd Iechyd Prifysgol Hywel Dda",
        "domains-TOTAL_FORMS": "2",
        "domains-INITIAL_FORMS": "0",
        "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
    }
    url = reverse("admin:accounts_publicbody_add")
    bad = admin_client_enrolled.post(url, {**form, "domains-0-domain": "@hduhb.wales.nhs.uk"})
    assert bad.status_code == 200
    assert DOMAIN_ERROR in bad.content.decode()
    twice = admin_client_enrolled.post(
        url, {**form, "domains-0-domain": "hduhb.wales.nhs.uk", "domains-1-domain": "HDUHB.wales.nhs.uk"}
    )
    assert twice.status_code == 200
    assert "Please correct the duplicate data for domain" in twice.content.decode()
    assert not PublicBody.objects.filter(name="Hywel Dda University Health Board").exists()


@pytest.mark.django_db
def test_the_admin_list_costs_the_same_for_5_bodies_as_for_40(admin_client_enrolled, django_assert_max_num_queries):
    PublicBody.objects.all().delete()
    url = reverse("admin:accounts_publicbody_changelist")
    counts = []
    for size in (5, 40):
        for n in range(PublicBody.objects.count(), size):
            make_body(f"Body {n:02}", f"Corff {n:02}", f"body{n}.gov.wales", f"corff{n}.llyw.cymru")
        # session, user, count, full count, the bodies, their domains
        with django_assert_max_num_queries(6) as captured:
            response = admin_client_enrolled.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert f"body{size - 1}.gov.wales, corff{size - 1}.llyw.cymru" in page
        assert page.count(".llyw.cymru") == size
        counts.append(len(captured))
    assert counts[0] == counts[1]
