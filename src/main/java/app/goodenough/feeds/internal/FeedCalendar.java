package app.goodenough.feeds.internal;

import app.goodenough.schedule.BookingStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A feed as an iCalendar file, times in UTC: one event per session (its UID stays, its SEQUENCE
 * counts its moves, a cancelled one says CANCELLED) and one busy event per blocked stretch. The
 * same rows give the same bytes, so an unchanged feed keeps its ETag.
 */
public final class FeedCalendar {

    /** How one session reads in this feed: its title, its description and the page it opens. */
    public record Wording(Function<FeedSession, String> summary, Function<FeedSession, String> description,
            Function<FeedSession, String> url) {
    }

    private FeedCalendar() {
    }

    public static byte[] ics(String name, List<FeedSession> sessions, List<FeedBlock> blocks, Wording wording) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Good Enough//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
        sessions.forEach(session -> calendar.add(event(session, wording)));
        blocks.forEach(block -> calendar.add(busy(block)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the calendar feed", e);
        }
    }

    private static VEvent event(FeedSession session, Wording wording) {
        VEvent event = new VEvent(session.start(), session.end(), wording.summary().apply(session));
        event.add(new Uid(session.id() + "@good-enough"));
        event.replace(new DtStamp(session.changedAt()));
        event.add(new Sequence(session.moves()));
        event.add(session.status() == BookingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(wording.description().apply(session)));
        event.add(new Url(URI.create(wording.url().apply(session))));
        return event;
    }

    private static VEvent busy(FeedBlock block) {
        VEvent event = new VEvent(block.start(), block.end(), "Blocked");
        event.add(new Uid("block-" + block.id() + "@good-enough"));
        event.replace(new DtStamp(block.start()));
        event.add(ImmutableTransp.OPAQUE);
        return event;
    }
}
