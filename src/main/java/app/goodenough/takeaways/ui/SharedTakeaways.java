package app.goodenough.takeaways.ui;

import app.goodenough.shared.DateFormats;
import app.goodenough.takeaways.SharedTakeaway;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** What the client's coaches shared with them after their sessions, newest first. */
public class SharedTakeaways extends Div {

    public SharedTakeaways(List<SharedTakeaway> shared) {
        addClassName("shared-takeaways");
        add(new H2("From your sessions"));
        if (shared.isEmpty()) {
            add(new Paragraph("When your coach shares what you agreed in a session, you find it here."));
        }
        for (SharedTakeaway takeaway : shared) {
            String from = takeaway.sessionStart() == null ? "From " + takeaway.coachName()
                    : "Session of " + DateFormats.current().moment(takeaway.sessionStart().atZone(takeaway.zone())) + " with " + takeaway.coachName();
            Paragraph text = new Paragraph(takeaway.text());
            text.addClassName("takeaway-text");
            Div entry = new Div(new H3(from), text);
            entry.addClassName("shared-takeaway");
            add(entry);
        }
    }
}
