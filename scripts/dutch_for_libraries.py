"""Dutch for the English strings that the libraries behind the admin show untranslated (Django 5.2's newest admin
strings, django-axes, django-q2): written into werkregie/locale/nl/LC_MESSAGES/django.po, which Django merges before
the libraries' own catalogues. Dutch is the platform's source language, so makemessages never writes this file.

Run `python scripts/dutch_for_libraries.py`, then `werkregie manage compilemessages`.
tests/test_daily_admin.py fails when an admin page shows a library's English string that has no Dutch here or upstream.
"""

from pathlib import Path

import polib

NL = {
    # Django 5.2 admin (not yet in Django's own Dutch catalogue)
    "Model name": "Modelnaam",
    "Add link": "Link om toe te voegen",
    "Change or view list link": "Link om de lijst te wijzigen of te bekijken",
    "Error:": "Fout:",
    "Forgotten your login credentials?": "Aanmeldgegevens vergeten?",
    "In case you’ve forgotten, you are:": "Voor het geval u het vergeten bent, u bent:",
    "After you’ve created a user, you’ll be able to edit more user options.":
        "Nadat u een gebruiker hebt aangemaakt, kunt u meer gebruikersopties bewerken.",
    # django-axes (login attempts)
    "Form Data": "Formuliergegevens",
    "Meta Data": "Metagegevens",
    "User Agent": "Browseridentificatie",
    "IP Address": "IP-adres",
    "Username": "Gebruikersnaam",
    "HTTP Accept": "HTTP-Accept",
    "Path": "Pad",
    "Attempt Time": "Tijdstip van de poging",
    "Access lock out": "Toegang geblokkeerd",
    "access failure": "mislukte aanmelding",
    "access failures": "mislukte aanmeldingen",
    "GET Data": "GET-gegevens",
    "POST Data": "POST-gegevens",
    "Failed Logins": "Mislukte aanmeldingen",
    "access attempt": "aanmeldpoging",
    "access attempts": "aanmeldpogingen",
    "Logout Time": "Tijdstip van afmelden",
    "access log": "aanmeldregister",
    "access logs": "aanmeldregisters",
    # django-q2 (the task runner)
    "Resubmit selected tasks to queue": "Geselecteerde taken opnieuw in de wachtrij zetten",
    "Time Taken": "Duur",
    "Short result": "Kort resultaat",
    "success": "geslaagd",
    "last_run": "laatst uitgevoerd",
    "Starting": "Start",
    "Working": "Bezig",
    "Idle": "Wacht",
    "Stopped": "Gestopt",
    "Stopping": "Stopt",
    "Task id": "Taaknummer",
    "32-character task identifier.": "Taaknummer van 32 tekens.",
    "Name": "Naam",
    "Optional human-readable name for lookup and display.": "Leesbare naam om de taak te vinden en te tonen (optioneel).",
    "Function": "Functie",
    "Dotted import path to the callable, e.g. myapp.tasks.job.": "Importpad van de functie, bv. myapp.tasks.job.",
    "Hook": "Terugmelding",
    "Optional dotted path to a callback that receives the task result.":
        "Importpad van een functie die het resultaat van de taak ontvangt (optioneel).",
    "Arguments": "Argumenten",
    "Pickled positional arguments (tuple).": "Positionele argumenten (geserialiseerd).",
    "Keyword arguments": "Benoemde argumenten",
    "Pickled keyword arguments (dict).": "Benoemde argumenten (geserialiseerd).",
    "Result": "Resultaat",
    "Pickled return value or error payload.": "Teruggegeven waarde of foutmelding (geserialiseerd).",
    "Group": "Groep",
    "Optional group id to aggregate related tasks.": "Groep om samenhangende taken samen te nemen (optioneel).",
    "Cluster": "Cluster",
    "Name of the cluster that executed this task.": "Naam van de cluster die deze taak uitvoerde.",
    "Started at": "Gestart om",
    "When the worker started executing the task.": "Wanneer de uitvoerder aan de taak begon.",
    "Stopped at": "Gestopt om",
    "When the worker finished (success or failure).": "Wanneer de uitvoerder klaar was (geslaagd of mislukt).",
    "Success": "Geslaagd",
    "False if the task raised an exception or timed out.": "Nee als de taak een fout gaf of te lang duurde.",
    "Attempt count": "Aantal pogingen",
    "How many times execution was attempted.": "Hoe vaak de uitvoering geprobeerd is.",
    "Task": "Taak",
    "Tasks": "Taken",
    "Successful task": "Geslaagde taak",
    "Successful tasks": "Geslaagde taken",
    "Failed task": "Mislukte taak",
    "Failed tasks": "Mislukte taken",
    "Optional label to identify this schedule in the admin.": "Naam om deze planning in het beheer te herkennen (optioneel).",
    "e.g. module.tasks.function": "bv. module.tasks.functie",
    "e.g. module.tasks.result_function": "bv. module.tasks.resultaatfunctie",
    "e.g. 1, 2, 'John'": "bv. 1, 2, 'Jan'",
    "e.g. x=1, y=2, name='John'": "bv. x=1, y=2, naam='Jan'",
    "Once": "Eenmalig",
    "Minutes": "Minuten",
    "Hourly": "Elk uur",
    "Daily": "Dagelijks",
    "Weekly": "Wekelijks",
    "Biweekly": "Tweewekelijks",
    "Monthly": "Maandelijks",
    "Bimonthly": "Tweemaandelijks",
    "Quarterly": "Per kwartaal",
    "Yearly": "Jaarlijks",
    "Cron": "Cron",
    "Schedule Type": "Soort planning",
    "How often this task should be enqueued.": "Hoe vaak deze taak in de wachtrij komt.",
    "Number of minutes for the Minutes type": "Aantal minuten (bij de soort Minuten)",
    "Repeats": "Herhalingen",
    "n = n times, -1 = forever": "n = n keer, -1 = altijd",
    "Next Run": "Volgende uitvoering",
    "When this schedule runs next (stored in UTC).": "Wanneer deze planning opnieuw loopt (bewaard in UTC).",
    "Cron expression": "Cron-uitdrukking",
    "Last task id": "Laatste taaknummer",
    "Id of the last task spawned from this schedule (read-only).": "Nummer van de laatste taak uit deze planning (alleen lezen).",
    "Name of the target cluster": "Naam van de cluster die de taak uitvoert",
    "Intended date kwarg": "Argument voor de geplande datum",
    "Name of kwarg to pass intended schedule date": "Naam van het argument dat de geplande datum krijgt",
    "Scheduled task": "Geplande taak",
    "Scheduled tasks": "Geplande taken",
    "Cluster key": "Clustersleutel",
    "Payload": "Inhoud",
    "Signed serialized task package (do not edit manually).": "Ondertekend taakpakket (niet met de hand wijzigen).",
    "Lock until": "Vergrendeld tot",
    "Prevent any cluster from pulling until": "Geen enkele cluster neemt de taak op voor",
    "Queue options": "Wachtrij-opties",
    "Queued task": "Taak in de wachtrij",
    "Queued tasks": "Taken in de wachtrij",
}

