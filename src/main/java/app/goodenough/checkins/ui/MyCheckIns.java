package app.goodenough.checkins.ui;

import app.goodenough.checkins.CheckIn;
import app.goodenough.practice.Principle;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;

/** A client's own check-ins over time: how much each principle weighed before each session. Nothing the coach wrote. */
public class MyCheckIns extends Div {

    public MyCheckIns(List<CheckIn> checkIns, List<Principle> principles, ZoneId zone) {
        addClassName("my-check-ins");
        add(new H2("Your check-ins"));
        if (checkIns.isEmpty()) {
            add(new Paragraph("Before each session you can say how much each principle weighed on you; your answers show here over time."));
            return;
        }
        add(new WeightsTable(checkIns, principles, checkIn -> DateFormats.current().date(checkIn.sessionStart().atZone(zone))));
    }
}
