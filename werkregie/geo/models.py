from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    FLANDERS = "02000", _("Vlaams Gewest")
    WALLONIA = "03000", _("Waals Gewest")
    BRUSSELS = "04000", _("Brussels Hoofdstedelijk Gewest")


class Municipality(models.Model):
    """A municipality as it exists since 2025-01-01 (after the mergers). Flemish ones sort first."""

    nis_code = models.CharField(max_length=5, primary_key=True, verbose_name=_("NIS-code"))
    name_nl = models.CharField(max_length=100, verbose_name=_("naam (Nederlands)"))
    name_fr = models.CharField(max_length=100, verbose_name=_("naam (Frans)"))
    province_nis = models.CharField(max_length=5, blank=True, verbose_name=_("NIS-code van de provincie"))
    province_nl = models.CharField(max_length=100, blank=True, verbose_name=_("provincie"))
    province_fr = models.CharField(max_length=100, blank=True, verbose_name=_("provincie (Frans)"))
    region = models.CharField(max_length=5, choices=Region.choices, verbose_name=_("gewest"))
    refreg_code = models.CharField(max_length=10, blank=True, verbose_name=_("code in het rijksregister"))
    refreg_name = models.CharField(max_length=100, blank=True, verbose_name=_("naam in het rijksregister"))
    centroid_lat = models.FloatField(verbose_name=_("middelpunt: breedtegraad"))
    centroid_lon = models.FloatField(verbose_name=_("middelpunt: lengtegraad"))
    population = models.PositiveIntegerField(default=0, help_text=_("Wettelijke bevolking op 01/01/2020 van haar deelgemeenten"), verbose_name=_("bevolking"))

    class Meta:
        ordering = ["region", "name_nl"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        constraints = [models.CheckConstraint(condition=models.Q(nis_code__regex=r"^[0-9]{5}$"), name="municipality_nis_5_digits")]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the reader's language: "Gent" on a Dutch page, "Gand" on a French one; in English the name of
        the municipality's own language region, both names for the bilingual Brussels municipalities."""
        return self.name_in(get_language())

    def name_in(self, language: str | None) -> str:
        language = (language or "nl")[:2]
        if language == "fr":
            return self.name_fr or self.name_nl
        if language == "en" and self.region != Region.FLANDERS:
            if self.region == Region.BRUSSELS and self.name_nl != self.name_fr:
                return f"{self.name_fr} / {self.name_nl}"
            return self.name_fr or self.name_nl
        return self.name_nl

    @property
    def is_flemish(self) -> bool:
        return self.region == Region.FLANDERS


class HistoricMunicipality(models.Model):
    """A municipality of 2019-01-01 … 2024-12-31 and the 2025 municipality it became part of."""

    nis_code = models.CharField(max_length=5, primary_key=True, verbose_name=_("NIS-code"))
    name_nl = models.CharField(max_length=100, verbose_name=_("naam (Nederlands)"))
    name_fr = models.CharField(max_length=100, verbose_name=_("naam (Frans)"))
    arrondissement_nis = models.CharField(max_length=5, verbose_name=_("NIS-code van het arrondissement"))
    province_nis = models.CharField(max_length=5, blank=True, verbose_name=_("NIS-code van de provincie"))
    region = models.CharField(max_length=5, choices=Region.choices, verbose_name=_("gewest"))
    population_2020 = models.PositiveIntegerField(verbose_name=_("bevolking (2020)"))
    main_postal_code = models.CharField(max_length=4, blank=True, verbose_name=_("hoofdpostcode"))
    centroid_lat = models.FloatField(verbose_name=_("middelpunt: breedtegraad"))
    centroid_lon = models.FloatField(verbose_name=_("middelpunt: lengtegraad"))
    successor = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="predecessors", verbose_name=_("opgegaan in"))

    class Meta:
        ordering = ["region", "name_nl"]
        verbose_name = _("gemeente van 2019–2024")
        verbose_name_plural = _("gemeenten van 2019–2024")

    def __str__(self) -> str:
        return f"{self.name_nl} ({self.nis_code}, 2019–2024)"


class PostalCode(models.Model):
    """Postal code → 2025 municipality. One code may serve several municipalities and vice versa."""

    code = models.CharField(max_length=4, verbose_name=_("postcode"))
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="postal_codes", verbose_name=_("gemeente"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")
        constraints = [models.UniqueConstraint(fields=["code", "municipality"], name="postal_code_municipality_unique")]

    def __str__(self) -> str:
        return f"{self.code} {self.municipality.name_nl}"
