"""Sentences of Dutch and English CVs and vacancies (hand-written for issue 18 points 4 and 5), each with the ESCO
skills a counsellor would tag (English preferred labels). The Dutch gold skills all lack a Dutch label in the shipped
ESCO data; several of the English ones are implied rather than named. A small development set, said so."""

SENTENCES = {
    "nl": [
        ("Ik werk dagelijks met Excel om overzichten te maken.", ["use spreadsheets software"]),
        ("Als lasser werk ik vooral met booglassen.", ["apply arc welding techniques"]),
        ("Ik houd de voorraad poetsmiddelen bij.", ["maintain inventory of cleaning supplies"]),
        ("Klantendienst was mijn hoofdtaak in de winkel.", ["customer service"]),
        ("Ik ken de veiligheidsregels van de schoonmaaksector.", ["cleaning industry health and safety measures"]),
        ("Ik rij vlot met de bestelwagen door de stad.", ["drive in urban areas"]),
        ("In het kapsalon verkocht ik ook haarproducten.", ["sell hair products"]),
        ("Ik volg de verkoopcijfers per product op.", ["study sales levels of products"]),
        ("Ik vervang volle paletten aan het einde van de lijn.", ["replace filled pallets"]),
        ("Ik laad zware goederen op paletten.", ["load heavy items on pallets"]),
        ("Ik verwerk betalingen aan de kassa.", ["process payments"]),
        ("Ik bedien de betaalterminal voor bancontact.", ["operate electronic payment terminals"]),
        ("Ik houd de voorraad kantoorbenodigdheden op peil.", ["maintain inventory of office supplies"]),
        ("Ik schrijf professionele e-mails voor het bedrijf.", ["draft corporate emails"]),
        ("Ik controleer of de prijzen in de rekken kloppen.", ["check price accuracy on the shelf"]),
        ("Ik vervang de prijsetiketten in de rekken.", ["change shelf labels"]),
        ("Ik ontvang en controleer de leveringen voor de keuken.", ["receive kitchen supplies"]),
        ("Ik ben magazijnmedewerker en beheer de magazijnvoorraad.", ["manage warehouse inventory"]),
        ("Ik werk met het registratiesysteem van het magazijn.", ["operate warehouse record systems"]),
        ("Ik communiceer graag met groepen ouderen.", ["communicate with elderly groups"]),
    ],
    "en": [
        ("You will coordinate the warehouse team.", ["manage staff", "warehouse operations"]),
        ("As a forklift operator you move pallets all day.", ["operate forklift"]),
        ("You will run the till and help shoppers at the checkout.", ["operate cash register"]),
        ("You send out invoices to our clients every month.", ["issue sales invoices"]),
        ("I worked as a hairdresser for five years.", ["style hair", "hair cutting techniques"]),
        ("You will lead a team of twelve sales representatives.", ["manage sales teams"]),
        ("You plan the shifts of the kitchen staff.", ["instruct kitchen personnel"]),
        ("I kept the books of a small bakery.", ["bookkeeping regulations"]),
        ("You will plan the maintenance of the machines.", ["manage schedule of tasks"]),
        ("I have worked as a plumber installing bathrooms.", ["install plumbing systems"]),
    ],
}
