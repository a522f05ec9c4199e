package app.goodenough.readerseries.ui;

import app.goodenough.booking.FormAnswers;
import app.goodenough.booking.ui.BookingChoices;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.readerseries.ReaderOccurrence;
import app.goodenough.readerseries.ReaderSeriesService;
import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Book 6 sessions, every week, at this time": once ticked, every session of the series is
 * listed in the reader's zone, free or left out, before anything is booked; the free ones are
 * booked together.
 */
class SeriesChoice extends Div implements BookingChoices.Choice {

    private final ReaderSeriesService series;
    private final SessionType type;
    private final Instant start;
    private final ZoneId readerZone;
    private final Checkbox wanted;
    private final Paragraph summary = new Paragraph();
    private final OrderedList sessions = new OrderedList();
    private List<ReaderOccurrence> shown = List.of();

    SeriesChoice(ReaderSeriesService series, SessionType type, SeriesOffer offer, Instant start, ZoneId readerZone) {
        this.series = series;
        this.type = type;
        this.start = start;
        this.readerZone = readerZone;
        addClassName("series-choice");
        wanted = new Checkbox("Book " + offer.label() + ", at this time");
        summary.getElement().setAttribute("role", "status");
        sessions.addClassName("series-sessions");
        wanted.addValueChangeListener(change -> show(change.getValue()));
        add(wanted, summary, sessions);
    }

    private void show(boolean series) {
        sessions.removeAll();
        shown = series ? this.series.preview(type.id(), start) : List.of();
        for (ReaderOccurrence occurrence : shown) {
            String when = occurrence.start() == null ? "a time the clocks skip" : Times.moment(occurrence.start(), readerZone);
            ListItem item = new ListItem(when + " · " + (occurrence.free() ? "free" : "not available, left out"));
            item.addClassName(occurrence.free() ? "series-free" : "series-left-out");
            sessions.add(item);
        }
        long free = shown.stream().filter(ReaderOccurrence::free).count();
        summary.setText(!series ? "" : free == shown.size() ? "All " + free + " sessions are free."
                : free + " of " + shown.size() + " sessions are free; the others are left out. Choose another time to have them all.");
    }

    @Override
    public Component fields() {
        return this;
    }

    @Override
    public boolean chosen() {
        return wanted.getValue();
    }

    @Override
    public void whenChanged(Runnable changed) {
        wanted.addValueChangeListener(change -> changed.run());
    }

    @Override
    public List<Confirmation> book(BookingRequest request, FormAnswers answers) {
        Set<Integer> free = shown.stream().filter(ReaderOccurrence::free).map(ReaderOccurrence::position).collect(Collectors.toSet());
        return series.book(request, answers, free);
    }
}
