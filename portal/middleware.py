from django.utils.cache import add_never_cache_headers


def private_pages_not_stored(get_response):
    """Every page served to someone signed in may show their private data (their profile, private calendar
    address, pairs and notes, attendee lists): no browser or shared cache keeps it (``Cache-Control: no-store``).
    Responses that set their own caching (files, feeds) are left as they are."""

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    return middleware
