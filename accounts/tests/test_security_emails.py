"""The security notices (allauth's, in Cylch's words) in the person's language, whatever page they used."""

import pytest
from allauth.account.adapter import get_adapter
from allauth.core import context as allauth_context
from django.test import RequestFactory
from django.utils import translation

from tests.factories import make_person

NOTICES = {
    "account/email/password_changed": ({}, "Your Cylch password was changed", "Newidiwyd eich cyfrinair Cylch"),
    "account/email/password_set": (
        {},
        "A password was set for your Cylch account",
        "Gosodwyd cyfrinair ar gyfer eich cyfrif Cylch",
    ),
    "account/email/password_reset": ({}, "Your Cylch password was reset", "Ailosodwyd eich cyfrinair Cylch"),
    "account/email/email_changed": (
        {"from_email": "old@example.org", "to_email": "new@example.org"},
        "The email address of your Cylch account changed",
        "Newidiodd cyfeiriad e-bost eich cyfrif Cylch",
    ),
    "account/email/email_deleted": (
        {"deleted_email": "old@example.org"},
        "An email address was removed from your Cylch account",
        "Tynnwyd cyfeiriad e-bost oddi ar eich cyfrif Cylch",
    ),
    "mfa/email/totp_activated": (
        {},
        "Two-factor authentication is on for your Cylch account",
        "Mae dilysu dau gam ymlaen ar gyfer eich cyfrif Cylch",
    ),
    "mfa/email/totp_deactivated": (
        {},
        "Two-factor authentication is off for your Cylch account",
        "Mae dilysu dau gam wedi’i ddiffodd ar gyfer eich cyfrif Cylch",
    ),
    "mfa/email/recovery_codes_generated": (
        {},
        "New recovery codes for your Cylch account",
        "Codau adfer newydd ar gyfer eich cyfrif Cylch",
    ),
    "mfa/email/recovery_code_used": (
        {"unused_codes": 3},
        "A recovery code was used to sign in to your Cylch account",
        "Defnyddiwyd cod adfer i fewngofnodi i’ch cyfrif Cylch",
    ),
    "socialaccount/email/account_connected": (
        {"provider": "Welsh Government account"},
        "Your organisation’s sign-in was linked to your Cylch account",
        "Cysylltwyd mewngofnodi eich sefydliad â’ch cyfrif Cylch",
    ),
    "socialaccount/email/account_disconnected": (
        {"provider": "Welsh Government account"},
        "Your organisation’s sign-in was unlinked from your Cylch account",
        "Datgysylltwyd mewngofnodi eich sefydliad oddi wrth eich cyfrif Cylch",
    ),
}


@pytest.mark.parametrize("prefix", NOTICES)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_notice_is_in_the_persons_language_whatever_page_they_used(db, mailoutbox, prefix, language):
    person = make_person(f"{language}@example.org", name="Person", language=language)
    context, english, welsh = NOTICES[prefix]
    request = RequestFactory().get("/", HTTP_USER_AGENT="Firefox\r\nBcc: evil@example.org")
    other_language = "cy" if language == "en" else "en"
    with translation.override(other_language), allauth_context.request_context(request):
        get_adapter(request).send_notification_mail(prefix, person, context)

    notice = mailoutbox[-1]
    assert notice.to == [person.email]
    assert notice.subject == "[Cylch] " + (welsh if language == "cy" else english)
    body = notice.body
    assert ("Pryd:" if language == "cy" else "When:") in body
    assert "(amser y DU)" in body if language == "cy" else "(UK time)" in body
    # A browser's name is the sender's words: in the body only, never a header.
    assert "evil@example.org" not in notice.extra_headers.values() and not notice.bcc
    if "provider" in context:
        assert "Welsh Government account" in body
    if prefix.endswith("recovery_code_used"):
        assert ("Mae gennych 3 cod adfer ar ôl." if language == "cy" else "You have 3 recovery codes left.") in body
