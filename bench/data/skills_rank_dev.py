"""Job-ad sentences in English and Dutch (hand-written for issue 18 point 4, not taken from any benchmark), each with the
ESCO skills a recruiter would tag (English preferred labels; several implied rather than named). The development set
on which bench/skills_rank_fit.py fits the ranking's coefficients (werkregie/matching/engine/ranking.py), together with
template sentences of ESCO labels held out of every index. Small, and said so: the figures it gives are not a
held-out benchmark."""

SENTENCES = {
    "en": [
        ("You manage our fleet of delivery vans.", ["manage vehicle fleet"]),
        ("The role includes answering customer questions by phone and e-mail.", ["respond to customers' inquiries"]),
        ("You cook vegetables, fish and meat for our restaurant.", ["cook vegetable products", "cook seafood"]),
        ("You keep the shop floor tidy and restock the shelves.", ["stock shelves", "maintain store cleanliness"]),
        ("You will supervise a team of five cleaners on the night shift.", ["supervise the work of cleaning staff"]),
        ("You are responsible for the monthly payroll of 200 employees.", ["manage payroll"]),
        ("You draw the electrical wiring diagrams of our installations.", ["create electrical wiring diagram"]),
        ("Our bookkeeper records invoices and prepares the VAT return.", ["maintain financial records", "prepare tax returns forms"]),
        ("You write and test Python code for our web platform.", ["Python (computer programming)", "execute software tests"]),
        ("You drive a truck with trailer across Belgium and France.", ["manoeuvre heavy trucks"]),
        ("You welcome guests at the reception and handle check-in.", ["greet guests", "check in guests"]),
        ("You lay bricks and build walls according to the plans.", ["lay bricks", "read standard blueprints"]),
        ("You take care of the children in our day-care centre.", ["implement care programmes for children"]),
        ("You will sell our services to new business customers.", ["prospect new customers"]),
        ("You unload trucks and check the delivered goods against the order.", ["unload cargo", "check deliveries on receipt"]),
        ("You paint walls and ceilings in new buildings.", ["paint surfaces", "prepare surface for painting"]),
        ("You give first aid and administer medication to patients.", ["provide first aid", "administer prescribed medication"]),
        ("You keep our social media accounts lively.", ["apply social media marketing"]),
        ("You maintain our production machines.", ["maintain machinery"]),
    ],
    "nl": [
        ("Je beheert ons wagenpark van bestelwagens.", ["manage vehicle fleet"]),
        ("Je beantwoordt vragen van klanten aan de telefoon.", ["respond to customers' inquiries"]),
        ("Je kookt groenten en vis voor ons restaurant.", ["cook vegetable products", "cook seafood"]),
        ("Je vult de rekken aan en houdt de winkel netjes.", ["stock shelves", "maintain store cleanliness"]),
        ("Je geeft leiding aan een ploeg schoonmakers.", ["supervise the work of cleaning staff"]),
        ("Je verzorgt de loonadministratie van 200 werknemers.", ["manage payroll"]),
        ("Je boekt facturen in en maakt de btw-aangifte op.", ["maintain financial records", "prepare tax returns forms"]),
        ("Je metselt muren volgens het plan.", ["lay bricks", "read standard blueprints"]),
        ("Je lost vrachtwagens en controleert de geleverde goederen.", ["unload cargo", "check deliveries on receipt"]),
        ("Je schildert muren en plafonds in nieuwbouw.", ["paint surfaces"]),
        ("Je onderhoudt onze productiemachines.", ["maintain machinery"]),
        ("Je verwelkomt gasten aan de receptie.", ["greet guests"]),
        ("Je zoekt nieuwe klanten voor onze diensten.", ["prospect new customers"]),
    ],
}
