"""The one transition mechanism of every workflow in the platform (trajectory, agreement, appointment, compliance case,
community-service assignment, application, vacancy…): declared tables, atomic transitions, one log."""
