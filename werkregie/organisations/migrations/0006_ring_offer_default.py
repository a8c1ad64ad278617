from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('organisations', '0005_dutch_field_labels'),
    ]

    operations = [
        migrations.AddField(
            model_name='organisation',
            name='ring_offer_default',
            field=models.BooleanField(default=True, help_text="Nieuwe vacatures worden aangeboden aan de andere gewesten, de grensregio's en EURES als ze na enkele dagen nog open zijn; per vacature te wijzigen", verbose_name='vacatures standaard ook buiten Vlaanderen aanbieden'),
        ),
        migrations.AddField(
            model_name='organisation',
            name='version',
            field=models.PositiveIntegerField(default=1, verbose_name='versie'),
        ),
    ]
