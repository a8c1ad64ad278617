# Belgian formats whatever the interface language: the same as Dutch.
from werkregie.formats.nl.formats import *  # noqa: F403
