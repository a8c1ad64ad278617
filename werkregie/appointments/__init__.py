"""Appointments: agendas and slots, invitations with a booking link, convocations, reminders, attendance, iCalendar."""
