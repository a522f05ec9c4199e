package app.goodenough.booking.ui;

import app.goodenough.shared.IsoText;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the reader is in the booking flow, as the address says it
 * ({@code /book?focus=…&type=…&day=2026-12-03&time=2026-12-03T08:00:00Z}): each step is its own
 * entry in the browser's history, so Back goes one step back and a reload keeps the step. What
 * the address says is only a wish: a part that does not read, or names nothing offered, is left out.
 */
record StepAddress(@Nullable String focus, @Nullable String type, @Nullable LocalDate day, @Nullable Instant time) {

    static StepAddress of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String type = first(values, "type").orElse(null);
        LocalDate day = type == null ? null : first(values, "day").flatMap(IsoText::date).orElse(null);
        Instant time = day == null ? null : first(values, "time").flatMap(IsoText::instant).orElse(null);
        return new StepAddress(first(values, "focus").orElse(null), type, day, time);
    }

    StepAddress withType(String chosen) {
        return new StepAddress(focus, chosen, null, null);
    }

    StepAddress withDay(LocalDate chosen) {
        return new StepAddress(focus, type, chosen, null);
    }

    StepAddress withTime(LocalDate chosenDay, Instant chosen) {
        return new StepAddress(focus, type, chosenDay, chosen);
    }

    /** Back to choosing the session type. */
    StepAddress start() {
        return new StepAddress(focus, null, null, null);
    }

    QueryParameters parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "focus", focus);
        put(values, "type", type);
        put(values, "day", day);
        put(values, "time", time);
        return new QueryParameters(values);
    }

    private static void put(Map<String, List<String>> values, String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, List.of(value.toString()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().findFirst().filter(value -> !value.isBlank() && value.length() <= 64);
    }
}
