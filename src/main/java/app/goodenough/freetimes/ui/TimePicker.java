package app.goodenough.freetimes.ui;

import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Step 3: the free times of one day, in the reader's zone. */
public class TimePicker extends Div {

    public TimePicker(LocalDate day, List<Instant> starts, ZoneId readerZone, ZoneId coachZone, String coachName, Consumer<Instant> onChoose) {
        addClassName("time-picker");
        add(new H3(DateFormats.current().dayOfYear(day)));
        if (starts.isEmpty()) {
            add(new Paragraph("This day has no free times left. Please choose another day."));
        }
        Div times = new Div();
        times.addClassName("times");
        for (Instant start : starts) {
            Button time = new Button(Times.time(start, readerZone), click -> onChoose.accept(start));
            time.addClassName("time");
            if (!coachZone.equals(readerZone)) {
                time.setTooltipText(Times.time(start, coachZone) + " for " + coachName + " (" + coachZone.getId() + ")");
            }
            times.add(time);
        }
        add(times);
        if (!coachZone.equals(readerZone)) {
            Paragraph note = new Paragraph("Times are in your zone, " + readerZone.getId() + ". " + coachName
                    + " works in " + coachZone.getId() + ".");
            note.addClassName("zone-note");
            add(note);
        }
    }
}
