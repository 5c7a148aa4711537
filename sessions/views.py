from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def index(request):
    """Anyone, signed in or not."""
    return render(request, "scheduling/index.html")
