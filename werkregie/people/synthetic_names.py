"""Given names and surnames for the synthetic population, by origin. Common names only; no real persons."""

FLEMISH_MALE = """Jan Pieter Tom Bart Wim Kris Peter Dirk Luc Marc Jef Stijn Koen Jonas Lucas Arthur Louis Noah Liam Adam
Jules Victor Finn Mathis Seppe Lars Wout Thomas Maarten Sander Ruben Jens Robbe Niels Joris Bram Steven Geert Filip Erik
Hans Dries Gert Frank Guy Rudi Patrick Johan Danny Kurt Yves Gilles Senne Milan Vince Matteo Warre Mats Siebe Lowie Kobe""".split()
FLEMISH_FEMALE = """An Els Sofie Lien Katrien Inge Veerle Griet Hilde Marie Emma Louise Olivia Elena Lotte Ella Nora Fien Lore
Julie Laura Sarah Lisa Eva Hanne Lies Nele Tine Evi Ilse Karen Leen Sara Annelies Ann Mieke Greet Linda Martine Nathalie
Charlotte Margot Noor Amber Jana Febe Yana Lena Mila Anna Roos Kato Lina Axelle Ine Joke Leentje Wendy Kim Saar""".split()
FLEMISH_SURNAMES = """Peeters;Janssens;Maes;Jacobs;Mertens;Willems;Claes;Goossens;Wouters;De Smet;Dubois;Hermans
Aerts;Michiels;Lambrechts;Vermeulen;Dumont;Pauwels;Van Damme;Claeys;De Vos;Desmet;Verhoeven;Stevens
Hendrickx;Smets;Van den Broeck;Cools;Segers;Van de Velde;Martens;Vermeersch;Bogaerts;Coppens;Verstraete;De Clercq
Wuyts;De Backer;Leemans;Van Dyck;Mahieu;Vandenberghe;Baert;Vandamme;Verbeke;De Cock;Dewulf;Geerts
Celis;Vervoort;Declercq;Van Hoof;Huybrechts;Verlinden;Dierckx;Moens;Vanhove;Sels;Thys;Van Acker
Boeckx;De Meyer;Govaerts;Brouwers;Bauwens;Lemmens;Van Looy;Nijs;Verhaegen;Beckers;Gielen""".replace("\n", ";").split(";")

OTHER = {
    "MA": ("Mohamed Youssef Ayoub Bilal Hamza Karim Rachid Mehdi Anas Soufiane".split(), "Fatima Khadija Salma Imane Nora Yasmina Sara Amal Hanane Samira".split(), "El Amrani;Benali;Bouzid;El Idrissi;Azzouzi;Haddouchi;El Khattabi;Ouali;Benhaddou;Chaouki".split(";")),
    "TR": ("Mehmet Mustafa Ahmet Emre Murat Yusuf Burak Can Kerem Hakan".split(), "Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Selin".split(), "Yılmaz;Kaya;Demir;Şahin;Çelik;Yıldız;Aydın;Öztürk;Arslan;Doğan".split(";")),
    "PL": ("Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Adam".split(), "Anna Katarzyna Magdalena Agnieszka Joanna Monika Ewa Małgorzata Natalia Aleksandra".split(), "Nowak;Kowalski;Wiśniewski;Wójcik;Kowalczyk;Kamiński;Lewandowski;Zieliński;Szymański;Woźniak".split(";")),
    "RO": ("Andrei Alexandru Ionuț Mihai Florin Gabriel Cristian Adrian Marius Vasile".split(), "Maria Elena Ioana Andreea Alina Mihaela Cristina Gabriela Daniela Ana".split(), "Popescu;Ionescu;Popa;Pop;Radu;Dumitru;Stan;Stoica;Gheorghe;Matei".split(";")),
    "SY": ("Ahmad Omar Khaled Ali Hassan Mahmoud Abdullah Samer Rami Fadi".split(), "Rania Lina Nour Hala Dima Rasha Reem Maya Lama Huda".split(), "Al-Hassan;Haddad;Khalil;Darwish;Al-Ahmad;Najjar;Sabbagh;Hamdan;Kassab;Shami".split(";")),
    "AF": ("Ahmad Mohammad Ali Reza Mustafa Hamid Jawad Farid Wahid Naweed".split(), "Fatima Maryam Zahra Shabnam Parisa Sima Nargis Roya Laila Freshta".split(), "Ahmadi;Mohammadi;Hosseini;Rahimi;Karimi;Noori;Sultani;Haidari;Amiri;Sadat".split(";")),
    "UA": ("Oleksandr Andrii Dmytro Serhii Volodymyr Mykola Ivan Yurii Taras Bohdan".split(), "Olena Iryna Natalia Tetiana Oksana Yulia Kateryna Svitlana Mariia Anastasiia".split(), "Melnyk;Shevchenko;Boiko;Kovalenko;Bondarenko;Tkachenko;Kravchenko;Oliinyk;Shevchuk;Koval".split(";")),
    "NL": ("Daan Sem Bram Thijs Ruben Joost Sjoerd Jeroen Niels Wouter".split(), "Sanne Femke Anouk Iris Lotte Marloes Esther Ingrid Eline Fleur".split(), "de Jong;de Vries;van den Berg;van Dijk;Bakker;Visser;Smit;Meijer;de Boer;Mulder".split(";")),
    "FR": ("Nicolas Julien Antoine Pierre Guillaume Maxime Alexandre Hugo Théo Baptiste".split(), "Camille Manon Chloé Léa Pauline Mathilde Juliette Céline Aurélie Élodie".split(), "Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau".split(";")),
    "IT": ("Marco Luca Giuseppe Francesco Alessandro Matteo Lorenzo Andrea Davide Paolo".split(), "Giulia Francesca Chiara Sara Valentina Martina Alessia Federica Elisa Silvia".split(), "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco".split(";")),
    "BG": ("Georgi Ivan Dimitar Nikolay Petar Stoyan Hristo Todor Vasil Angel".split(), "Maria Ivana Elena Desislava Gergana Petya Teodora Nadezhda Viktoria Radka".split(), "Ivanov;Georgiev;Dimitrov;Petrov;Nikolov;Hristov;Stoyanov;Todorov;Iliev;Angelov".split(";")),
    "CD": ("Jean-Pierre Patrick Didier Christian Guy Serge Fabrice Junior Olivier Eric".split(), "Grace Esther Sarah Ruth Chantal Nadine Mireille Gloria Rachel Divine".split(), "Mbuyi;Kabongo;Tshibangu;Ilunga;Kasongo;Mukendi;Lukusa;Ngoy;Kalala;Mutombo".split(";")),
}
