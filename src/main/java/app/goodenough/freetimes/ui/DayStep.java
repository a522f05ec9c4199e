package app.goodenough.freetimes.ui;

import app.goodenough.freetimes.Openings;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Choosing a day: when the next free time is (one click to its day), then the month it lies in,
 * or, when nothing is free within the coach's horizon, how to reach the coach instead.
 */
public class DayStep extends Div {

    /**
     * @param month the month the reader was on before, or {@code null} to open on the first free time's month
     * @param onShown told of every month shown
     */
    public DayStep(Openings openings, ZoneId zone, YearMonth month, Function<YearMonth, Set<LocalDate>> freeDays,
            Consumer<LocalDate> onChoose, Consumer<YearMonth> onShown) {
        addClassName("day-step");
        add(new H2("Choose a day"));
        openings.firstFree().ifPresentOrElse(first -> {
            add(nextFree(first, zone, onChoose));
            add(new MonthPicker(openings.firstMonth(zone), openings.lastMonth(zone),
                    month == null ? openings.openingMonth(zone) : month, freeDays, onChoose, onShown));
        }, () -> add(nothingFree(openings)));
    }

    private static Button nextFree(Instant first, ZoneId zone, Consumer<LocalDate> onChoose) {
        DateFormats formats = DateFormats.current();
        var local = first.atZone(zone);
        Button next = new Button("Next free time: " + formats.day(local) + ", " + formats.time(local),
                click -> onChoose.accept(local.toLocalDate()));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClassName("next-free");
        return next;
    }

    private static Paragraph nothingFree(Openings openings) {
        int days = openings.horizonDays();
        Paragraph none = new Paragraph("There are no free times in the next " + (days == 1 ? "day" : days + " days") + ". Please write to "
                + openings.coach().displayName() + " at ");
        none.add(new Anchor("mailto:" + openings.coach().email(), openings.coach().email(), AnchorTarget.DEFAULT),
                new Text(", who will find a time with you."));
        none.addClassName("nothing-free");
        return none;
    }
}