# Django 5.2's admin widgets (JavaScript: the djangojs catalogue)
NL_JS = {
    'Choose %s by selecting them and then select the "Choose" arrow button.': 'Kies %s door ze te selecteren en dan op de pijl "Kiezen" te klikken.',
    'Remove %s by selecting them and then select the "Remove" arrow button.': 'Verwijder %s door ze te selecteren en dan op de pijl "Verwijderen" te klikken.',
    "Choose all %s": "Alle %s kiezen",
    "Remove all %s": "Alle %s verwijderen",
    "Choose selected %s": "Geselecteerde %s kiezen",
    "Remove selected %s": "Geselecteerde %s verwijderen",
    "(click to clear)": "(klik om te wissen)",
}

FOLDER = Path(__file__).resolve().parent.parent / "werkregie" / "locale" / "nl" / "LC_MESSAGES"
TARGET = FOLDER / "django.po"


def _save(strings: dict[str, str], target: Path) -> Path:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "nl", "MIME-Version": "1.0",
                   "Content-Transfer-Encoding": "8bit"}
    for msgid, msgstr in sorted(strings.items()):
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    target.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(target))
    return target


def write() -> Path:
    _save(NL_JS, FOLDER / "djangojs.po")
    return _save(NL, TARGET)


if __name__ == "__main__":
    print(f"{len(NL)} Dutch strings written to {write()}, {len(NL_JS)} to djangojs.po")
