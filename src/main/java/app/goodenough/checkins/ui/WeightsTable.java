package app.goodenough.checkins.ui;

import app.goodenough.checkins.CheckIn;
import app.goodenough.practice.Principle;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.Function;

/** Check-ins over time as a table: one row per session, one column per principle, the weight (0–4) or a dash where not said. */
class WeightsTable extends NativeTable {

    WeightsTable(List<CheckIn> checkIns, List<Principle> principles, Function<CheckIn, String> when) {
        addClassName("weights-table");
        setCaptionText("How much each principle weighed before each session, 0 (not at all) to " + CheckIn.MAX_WEIGHT + " (very much)");
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText("Session");
        for (Principle principle : principles) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(principle.number().toString());
            cell.getElement().setAttribute("title", principle.title());
            cell.getElement().setAttribute("abbr", principle.title());
        }
        for (CheckIn checkIn : checkIns.reversed()) {
            NativeTableRow row = getBody().addRow();
            row.addHeaderCell().setText(when.apply(checkIn));
            for (Principle principle : principles) {
                Integer weight = checkIn.weights().get(principle.slug());
                row.addDataCell().setText(weight == null ? "—" : weight.toString());
            }
        }
    }
}
