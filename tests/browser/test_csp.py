def test_pages_run_under_the_content_security_policy_without_violations(page, demo):
    """GOV.UK Frontend and htmx start, and the browser reports no blocked script or style."""
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    for path in ["/", "/communities/?q=climate", "/communities/breathing-space/", "/sessions/", "/cy/accounts/login/"]:
        page.goto(demo + path)
        assert "govuk-frontend-supported" in page.locator("body").get_attribute("class")
    assert page.evaluate("typeof htmx") == "object"
    assert violations == []
