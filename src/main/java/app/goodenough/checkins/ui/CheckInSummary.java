package app.goodenough.checkins.ui;

import app.goodenough.checkins.CheckIn;
import app.goodenough.practice.Principle;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A session's check-in as the coach reads it: what weighed how much, and what the client would like. */
public class CheckInSummary extends Div {

    public CheckInSummary(Optional<CheckIn> checkIn, List<Principle> principles, ZoneId zone) {
        addClassName("check-in-summary");
        add(new H4("Check-in"));
        if (checkIn.isEmpty()) {
            add(new Paragraph("No check-in yet."));
            return;
        }
        CheckIn answered = checkIn.get();
        add(new Paragraph("Answered " + DateFormats.current().moment(answered.answeredAt().atZone(zone))));
        UnorderedList rated = new UnorderedList();
        for (Principle principle : principles) {
            Integer weight = answered.weights().get(principle.slug());
            if (weight != null) {
                rated.add(new ListItem(principle.number() + ". " + principle.title() + ": weighs " + weight + " of " + CheckIn.MAX_WEIGHT));
            }
        }
        if (answered.weights().isEmpty()) {
            rated.add(new ListItem("They rated none of the principles."));
        }
        add(rated, new Paragraph("Would like from the session: " + (answered.wish().isEmpty() ? "—" : answered.wish())));
    }
}
