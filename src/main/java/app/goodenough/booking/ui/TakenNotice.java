package app.goodenough.booking.ui;

import app.goodenough.freetimes.ui.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Someone else was quicker: the nearest free times instead. */
class TakenNotice extends Div {

    TakenNotice(List<Instant> nearest, ZoneId zone, Consumer<Instant> onChoose) {
        addClassName("taken-notice");
        add(new Paragraph(nearest.isEmpty()
                ? "That time was just taken, and there is nothing free close to it. Please choose another day."
                : "That time was just taken — here are the nearest free times:"));
        Div times = new Div();
        times.addClassName("times");
        nearest.forEach(start -> {
            Button choice = new Button(Times.moment(start, zone), click -> onChoose.accept(start));
            choice.addClassName("time");
            times.add(choice);
        });
        add(times);
    }
}
