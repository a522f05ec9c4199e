package app.goodenough.mail.internal;

import app.goodenough.availability.AvailabilityService;
import app.goodenough.feeds.RepeatingEvents;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesChanged;
import app.goodenough.series.SeriesRhythm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One letter to the client and one to the coach about several sessions of a series booked, moved
 * or cancelled at once, listing every date, in the transaction of the change. The client's letter
 * about a booked series carries one calendar file with the whole series as a repeating event.
 * Each session's reminders come from {@link BookingMessages}, as for any session.
 */
@Component
class SeriesMessages {

    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final ManageLinks manageLinks;
    private final AvailabilityService availability;
    private final LetterParties parties;
    private final Clock clock;

    SeriesMessages(OutboxRepository outbox, MessageTemplates templates, ManageLinks manageLinks, AvailabilityService availability,
            LetterParties parties, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.manageLinks = manageLinks;
        this.availability = availability;
        this.parties = parties;
        this.clock = clock;
    }

    @EventListener
    void on(SeriesChanged change) {
        Confirmation first = change.first();
        Instant now = clock.instant();
        boolean booked = change.change() == SeriesChanged.Change.BOOKED;
        String dates = change.sessions().size() + (change.sessions().size() == 1 ? " session" : " sessions");
        String every = SeriesRhythm.every(change.rhythm().everyWeeks());
        String clientSubject = switch (change.change()) {
            case BOOKED -> "Your series is booked: " + dates + ", " + every;
            case MOVED -> "Moved: " + dates + " of your series";
            case CANCELLED -> "Cancelled: " + dates + " of your series";
        };
        List<String> links = change.sessions().stream().map(session -> manageLinks.url(manageLinks.tokenFor(session.confirmation().booking())))
                .toList();
        Map<String, Object> client = values(change, first.booking().clientTimeZone(), clientSubject, links,
                availability.settingsOf(first.booking().coachId()).cancellationWindow());
        parties.forClient(client, first);
        if (booked) {
            parties.withFirstPasswordLink(client, first);
        }
        MessageTemplates.Rendered toClient = templates.render("series-client", client);
        MessageKind kind = switch (change.change()) {
            case BOOKED -> MessageKind.CONFIRMATION;
            case MOVED -> MessageKind.RESCHEDULED;
            case CANCELLED -> MessageKind.CANCELLED;
        };
        String coachSubject = switch (change.change()) {
            case BOOKED -> "New series: ";
            case MOVED -> "Moved: ";
            case CANCELLED -> "Cancelled: ";
        } + first.clientName() + ", " + dates + ", " + every;
        Map<String, Object> coach = values(change, first.coach().timeZone(), coachSubject, List.of(), null);
        parties.forCoach(coach, first, first.coach().timeZone());
        MessageTemplates.Rendered toCoach = templates.render("series-coach", coach);
        outbox.insertAll(List.of(
                new NewMessage(kind, first.booking().id(), first.clientEmail(),
                        first.clientName(), clientSubject, toClient.text(), toClient.html(),
                        booked ? "good-enough-series-" + change.rhythm().firstDay() + ".ics" : null,
                        booked ? calendarFile(change, links.getFirst(), now) : null, now),
                new NewMessage(booked ? MessageKind.NEW_BOOKING : kind, first.booking().id(), first.coach().email(),
                        first.coach().displayName(), coachSubject, toCoach.text(), toCoach.html(), null, null, now)));
    }

    /** The booked series as one repeating event, the places not booked left out. */
    private static byte[] calendarFile(SeriesChanged change, String manageUrl, Instant now) {
        SeriesRhythm rhythm = change.rhythm();
        return RepeatingEvents.ics(change.first(), new RepeatingEvents.Repeating(rhythm.id() + "@good-enough", rhythm.zone(),
                rhythm.localStart(1), rhythm.everyWeeks(), rhythm.count(), change.leftOut()), "Sessions " + SeriesRhythm.every(rhythm.everyWeeks())
                + ": " + change.sessions().size() + " booked. Each one is moved or cancelled by its link in the letter about the series; the first's: "
                + manageUrl, now);
    }

    /** What both letters say in the recipient's zone; the client's also each session's link (in order) and until when it works. */
    private Map<String, Object> values(SeriesChanged change, ZoneId zone, String subject, List<String> links, @Nullable Duration window) {
        Map<String, Object> values = SessionValues.of(change.first(), zone, subject, Map.of());
        values.put("every", SeriesRhythm.every(change.rhythm().everyWeeks()));
        values.put("cancelled", change.change() == SeriesChanged.Change.CANCELLED);
        values.put("moved", change.change() == SeriesChanged.Change.MOVED);
        if (!change.reason().isBlank()) {
            values.put("reason", change.reason());
        }
        values.put("sessions", IntStream.range(0, change.sessions().size()).mapToObj(i -> {
            SeriesChanged.Session session = change.sessions().get(i);
            Booking booking = session.confirmation().booking();
            Map<String, Object> one = new HashMap<>();
            one.put("when", SessionValues.FORMATS.longMoment(booking.start().atZone(zone)));
            one.put("place", "(" + session.position() + " of " + change.rhythm().count() + ")"
                    + (session.previousStart() == null ? "" : ", was " + SessionValues.FORMATS.longMoment(session.previousStart().atZone(zone))));
            if (window != null) {
                one.put("manageUrl", links.get(i));
                one.put("manageUntil", SessionValues.FORMATS.moment(booking.start().minus(window).atZone(zone)));
            }
            return one;
        }).toList());
        return values;
    }
}
