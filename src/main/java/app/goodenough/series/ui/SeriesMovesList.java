package app.goodenough.series.ui;

import app.goodenough.series.SeriesMove;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Where each session of a series would move, "Thu 18 Mar, 15:00 → Fri 19 Mar, 16:00 · free", and whether all of them can. */
public class SeriesMovesList extends Div {

    public SeriesMovesList(List<SeriesMove> moves, ZoneId zone) {
        addClassName("series-moves");
        UnorderedList list = new UnorderedList();
        for (SeriesMove move : moves) {
            ListItem item = new ListItem("Session " + move.position() + ": " + when(move.from(), zone) + " → "
                    + (move.to() == null ? "—" : when(move.to(), zone)) + " · " + (move.possible() ? "free" : move.problem()));
            item.addClassName(move.possible() ? "series-free" : "series-conflict");
            list.add(item);
        }
        long free = moves.stream().filter(SeriesMove::possible).count();
        Paragraph summary = new Paragraph(free == moves.size() ? "All " + free + " sessions can move."
                : free + " of " + moves.size() + " sessions can move there, so none will. Choose another time, or move them one by one.");
        summary.getElement().setAttribute("role", "status");
        add(summary, list);
    }

    private static String when(Instant instant, ZoneId zone) {
        return DateFormats.current().moment(instant.atZone(zone));
    }
}
