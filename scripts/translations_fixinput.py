"""French and English for the Dutch msgids of the shared date and year checks (werkregie/core/dates.py): a date or
year out of range is a 422 naming the field. Merged by the lead into the .po files."""

T = {
    "Ongeldige datum.": ("Date non valable.", "Invalid date."),
    "Datum buiten het toegelaten bereik.": ("Date en dehors de la plage autorisée.", "Date outside the allowed range."),
    "een datum van %(first)s tot %(last)s": ("une date du %(first)s au %(last)s", "a date from %(first)s to %(last)s"),
    "Jaar buiten het toegelaten bereik.": ("Année en dehors de la plage autorisée.", "Year outside the allowed range."),
    "een jaar van %(first)s tot %(last)s": ("une année de %(first)s à %(last)s", "a year from %(first)s to %(last)s"),
}
