"""The individual learning and career account (issue 13, point 4): a double-entry ledger per person in euros and, as
a separate unit never mixed with euros, Vlaams opleidingsverlof hours. See models.py for the invariants the database
keeps and use_cases.py for the contract other apps call."""
