package app.goodenough.insights;

import app.goodenough.insights.internal.InsightsRepository;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.Booking;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where readers come from in the article: each opening of the booking flow adds one to its
 * section's count for the day (nothing about the reader is kept), and a booking keeps the section
 * its flow was opened from. A principle's link opens the flow with {@code ?focus=<slug>}; anything
 * else counts as the closing call to action.
 */
@Component
public class ArticleEntries {

    /** The section of the closing call to action, and of {@code /book} opened any other way. */
    public static final String CLOSING = "closing";

    private final InsightsRepository insights;
    private final PrincipleService principles;
    private final Clock clock;

    ArticleEntries(InsightsRepository insights, PrincipleService principles, Clock clock) {
        this.insights = insights;
        this.principles = principles;
        this.clock = clock;
    }

    /** Counts one opening of the booking flow from the section that {@code focus} (the address's) names. */
    @Transactional
    public void opened(@Nullable String focus) {
        insights.countOpening(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), section(focus));
    }

    /** Keeps the section a reader's booking came from, in the booking's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void booked(Booking booking, @Nullable String focus) {
        insights.insertEntry(booking.id(), booking.coachId(), section(focus), clock.instant());
    }

    /** The principle {@code focus} names, or {@link #CLOSING} for anything else. */
    public String section(@Nullable String focus) {
        return principles.principles().stream().map(Principle::slug).filter(slug -> slug.equals(focus)).findFirst().orElse(CLOSING);
    }
}
