package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import app.goodenough.practice.StoryPoint;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The principle story in words, beside the picture: per principle, the coach's stances in notes and
 * the client's own check-ins side by side, and when the client chose it as a session's focus.
 */
public class PrincipleStoryTable extends NativeTable {

    public PrincipleStoryTable(List<Principle> principles, List<StoryPoint> points, ZoneId zone) {
        addClassName("principle-story-table");
        setCaptionText("The principle story in words");
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText("Principle");
        head.addHeaderCell().setText("Coach's notes (stance 1–5, higher is freer)");
        head.addHeaderCell().setText("Client's check-ins (weighs 0–4)");
        head.addHeaderCell().setText("Chosen as a session's focus");
        for (Principle principle : principles) {
            List<StoryPoint> mine = points.stream().filter(point -> point.principle().equals(principle.slug())).toList();
            NativeTableRow row = getBody().addRow();
            row.addHeaderCell().setText(principle.number() + ". " + principle.title());
            row.addDataCell().setText(dates(mine.stream().filter(point -> !point.bookingFocus() && !point.fromCheckIn()).toList(), zone));
            row.addDataCell().setText(dates(mine.stream().filter(StoryPoint::fromCheckIn).toList(), zone));
            row.addDataCell().setText(dates(mine.stream().filter(StoryPoint::bookingFocus).toList(), zone));
        }
    }

    private static String dates(List<StoryPoint> points, ZoneId zone) {
        if (points.isEmpty()) {
            return "—";
        }
        return points.stream()
                .map(point -> DateFormats.current().date(point.at().atZone(zone))
                        + (point.stance() == null ? "" : " (" + point.stance() + ")") + (point.weight() == null ? "" : " (" + point.weight() + ")"))
                .collect(Collectors.joining(", "));
    }
}
