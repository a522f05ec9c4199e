package app.goodenough.insights;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.insights.internal.InsightsRepository;
import app.goodenough.insights.internal.InsightsRepository.Booked;
import app.goodenough.insights.internal.InsightsRepository.Count;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the article leads to, for the coach: per section, how often the booking flow was opened
 * from it, how many of her sessions were booked and completed from it, and which principles her
 * notes and those clients' check-ins then dwelt on. Days are UTC days, as the openings are counted.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class InsightsService {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 731;
    /** How many principles a section's "dwelt on" names. */
    static final int DWELT_ON = 3;
    private static final Booked NONE_BOOKED = new Booked(0, 0);

    private final InsightsRepository insights;
    private final PrincipleService principles;
    private final CurrentUser currentUser;

    InsightsService(InsightsRepository insights, PrincipleService principles, CurrentUser currentUser) {
        this.insights = insights;
        this.principles = principles;
        this.currentUser = currentUser;
    }

    /** One row per principle section in the article's order, then the closing call to action; {@code from} and {@code to} included. */
    @Transactional(readOnly = true)
    public List<SectionFunnel> articleFunnel(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "Choose a first and a last day, the last not before the first.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "Choose at most " + MAX_DAYS + " days.");
        }
        AccountId me = currentUser.require().id();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Integer> opened = insights.openings(from, to);
        Map<String, Booked> bookings = insights.bookings(me, start, end);
        List<Count> notes = insights.noteTags(me, start, end);
        List<Count> checkIns = insights.heavyCheckIns(me, start, end);
        List<SectionFunnel> funnel = new ArrayList<>();
        for (Principle principle : principles.principles()) {
            funnel.add(row(principle.slug(), principle.number() + ". " + principle.title(), opened, bookings, notes, checkIns));
        }
        funnel.add(row(ArticleEntries.CLOSING, "Closing call to action (and /book opened directly)", opened, bookings, notes, checkIns));
        return funnel;
    }

    private SectionFunnel row(String section, String title, Map<String, Integer> opened, Map<String, Booked> bookings, List<Count> notes,
            List<Count> checkIns) {
        Booked booked = bookings.getOrDefault(section, NONE_BOOKED);
        return new SectionFunnel(section, title, opened.getOrDefault(section, 0), booked.booked(), booked.completed(), mostOf(notes, section),
                mostOf(checkIns, section));
    }

    /** The titles of the principles counted most often for a section, most first, at most {@link #DWELT_ON}. */
    private List<String> mostOf(List<Count> counts, String section) {
        return counts.stream().filter(count -> count.section().equals(section))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::principle))
                .limit(DWELT_ON)
                .map(count -> title(count.principle()) + " (" + count.count() + ")")
                .toList();
    }

    private String title(String slug) {
        return principles.principles().stream().filter(principle -> principle.slug().equals(slug)).findFirst()
                .map(Principle::title).orElse(slug);
    }
}
