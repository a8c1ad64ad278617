"""Use cases of training: the catalogue (catalogue.py), the guide (guide.py) and bookings (booking.py)."""
