/**
 * Forums of a puskesmas (lokakarya mini bulanan, minilok lintas sektor triwulanan) with their attendees, agenda
 * items per program and agreed follow-ups (rencana tindak lanjut), and carrying those follow-ups to done: dated
 * progress notes, reviews at the next forum, a board per puskesmas and city-wide, and overdue reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forums and follow-ups",
        allowedDependencies = {"access", "audit", "common", "facility", "home", "institution", "program"})
package id.puskesnet.forum;
