package app.goodenough.appointments.ui;

import app.goodenough.series.NewSeries;
import app.goodenough.series.SeriesOccurrence.Fit;
import app.goodenough.series.SeriesOccurrence;
import app.goodenough.series.ui.RhythmSelect;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Repeat as a series" in the appointment dialog: every 1, 2 or 4 weeks, so many sessions, and
 * every session of the series listed with how it fits the calendar before anything is booked.
 */
public class SeriesFields extends Div {

    final Checkbox repeat = new Checkbox("Repeat as a series");
    final RhythmSelect every = new RhythmSelect(1);
    final IntegerField count = new IntegerField("Sessions");
    private final Div settings = new Div();
    private final OrderedList sessions = new OrderedList();
    private final Paragraph summary = new Paragraph();
    private List<SeriesOccurrence> shown = List.of();

    public SeriesFields(Runnable changed) {
        addClassName("series-fields");
        count.setMin(NewSeries.MIN_COUNT);
        count.setMax(NewSeries.MAX_COUNT);
        count.setStepButtonsVisible(true);
        count.setValue(6);
        sessions.addClassName("series-sessions");
        summary.getElement().setAttribute("role", "status");
        settings.add(every, count, summary, sessions);
        settings.setVisible(false);
        repeat.addValueChangeListener(change -> {
            settings.setVisible(change.getValue());
            changed.run();
        });
        every.addValueChangeListener(change -> changed.run());
        count.addValueChangeListener(change -> changed.run());
        add(repeat, settings);
    }

    /** Shows the series' problems at its own fields. */
    public FieldMessages showProblemsIn(FieldMessages messages) {
        return messages.field("everyWeeks", every).field("count", count);
    }

    public boolean repeats() {
        return repeat.getValue();
    }

    public int everyWeeks() {
        return every.everyWeeks();
    }

    public int sessionCount() {
        return count.getValue() == null ? 0 : count.getValue();
    }

    /** Lists the series' sessions, each with how it fits the calendar, in the coach's zone. */
    public void show(List<SeriesOccurrence> occurrences, ZoneId zone) {
        shown = occurrences;
        sessions.removeAll();
        for (SeriesOccurrence occurrence : occurrences) {
            String when = occurrence.start() == null ? DateFormats.current().dayOfYear(occurrence.day())
                    : DateFormats.current().moment(occurrence.start().atZone(zone));
            ListItem item = new ListItem(when + " · " + fit(occurrence));
            item.addClassName("series-" + occurrence.fit().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            sessions.add(item);
        }
        long free = occurrences.stream().filter(occurrence -> occurrence.fit() == Fit.FREE).count();
        summary.setText(free == occurrences.size() ? "All " + free + " sessions are free."
                : free + " of " + occurrences.size() + " sessions are free. Book the free ones only, or change the time.");
    }

    public void clear() {
        shown = List.of();
        sessions.removeAll();
        summary.setText("");
    }

    /** The positions to book: the free ones, and those outside working hours when the coach said to book them anyway. */
    public Set<Integer> bookable(boolean outsideHours) {
        return shown.stream().filter(occurrence -> occurrence.fit() == Fit.FREE || outsideHours && occurrence.fit() == Fit.OUTSIDE_HOURS)
                .map(SeriesOccurrence::position).collect(Collectors.toSet());
    }

    public boolean anyOutsideHours() {
        return shown.stream().anyMatch(occurrence -> occurrence.fit() == Fit.OUTSIDE_HOURS);
    }

    private static String fit(SeriesOccurrence occurrence) {
        return switch (occurrence.fit()) {
            case FREE -> "free";
            case OUTSIDE_HOURS -> "outside your working hours";
            case CONFLICT -> "overlaps " + occurrence.conflict();
            case CLOCKS_SKIP -> "the clocks skip this time; left out";
        };
    }
}
