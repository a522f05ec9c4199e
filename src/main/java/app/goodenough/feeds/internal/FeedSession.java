package app.goodenough.feeds.internal;

import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session as a feed lists it: never its notes, nor the client's message or check-in; the coach's
 * own feed carries the answers to the intake questions she asked.
 *
 * @param who the client's name in the coach's feed, the coach's in the client's
 * @param moves how often it was moved: the event's SEQUENCE, so calendar apps take the new time
 * @param changedAt when it last changed (booked, moved, cancelled …): the event's DTSTAMP, so an unchanged feed reads the same
 * @param answers the answers to the intake questions, as "question: answer", in the coach's feed only
 */
public record FeedSession(BookingId id, Instant start, Instant end, BookingStatus status, String who, String sessionType,
        @Nullable String focus, int moves, Instant changedAt, List<String> answers) {
}
