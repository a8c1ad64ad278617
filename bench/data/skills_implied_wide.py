"""Hand-written development set for issue 18 point 4 (2026-12-03): English sentences in the style of real job ads
(requirement and responsibility lines) across sectors, each with the ESCO skills a counsellor would tag (English
preferred labels, exactly as shipped in ESCO v1.1.1). About a third name the skill almost literally; about two thirds
only imply it, and a few carry a skill in passing (languages). Written by hand from ESCO's labels and occupation
profiles; not taken from any public benchmark. A development set, said so: it complements skills_implied.py and
shares no sentence with it. The trailing comment on each line says whether the skill is named or implied."""

SENTENCES = {
    "en": [
        # logistics
        ("You collect the items for each customer order from the racks and get them ready for shipping.", ["pick orders for dispatching"]),  # implied
        ("Experience with a warehouse management system (SAP EWM or similar) is required.", ["use a warehouse management system"]),  # named
        ("When a delivery arrives, you compare the goods with the delivery note and report any discrepancies.", ["check deliveries on receipt"]),  # implied
        ("You keep track of how much of each item is left and signal when stock runs low.", ["monitor stock level"]),  # implied
        # transport
        ("With the company van you deliver parcels to homes and shops in the centre of Ghent.", ["drive vehicles", "drive in urban areas"]),  # implied
        ("Driving licence C/CE with code 95 is required.", ["manoeuvre heavy trucks"]),  # implied
        ("You plan the daily routes of our drivers so that every delivery arrives on time.", ["prepare transportation routes"]),  # implied
        (
            "You secure the load with straps before departure and respect the driving and rest times.",
            ["use equipment for safe stowage", "road transport legislation"],
        ),  # implied
        # construction
        ("You build the brick walls of new family homes.", ["lay bricks"]),  # named
        ("You fit sockets, switches and lighting points in renovation projects.", ["install electricity sockets", "install electric switches"]),  # named
        ("You work safely at height on roofs and scaffolding.", ["follow safety procedures when working at heights"]),  # named
        (
            "You sand and fill walls and ceilings before applying two coats of paint with brush and roller.",
            ["prepare surface for painting", "paint surfaces"],
        ),  # implied
        # production and maintenance
        ("You carry out the periodic maintenance of our production machines.", ["perform machine maintenance"]),  # named
        (
            "When a machine breaks down, you find the cause and get the line running again quickly.",
            ["resolve equipment malfunctions", "troubleshoot"],
        ),  # implied
        ("Knowledge of PLC programming (Siemens S7) is an asset.", ["programmable logic controller"]),  # named
        ("You keep watch over the automated packaging line and step in when something goes wrong.", ["monitor automated machines"]),  # implied
        (
            "You are an experienced MIG/MAG and TIG welder.",
            ["perform metal inert gas welding", "perform metal active gas welding", "perform tungsten inert gas welding"],
        ),  # named
        # healthcare and care
        (
            "You help the residents of our care home with washing, dressing and meals.",
            ["tend to elderly people", "provide basic support to patients"],
        ),  # implied
        ("You hand out the residents' medication and note it in the care file.", ["assist in the administration of medication to elderly"]),  # implied
        (
            "You measure blood pressure, pulse and temperature several times a day.",
            ["monitor patient's vital signs", "monitor basic patients signs"],
        ),  # implied
        ("A first aid certificate is an advantage.", ["provide first aid", "first aid"]),  # named
        ("You clean and dress wounds following the doctor's instructions.", ["carry out wound care", "apply wound dressings"]),  # implied
        # hospitality
        (
            "You take orders and serve food and drinks at the table.",
            ["take food and beverage orders from customers", "serve food in table service", "serve beverages"],
        ),  # named
        ("You prepare desserts following the chef's recipes.", ["prepare desserts", "work according to recipe"]),  # named
        ("You work according to the HACCP rules.", ["apply HACCP"]),  # named
        (
            "At the front desk you welcome guests and handle arrivals and departures.",
            ["greet guests", "deal with arrivals in accommodation", "assist guest departure"],
        ),  # implied
        ("Behind the bar you mix cocktails and tap beer.", ["prepare mixed beverages", "serve beers"]),  # implied
        # retail
        ("Shoppers who hesitate can count on you to find them the right product.", ["assist customers"]),  # implied
        ("You fill the shelves and put the products with the shortest shelf life at the front.", ["stock shelves", "carry out stock rotation"]),  # implied
        ("At the service desk you handle exchanges and refunds.", ["handle returns"]),  # implied
        ("At closing time you count the till and reconcile it with the day's sales.", ["carry out end of day accounts"]),  # implied
        # cleaning
        ("You clean offices, toilets and kitchenettes in the evening.", ["clean rooms", "clean toilet facilities"]),  # named
        ("You operate a scrubber-dryer in the large halls.", ["operate floor cleaning equipment"]),  # implied
        ("You choose the right cleaning products and dilute them correctly.", ["handle chemical cleaning agents"]),  # implied
        ("You separate the waste into paper, PMD and residual waste.", ["sort waste"]),  # implied
        # office and administration
        ("You answer incoming calls and put callers through to the right colleague.", ["answer incoming calls"]),  # named
        ("Good knowledge of MS Office (Word, Excel, Outlook) is required.", ["use microsoft office"]),  # named
        ("You take notes during management meetings and send the minutes to the participants.", ["write meeting reports"]),  # implied
        # finance
        ("You follow up unpaid customer invoices and send reminders.", ["follow up accounts receivables"]),  # implied
        (
            "Fluent in Dutch and French, you advise our clients on their savings and investments.",
            ["interact verbally in Dutch", "interact verbally in French", "advise on investment"],
        ),  # implied (languages in passing)
        ("You prepare the quarterly VAT returns for our clients.", ["prepare tax returns forms", "value-added tax law"]),  # implied
        ("You draw up the annual accounts of small businesses.", ["prepare financial statements"]),  # implied
        # human resources
        ("You screen CVs and hold the first interviews with candidates.", ["recruit employees", "recruit personnel", "interview people"]),  # implied
        ("You run the monthly payroll for 200 employees.", ["manage payroll"]),  # named
        ("Knowledge of Belgian labour law is an asset.", ["labour law", "labour legislation"]),  # named
        # sales
        (
            "You visit existing customers in your region and actively look for new ones.",
            ["maintain relationship with customers", "prospect new customers"],
        ),  # implied
        ("You draw up quotes and negotiate prices with buyers.", ["answer requests for quotation", "negotiate price"]),  # named
        # marketing
        (
            "You run our Instagram and LinkedIn pages and post new content several times a week.",
            ["apply social media marketing", "social media management"],
        ),  # implied
        ("You write catchy texts for our website, newsletters and brochures.", ["perform copywriting"]),  # implied
        # IT
        ("You develop and maintain back-end services in Python.", ["Python (computer programming)"]),  # named
        ("You write automated tests for the code you deliver.", ["develop automated software tests"]),  # named
        ("You write queries to pull data out of our PostgreSQL databases.", ["SQL", "PostgreSQL"]),  # implied
        (
            "You build Power BI dashboards so that management can follow the figures.",
            ["deliver visual presentation of data", "business intelligence"],
        ),  # implied
        ("You help colleagues with their computer problems by phone and remotely.", ["provide ICT support", "handle helpdesk problems"]),  # implied
        # education
        ("You teach Dutch to adult newcomers.", ["teach languages"]),  # implied
        ("You prepare your lessons and mark the pupils' tests.", ["prepare lesson content", "assess students"]),  # implied
        ("You supervise the children during breaks and at lunchtime.", ["supervise children", "perform playground surveillance"]),  # named
        # security
        ("At night you do rounds of the site and check that doors and windows are locked.", ["patrol areas"]),  # implied
        ("At the entrance you check visitors' identity and hand out access badges.", ["verify visitor identification", "register visitors"]),  # implied
        (
            "From the control room you follow the camera images and alarm signals.",
            ["monitor surveillance equipment", "manage closed-circuit television system"],
        ),  # implied
    ]
}
