package app.goodenough.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The awkward moments every date-sensitive behaviour is tried at, for a coach in Berlin and one
 * in New York, seen by readers in Tokyo and Auckland (far ahead of both, Auckland in the south
 * with its own clock changes): the last day of a month after working hours, New Year's Eve at
 * 23:30, 29 February, 02:30 on the night clocks go forward, both 02:30s (01:30s in New York) of
 * the night they go back, and the Friday evenings before those two nights, when the nights
 * themselves can be booked. The clock-change moments are read off the zone's own rules, so they
 * are the real ones.
 */
public final class Moments {

    public static final List<ZoneId> COACH_ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
    public static final List<ZoneId> READER_ZONES = List.of(ZoneId.of("Asia/Tokyo"), ZoneId.of("Pacific/Auckland"));

    public record Moment(String name, ZonedDateTime at) {

        @Override
        public String toString() {
            return name + " in " + at.getZone() + " (" + at.toOffsetDateTime() + ")";
        }
    }

    private Moments() {
    }

    /** The moments in the coach's zone. */
    public static List<Moment> in(ZoneId coach) {
        ZoneOffsetTransition spring = coach.getRules().nextTransition(Instant.parse("2027-01-01T00:00:00Z"));
        ZoneOffsetTransition autumn = coach.getRules().nextTransition(spring.getInstant());
        LocalDateTime repeated = autumn.getDateTimeAfter().plusMinutes(30);
        return List.of(
                new Moment("the last day of a month after working hours", ZonedDateTime.of(2026, 11, 30, 18, 0, 0, 0, coach)),
                new Moment("New Year's Eve at 23:30", ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, coach)),
                new Moment("29 February", ZonedDateTime.of(2028, 2, 29, 9, 30, 0, 0, coach)),
                new Moment("the hour that does not exist when clocks go forward",
                        ZonedDateTime.of(spring.getDateTimeBefore().plusMinutes(30), coach)),
                new Moment("the first of the repeated hour when clocks go back",
                        ZonedDateTime.of(repeated, coach).withEarlierOffsetAtOverlap()),
                new Moment("the second of the repeated hour when clocks go back",
                        ZonedDateTime.of(repeated, coach).withLaterOffsetAtOverlap()),
                new Moment("the Friday evening before clocks go forward", fridayEveningBefore(spring, coach)),
                new Moment("the Friday evening before clocks go back", fridayEveningBefore(autumn, coach)));
    }

    private static ZonedDateTime fridayEveningBefore(ZoneOffsetTransition change, ZoneId zone) {
        return ZonedDateTime.of(change.getDateTimeBefore().toLocalDate().minusDays(2).atTime(19, 0), zone);
    }

    /** Every coach zone with each of its moments: (coach zone, moment). */
    public static Stream<Arguments> forEveryCoach() {
        return COACH_ZONES.stream().flatMap(coach -> in(coach).stream().map(moment -> Arguments.of(coach, moment)));
    }

    /** Every coach zone, moment and reader zone: (coach zone, moment, reader zone). */
    public static Stream<Arguments> forEveryCoachAndReader() {
        return forEveryCoach().flatMap(pair -> READER_ZONES.stream().map(reader -> Arguments.of(pair.get()[0], pair.get()[1], reader)));
    }
}
