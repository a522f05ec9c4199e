package app.goodenough.mail.internal;

import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.RuleSettings;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.feeds.CalendarFiles;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingChanged;
import app.goodenough.schedule.Confirmation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the messages about a booked, moved or cancelled session into the outbox, in the
 * transaction of the change: to the client (with the calendar file) and to the coach, and the
 * reminders before the session (as long before as the coach chose), which a move or a
 * cancellation takes back. Each message is a template in {@code messages/}, HTML and text.
 */
@Component
class BookingMessages {

    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final ManageLinks manageLinks;
    private final CheckInLinks checkInLinks;
    private final LetterParties parties;
    private final AvailabilityService availability;
    private final Clock clock;

    BookingMessages(OutboxRepository outbox, MessageTemplates templates, ManageLinks manageLinks, CheckInLinks checkInLinks,
            LetterParties parties, AvailabilityService availability, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.manageLinks = manageLinks;
        this.checkInLinks = checkInLinks;
        this.parties = parties;
        this.availability = availability;
        this.clock = clock;
    }

    /**
     * The messages about one change as they are written, with the coach's rules and the session's
     * manage link worked out once for all of them.
     */
    private record Mailing(Confirmation session, RuleSettings rules, String manageUrl, List<NewMessage> messages) {

        Booking booking() {
            return session.booking();
        }
    }

    @EventListener
    void on(BookingChanged change) {
        Confirmation session = change.session();
        if (!session.booking().end().isAfter(clock.instant())) {
            return;
        }
        if (change.change() != BookingChanged.Change.BOOKED && change.change() != BookingChanged.Change.BOOKED_IN_SERIES) {
            outbox.voidPendingReminders(change.bookingId());
        }
        Mailing mailing = new Mailing(session, availability.settingsOf(session.booking().coachId()),
                manageLinks.url(manageLinks.tokenFor(session.booking())), new ArrayList<>());
        Instant now = clock.instant();
        String client = session.clientName();
        switch (change.change()) {
            case BOOKED -> {
                if (session.booking().awaitsClient()) {
                    String typed = session.booking().typedName();
                    toClient(mailing, MessageKind.CONFIRMATION, "confirm-ownership-client", "Please confirm: a session on "
                            + clientTime(mailing) + " was booked with your address", now, Map.of());
                    toCoach(mailing, MessageKind.NEW_BOOKING, "awaiting-owner-coach", "New booking, to be confirmed: " + typed + ", "
                            + coachTime(mailing), now, Map.of());
                } else {
                    toClient(mailing, MessageKind.CONFIRMATION, "booked-client", "Your session on " + clientTime(mailing) + " is booked",
                            now, Map.of());
                    toCoach(mailing, MessageKind.NEW_BOOKING, "booked-coach", "New booking: " + client + ", " + coachTime(mailing),
                            now, Map.of());
                    remind(mailing);
                }
            }
            case CONFIRMED -> remind(mailing);
            case BOOKED_IN_SERIES -> {
                if (!session.booking().awaitsClient()) {
                    remind(mailing);
                }
            }
            case RESCHEDULED_IN_SERIES -> remind(mailing);
            case CANCELLED_IN_SERIES -> {
            }
            case RESCHEDULED -> {
                toClient(mailing, MessageKind.RESCHEDULED, "moved-client", "Your session has moved to " + clientTime(mailing), now,
                        Map.of("before", moment(change.previousStart(), session.booking().clientTimeZone())));
                toCoach(mailing, MessageKind.RESCHEDULED, "moved-coach", "Moved: " + client + ", now " + coachTime(mailing), now,
                        Map.of("before", moment(change.previousStart(), session.coach().timeZone())));
                remind(mailing);
            }
            case CANCELLED -> {
                Map<String, Object> reason = change.reason().isBlank() ? Map.of() : Map.of("reason", change.reason());
                toClient(mailing, MessageKind.CANCELLED, "cancelled-client", "Cancelled: your session on " + clientTime(mailing), now,
                        reason);
                toCoach(mailing, MessageKind.CANCELLED, "cancelled-coach", "Cancelled: " + client + ", " + coachTime(mailing), now,
                        reason);
            }
        }
        outbox.insertAll(mailing.messages());
    }

    private void remind(Mailing mailing) {
        Instant at = mailing.booking().start().minus(mailing.rules().reminderLead());
        if (at.isBefore(clock.instant())) {
            return;
        }
        toClient(mailing, MessageKind.REMINDER, "reminder-client", "Reminder: your session on " + clientTime(mailing), at,
                Map.of("checkInUrl", checkInLinks.urlFor(mailing.booking())));
        toCoach(mailing, MessageKind.REMINDER, "reminder-coach", "Reminder: " + mailing.session().clientName() + ", "
                + coachTime(mailing), at, Map.of());
    }

    private void toClient(Mailing mailing, MessageKind kind, String template, String subject, Instant at, Map<String, Object> more) {
        Confirmation session = mailing.session();
        Booking booking = session.booking();
        Map<String, Object> values = SessionValues.of(session, booking.clientTimeZone(), subject, more);
        parties.forClient(values, session);
        values.put("cancelled", kind == MessageKind.CANCELLED);
        values.put("awaitsClient", booking.awaitsClient());
        values.put("manageUrl", mailing.manageUrl());
        values.put("manageUntil", SessionValues.FORMATS.moment(booking.start().atZone(booking.clientTimeZone()).minus(mailing.rules().cancellationWindow())));
        if (kind == MessageKind.CONFIRMATION) {
            parties.withFirstPasswordLink(values, session);
        }
        boolean withCalendarFile = kind != MessageKind.REMINDER && kind != MessageKind.CANCELLED;
        queue(mailing, kind, session.clientEmail(), session.clientName(), subject, templates.render(template, values), withCalendarFile, at);
    }

    private void toCoach(Mailing mailing, MessageKind kind, String template, String subject, Instant at, Map<String, Object> more) {
        Confirmation session = mailing.session();
        ZoneId zone = session.coach().timeZone();
        Map<String, Object> values = SessionValues.of(session, zone, subject, more);
        parties.forCoach(values, session, zone);
        queue(mailing, kind, session.coach().email(), session.coach().displayName(), subject, templates.render(template, values),
                false, at);
    }

    private void queue(Mailing mailing, MessageKind kind, String email, String name, String subject, MessageTemplates.Rendered letter,
            boolean withCalendarFile, Instant at) {
        Confirmation session = mailing.session();
        mailing.messages().add(new NewMessage(kind, session.booking().id(), email, name, subject, letter.text(), letter.html(),
                withCalendarFile ? CalendarFiles.fileName(session) : null,
                withCalendarFile ? CalendarFiles.ics(session, mailing.manageUrl(), clock.instant()) : null, at));
    }

    private static String clientTime(Mailing mailing) {
        return moment(mailing.booking().start(), mailing.booking().clientTimeZone());
    }

    private static String coachTime(Mailing mailing) {
        return moment(mailing.booking().start(), mailing.session().coach().timeZone());
    }

    private static String moment(Instant instant, ZoneId zone) {
        return SessionValues.FORMATS.moment(instant.atZone(zone));
    }
}
