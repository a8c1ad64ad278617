"""The rule table's own words (each infringement's legal ground and the uncertainty of its sources, in
compliance/parameters/*.yaml) for the translation catalogue: the YAML stays their source, the decision screen shows
them in the reader's language through gettext. tests/test_compliance_rule_texts.py fails when a text in the YAML is
missing here."""
from django.utils.translation import gettext_noop

TEXTS = (
    gettext_noop('Niet nakomen van de bindende afspraken van het ultiem afsprakenblad na formeel en ultiem afsprakenblad (onvoldoende actief zoekgedrag): schorsing van 4 tot 52 weken of een verwittiging, door de controledienst van VDAB na verhoor.'),
    gettext_noop('De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de exacte duur per stap voor de evaluatie van het actief zoekgedrag is niet gedocumenteerd; de voorgestelde stappen (verwittiging, 4 weken, 13 weken) zijn die van het niet verschijnen en zijn een aanname.'),
    gettext_noop('Weigering van gemeenschapsdienst zonder geldige reden (sinds 1-1-2023 voor wie langer dan 2 jaar werkloos is): sanctie door VDAB binnen het bereik van 4 tot 52 weken of een verwittiging.'),
    gettext_noop('De rechtsakte van de gemeenschapsdienst (decreet of besluit, nummer en datum) is niet gevonden; de bronnen zeggen enkel dat weigeren zonder geldige reden een sanctie van VDAB riskeert. Het bereik en de stappen zijn die van het niet nakomen van afspraken, een aanname.'),
    gettext_noop('Niet verschijnen zonder geldige reden op een uitnodiging of oproeping van VDAB (bewijs van een geldige reden uiterlijk de 3de werkdag): schorsing van de uitkering van 4 tot 52 weken of een verwittiging (KB 25-11-1991 art. 70 en 71, toegepast door VDAB sinds 1-1-2016).'),
    gettext_noop('De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (eerste keer verwittiging, tweede keer 4 weken, daarna 13 weken; de vierde in 12 maanden onbepaalde duur) volgen de praktijk die de VDAB-woordvoerder beschreef, niet een gepubliceerde schaal.'),
    gettext_noop('Zich niet aanbieden bij een werkgever na een uitnodiging van VDAB: uitsluiting van 4 tot 52 weken of een verwittiging; met de bedoeling de uitkering te behouden: uitsluiting voor onbepaalde duur (KB 25-11-1991 art. 51 en 52bis, toegepast door VDAB sinds 1-1-2016).'),
    gettext_noop('De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (4, 13, daarna 26 weken) zijn een aanname binnen dat bereik.'),
    gettext_noop('Weigering van een passende dienstbetrekking: uitsluiting van 4 tot 52 weken of een verwittiging; met de bedoeling de uitkering te behouden: uitsluiting voor onbepaalde duur (KB 25-11-1991 art. 51 en 52bis, toegepast door VDAB sinds 1-1-2016).'),
    gettext_noop('De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (4, 13, daarna 26 weken) zijn een aanname binnen dat bereik; een verwittiging blijft mogelijk met een motivering.'),
)
