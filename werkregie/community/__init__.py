"""Community service (gemeenschapsdienst) and wijk-werken: activities, eligibility, assignments, attendance, hours."""
