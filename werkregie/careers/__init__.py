"""Careers (issue 13): the person's "Mijn Loopbaan", sharing the competence passport, the competence visa and EVC."""
