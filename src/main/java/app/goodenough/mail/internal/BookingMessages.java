package app.goodenough.mail.internal;

import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.RuleSettings;
import app.goodenough.base.DateFormats;
import app.goodenough.identity.SystemTask;
import app.goodenough.mysessions.ManageLinks;
import app.goodenough.password.PasswordLinks;
import app.goodenough.practice.PublicCoach;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingChanged;
import app.goodenough.schedule.CalendarFiles;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    /** Letters are written in the practice's own way: the person's browser is not there when reminders are read. */
    private static final DateFormats FORMATS = DateFormats.practice();

    private final OutboxRepository outbox;
    private final ManageLinks manageLinks;
    private final PasswordLinks passwordLinks;
    private final SystemTask systemTask;
    private final AvailabilityService availability;
    private final Clock clock;
    private final String baseUrl;

    BookingMessages(OutboxRepository outbox, ManageLinks manageLinks, PasswordLinks passwordLinks, SystemTask systemTask,
            AvailabilityService availability, Clock clock,
            @Value("${good-enough.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.manageLinks = manageLinks;
        this.passwordLinks = passwordLinks;
        this.systemTask = systemTask;
        this.availability = availability;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(BookingChanged change) {
        Confirmation confirmation = change.session();
        if (!confirmation.booking().end().isAfter(clock.instant())) {
            return;
        }
        if (change.change() != BookingChanged.Change.BOOKED) {
            outbox.voidPendingReminders(change.bookingId());
        }
        Mailing session = new Mailing(confirmation, availability.settingsOf(confirmation.booking().coachId()),
                manageLinks.tokenFor(confirmation.booking()), new ArrayList<>());
        switch (change.change()) {
            case BOOKED -> {
                if (session.booking().awaitsClient()) {
                    askTheAddressOwner(session);
                } else {
                    toClient(session, MessageKind.CONFIRMATION, "Your session on " + clientTime(session) + " is booked",
                            "your " + what(session) + " is booked:", true);
                    toCoach(session, MessageKind.NEW_BOOKING, "New booking: " + session.clientName() + ", " + coachTime(session),
                            session.clientName() + " booked a " + session.sessionType().name() + ":");
                    remind(session);
                }
            }
            case CONFIRMED -> remind(session);
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
        outbox.insertAll(session.messages());
    }

    /**
     * The messages about one change as they are written: the session, the coach's rules for it and
     * its manage link, read once for all of them, and the messages to queue together.
     */
    private record Mailing(Confirmation confirmation, RuleSettings rules, String manageToken, List<NewMessage> messages) {

        Booking booking() {
            return confirmation.booking();
        }

        PublicCoach coach() {
            return confirmation.coach();
        }

        SessionType sessionType() {
            return confirmation.sessionType();
        }

        String clientName() {
            return confirmation.clientName();
        }
    }

    /**
     * A reader who did not sign in booked with an address that has an account: its owner is asked
     * whether the session is theirs, and the coach is told it waits for that answer. The letter
     * goes to the address, so it may say what the page could not.
     */
    private void askTheAddressOwner(Mailing session) {
        String typed = session.booking().typedName();
        toClient(session, MessageKind.CONFIRMATION, "Please confirm: a session on " + clientTime(session) + " was booked with your address",
                "a " + what(session) + " was booked with this email address, in the name of " + typed + ":", true,
                "If it was you, confirm it on its page (the link below); then it is in your sessions and reminders follow. "
                        + "If it was not you, cancel it there, and nothing more happens.");
        toCoach(session, MessageKind.NEW_BOOKING, "New booking, to be confirmed: " + typed + ", " + coachTime(session),
                typed + " booked a " + session.sessionType().name() + " with the address of an existing account; "
                        + "it waits for that account's owner to confirm it:");
    }

    private void remind(Mailing session) {
        Instant at = session.booking().start().minus(session.rules().reminderLead());
        if (at.isBefore(clock.instant())) {
            return;
        }
        toClient(session, MessageKind.REMINDER, "Reminder: your session on " + clientTime(session), "a reminder of your "
                + what(session) + ":", false, at);
        queue(session, MessageKind.REMINDER, session.coach().email(), session.coach().displayName(),
                "Reminder: " + session.clientName() + ", " + coachTime(session),
                coachLetter(session, "Coming up, with " + session.clientName() + ":", ""), false, at);
    }

    private void toClient(Mailing session, MessageKind kind, String subject, String opening, boolean withCalendarFile,
            String... more) {
        toClient(session, kind, subject, opening, withCalendarFile, clock.instant(), more);
    }

    private void toClient(Mailing session, MessageKind kind, String subject, String opening, boolean withCalendarFile,
            Instant at, String... more) {
        Booking booking = session.booking();
        Letter letter = new Letter()
                .paragraph("Hello " + session.clientName() + ",")
                .paragraph(opening + "\n" + FORMATS.longMoment(booking.start().atZone(booking.clientTimeZone())) + " (" + booking.clientTimeZone().getId()
                        + ")\n" + session.sessionType().duration().toMinutes() + " minutes with " + session.coach().displayName()
                        + session.confirmation().focus().map(focus -> "\nFocus: " + focus.title()).orElse(""));
        for (String line : more) {
            if (!line.isBlank()) {
                letter.paragraph(line);
            }
        }
        if (kind == MessageKind.CONFIRMATION) {
            systemTask.call("messages", () -> passwordLinks.firstPasswordToken(booking.clientId())).ifPresent(first -> letter.link(
                    "To see all your sessions in one place, choose a password (the link works for 14 days)",
                    baseUrl + "/password/set/" + first));
        }
        letter.link(linkText(session, kind), baseUrl + "/manage/" + session.manageToken())
                .paragraph("Questions? Write to " + session.coach().displayName() + " at " + session.coach().email() + ".")
                .paragraph("Good Enough");
        queue(session, kind, session.confirmation().clientEmail(), session.clientName(), subject, letter, withCalendarFile, at);
    }

    private static String linkText(Mailing session, MessageKind kind) {
        if (kind == MessageKind.CANCELLED) {
            return "Your session's page";
        }
        Booking booking = session.booking();
        return (booking.awaitsClient() ? "Confirm it, or cancel it" : "Move or cancel it") + ", until "
                + FORMATS.moment(booking.start().atZone(booking.clientTimeZone()).minus(session.rules().cancellationWindow()))
                + " (no password needed)";
    }

    private void toCoach(Mailing session, MessageKind kind, String subject, String opening, String... more) {
        queue(session, kind, session.coach().email(), session.coach().displayName(), subject,
                coachLetter(session, opening, String.join("\n", more)), false, clock.instant());
    }

    private Letter coachLetter(Mailing session, String opening, String more) {
        Booking booking = session.booking();
        ZoneId zone = session.coach().timeZone();
        Letter letter = new Letter()
                .paragraph(opening + "\n" + FORMATS.longMoment(booking.start().atZone(zone)) + " (" + zone.getId() + ")\n"
                        + session.sessionType().name() + ", " + session.confirmation().clientEmail()
                        + session.confirmation().focus().map(focus -> "\nFocus: " + focus.title()).orElse(""));
        if (!more.isBlank()) {
            letter.paragraph(more);
        }
        return letter.link("In your calendar", baseUrl + "/coach/calendar?view=day&date=" + booking.start().atZone(zone).toLocalDate());
    }

    private void queue(Mailing session, MessageKind kind, String email, String name, String subject, Letter letter,
            boolean withCalendarFile, Instant at) {
        session.messages().add(new NewMessage(kind, session.booking().id(), email, name, subject, letter.text(), letter.html(),
                withCalendarFile ? CalendarFiles.fileName(session.confirmation()) : null,
                withCalendarFile ? CalendarFiles.ics(session.confirmation(), clock.instant()) : null, at));
    }

    private static String what(Mailing session) {
        return session.sessionType().name() + " with " + session.coach().displayName();
    }

    private static String clientTime(Mailing session) {
        return moment(session.booking().start(), session.booking().clientTimeZone());
    }

    private static String coachTime(Mailing session) {
        return moment(session.booking().start(), session.coach().timeZone());
    }

    private static String moment(Instant instant, ZoneId zone) {
        return FORMATS.moment(instant.atZone(zone));
    }
}
