package app.goodenough.mail.internal;

import app.goodenough.account.PasswordLinks;
import app.goodenough.account.SystemTask;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.base.DateFormats;
import app.goodenough.booking.Booking;
import app.goodenough.booking.BookingChanged;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.CalendarFiles;
import app.goodenough.booking.ClientSessionsService;
import app.goodenough.booking.Confirmation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the messages about a booked, moved or cancelled session into the outbox, in the
 * transaction of the change: to the client (with the calendar file) and to the coach, and the
 * reminders before the session (as long before as the coach chose), which a move or a
 * cancellation takes back.
 */
@Component
class BookingMessages {

    private final OutboxRepository outbox;
    private final BookingService bookingService;
    private final ClientSessionsService clientSessions;
    private final PasswordLinks passwordLinks;
    private final SystemTask systemTask;
    private final AvailabilityService availability;
    private final Clock clock;
    private final String baseUrl;

    BookingMessages(OutboxRepository outbox, BookingService bookingService, ClientSessionsService clientSessions,
            PasswordLinks passwordLinks,
            SystemTask systemTask, AvailabilityService availability, Clock clock,
            @Value("${good-enough.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.bookingService = bookingService;
        this.clientSessions = clientSessions;
        this.passwordLinks = passwordLinks;
        this.systemTask = systemTask;
        this.availability = availability;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(BookingChanged change) {
        Confirmation session = systemTask.call("messages", () -> bookingService.confirmationOf(change.bookingId()));
        if (!session.booking().end().isAfter(clock.instant())) {
            return;
        }
        outbox.voidPendingReminders(change.bookingId());
        switch (change.change()) {
            case BOOKED -> {
                toClient(session, MessageKind.CONFIRMATION, "Your session on " + clientTime(session) + " is booked",
                        "your " + what(session) + " is booked:", true);
                toCoach(session, MessageKind.NEW_BOOKING, "New booking: " + session.clientName() + ", " + coachTime(session),
                        session.clientName() + " booked a " + session.sessionType().name() + ":");
                remind(session);
            }
            case RESCHEDULED -> {
                String before = "It was " + moment(change.previousStart(), session.booking().clientTimeZone()) + ".";
                toClient(session, MessageKind.RESCHEDULED, "Your session has moved to " + clientTime(session),
                        "your " + what(session) + " has moved to a new time:", true, before);
                toCoach(session, MessageKind.RESCHEDULED, "Moved: " + session.clientName() + ", now " + coachTime(session),
                        "The session with " + session.clientName() + " has moved:",
                        "It was " + moment(change.previousStart(), session.coach().timeZone()) + ".");
                remind(session);
            }
            case CANCELLED -> {
                String reason = change.reason().isBlank() ? "" : "Reason given: " + change.reason();
                toClient(session, MessageKind.CANCELLED, "Cancelled: your session on " + clientTime(session),
                        "your " + what(session) + " is cancelled:", false, reason);
                toCoach(session, MessageKind.CANCELLED, "Cancelled: " + session.clientName() + ", " + coachTime(session),
                        "The session with " + session.clientName() + " is cancelled:", reason);
            }
        }
    }

    private void remind(Confirmation session) {
        Instant at = session.booking().start().minus(availability.reminderLeadOf(session.booking().coachId()));
        if (at.isBefore(clock.instant())) {
            return;
        }
        toClient(session, MessageKind.REMINDER, "Reminder: your session on " + clientTime(session), "a reminder of your "
                + what(session) + ":", false, at);
        queue(session, MessageKind.REMINDER, session.coach().email(), session.coach().displayName(),
                "Reminder: " + session.clientName() + ", " + coachTime(session),
                coachLetter(session, "Coming up, with " + session.clientName() + ":", ""), false, at);
    }

    private void toClient(Confirmation session, MessageKind kind, String subject, String opening, boolean withCalendarFile,
            String... more) {
        toClient(session, kind, subject, opening, withCalendarFile, clock.instant(), more);
    }

    private void toClient(Confirmation session, MessageKind kind, String subject, String opening, boolean withCalendarFile,
            Instant at, String... more) {
        Booking booking = session.booking();
        Letter letter = new Letter()
                .paragraph("Hello " + session.clientName() + ",")
                .paragraph(opening + "\n" + DateFormats.DAY.format(booking.start().atZone(booking.clientTimeZone())) + ", "
                        + DateFormats.TIME.format(booking.start().atZone(booking.clientTimeZone())) + " (" + booking.clientTimeZone().getId()
                        + ")\n" + session.sessionType().duration().toMinutes() + " minutes with " + session.coach().displayName()
                        + session.focus().map(focus -> "\nFocus: " + focus.title()).orElse(""));
        for (String line : more) {
            if (!line.isBlank()) {
                letter.paragraph(line);
            }
        }
        String token = systemTask.call("messages", () -> clientSessions.manageTokenOf(booking.id()));
        if (kind == MessageKind.CONFIRMATION) {
            systemTask.call("messages", () -> passwordLinks.firstPasswordToken(booking.clientId())).ifPresent(first -> letter.link(
                    "To see all your sessions in one place, choose a password (the link works for 14 days)",
                    baseUrl + "/password/set/" + first));
        }
        letter.link(kind == MessageKind.CANCELLED ? "Your session's page" : "Move or cancel it, until "
                        + DateFormats.MOMENT.format(booking.start().atZone(booking.clientTimeZone()).minus(cancellationWindow(session)))
                        + " (no password needed)", baseUrl + "/manage/" + token)
                .paragraph("Questions? Write to " + session.coach().displayName() + " at " + session.coach().email() + ".")
                .paragraph("Good Enough");
        queue(session, kind, session.clientEmail(), session.clientName(), subject, letter, withCalendarFile, at);
    }

    private void toCoach(Confirmation session, MessageKind kind, String subject, String opening, String... more) {
        queue(session, kind, session.coach().email(), session.coach().displayName(), subject,
                coachLetter(session, opening, String.join("\n", more)), false, clock.instant());
    }

    private Letter coachLetter(Confirmation session, String opening, String more) {
        Booking booking = session.booking();
        ZoneId zone = session.coach().timeZone();
        Letter letter = new Letter()
                .paragraph(opening + "\n" + DateFormats.DAY.format(booking.start().atZone(zone)) + ", "
                        + DateFormats.TIME.format(booking.start().atZone(zone)) + " (" + zone.getId() + ")\n"
                        + session.sessionType().name() + ", " + session.clientEmail()
                        + session.focus().map(focus -> "\nFocus: " + focus.title()).orElse(""));
        if (!more.isBlank()) {
            letter.paragraph(more);
        }
        return letter.link("In your calendar", baseUrl + "/coach/calendar?view=day&date=" + booking.start().atZone(zone).toLocalDate());
    }

    private void queue(Confirmation session, MessageKind kind, String email, String name, String subject, Letter letter,
            boolean withCalendarFile, Instant at) {
        outbox.insert(new NewMessage(kind, session.booking().id(), email, name, subject, letter.text(), letter.html(),
                withCalendarFile ? CalendarFiles.fileName(session) : null,
                withCalendarFile ? CalendarFiles.ics(session, clock.instant()) : null, at));
    }

    private Duration cancellationWindow(Confirmation session) {
        return availability.cancellationWindowOf(session.booking().coachId());
    }

    private static String what(Confirmation session) {
        return session.sessionType().name() + " with " + session.coach().displayName();
    }

    private static String clientTime(Confirmation session) {
        return moment(session.booking().start(), session.booking().clientTimeZone());
    }

    private static String coachTime(Confirmation session) {
        return moment(session.booking().start(), session.coach().timeZone());
    }

    private static String moment(Instant instant, ZoneId zone) {
        return DateFormats.MOMENT.format(instant.atZone(zone));
    }
}
