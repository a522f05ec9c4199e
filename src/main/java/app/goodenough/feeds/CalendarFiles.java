package app.goodenough.feeds;

import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Confirmation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A booked session as an iCalendar (.ics) file, for the reader's own calendar. Times are in UTC.
 * The file is written without ical4j's validation pass, which cost more than the rest of a
 * booking's messages together; {@code CalendarFilesTest} validates what is written instead.
 */
public final class CalendarFiles {

    public static final String MEDIA_TYPE = "text/calendar";

    private CalendarFiles() {
    }

    public static String fileName(Confirmation confirmation) {
        return "good-enough-session-" + confirmation.booking().start().atZone(confirmation.booking().clientTimeZone()).toLocalDate() + ".ics";
    }

    /** @param manageUrl the address of the session's manage page, where it is moved or cancelled */
    public static byte[] ics(Confirmation confirmation, String manageUrl, Instant now) {
        return published(event(confirmation, manageUrl, now));
    }

    /** Several sessions booked together, one event each, as each one's own file has it. */
    public static byte[] ics(List<Confirmation> sessions, Function<Confirmation, String> manageUrl, Instant now) {
        return published(sessions.stream().map(session -> event(session, manageUrl.apply(session), now)).toArray(VEvent[]::new));
    }

    private static VEvent event(Confirmation confirmation, String manageUrl, Instant now) {
        Booking booking = confirmation.booking();
        VEvent event = new VEvent(booking.start(), booking.end(),
                confirmation.sessionType().name() + " with " + confirmation.coach().displayName());
        event.add(new Uid(booking.id() + "@good-enough"));
        event.replace(new DtStamp(now));
        event.add(new Organizer(URI.create("mailto:" + confirmation.coach().email())));
        event.add(new Description(description(confirmation, manageUrl)));
        event.add(new Url(URI.create(manageUrl)));
        if (!confirmation.sessionType().place().isBlank()) {
            event.add(new Location(confirmation.sessionType().place()));
        }
        return event;
    }

    /** A calendar file published to its reader, holding these components (a zone's definition before the events in it). */
    public static byte[] published(CalendarComponent... components) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Good Enough//Booking//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (CalendarComponent component : components) {
            calendar.add(component);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the calendar file", e);
        }
    }

    private static String description(Confirmation confirmation, String manageUrl) {
        String focus = confirmation.focus().map(principle -> "Focus: " + principle.title() + ".\n").orElse("");
        String place = confirmation.sessionType().place().isBlank() ? "" : "Where: " + confirmation.sessionType().place() + "\n";
        return focus + place + "Move or cancel: " + manageUrl + "\nQuestions? Write to " + confirmation.coach().displayName() + " at "
                + confirmation.coach().email() + ".";
    }
}
