"""Use cases of careers: Mijn Loopbaan (overview, target occupations), passport sharing, the competence visa and EVC.
Every state change of an EVC request goes through werkregie.workflows.services; every read of personal data is logged."""
