from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("scheduling", "0004_calendar_invitations"),
    ]

    operations = [
        migrations.CreateModel(
            name="FeedState",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=100, unique=True)),
                ("digest", models.CharField(max_length=64)),
                ("changed_at", models.DateTimeField()),
            ],
            options={
                "verbose_name": "calendar feed state",
                "verbose_name_plural": "calendar feed states",
            },
        ),
    ]
