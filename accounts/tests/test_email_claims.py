"""An address someone added to their account but never confirmed belongs to nobody yet: it must not stop its real
owner signing up, and the confirmation email says whose account it would join."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from accounts.models import User

from .test_signup import SIGNUP, confirmation_link

VICTIM = SIGNUP["email"]


def _claim(client, person, email=VICTIM):
    client.force_login(person)
    response = client.post(reverse("account_email"), {"action_add": "", "email": email})
    client.logout()
    # allauth sends one confirmation per address every few minutes: let that time pass.
    cache.clear()
    return response


@pytest.mark.django_db
def test_an_unconfirmed_claim_does_not_stop_the_owner_signing_up(client, member):
    _claim(client, member)
    assert EmailAddress.objects.filter(user=member, email=VICTIM, verified=False).exists()
    mail.outbox.clear()

    response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == 302
    owner = User.objects.get(email=VICTIM)
    assert owner != member
    assert not EmailAddress.objects.filter(user=member, email=VICTIM).exists()
    assert [message.to for message in mail.outbox] == [[VICTIM]]
    assert "Someone, probably you, used this email address to create an account" in mail.outbox[0].body


@pytest.mark.django_db
def test_the_confirmation_for_an_added_address_names_the_account_it_would_join(client, member):
    mail.outbox.clear()
    _claim(client, member)
    with_the_link = mail.outbox[-1]
    assert with_the_link.to == [VICTIM]
    # member prefers Welsh, so the email is in Welsh; the page in English still names the account.
    assert "Siân Evans" in with_the_link.body
    path = confirmation_link(with_the_link).split("testserver", 1)[1]
    page = client.get(re.sub(r"^/cy/", "/", path)).content.decode()
    assert "should become the sign-in address of Siân Evans’s Cylch account" in page


@pytest.mark.django_db
def test_an_account_holds_one_unconfirmed_address_at_a_time(client, member):
    _claim(client, member, "first@example.gov.wales")
    _claim(client, member, "second@example.gov.wales")
    assert list(EmailAddress.objects.filter(user=member, verified=False).values_list("email", flat=True)) == [
        "second@example.gov.wales"
    ]


@pytest.mark.django_db
def test_confirming_an_address_forgets_other_accounts_claims_to_it(client, member, outsider):
    _claim(client, member)
    mail.outbox.clear()
    _claim(client, outsider)
    path = confirmation_link(mail.outbox[-1]).split("testserver", 1)[1]
    client.force_login(outsider)
    client.post(path)

    assert EmailAddress.objects.get(user=outsider, email=VICTIM).verified
    assert not EmailAddress.objects.filter(user=member, email=VICTIM).exists()
