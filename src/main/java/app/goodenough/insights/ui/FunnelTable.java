package app.goodenough.insights.ui;

import app.goodenough.insights.SectionFunnel;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** The article's funnel in words and numbers, beside the picture. */
class FunnelTable extends NativeTable {

    FunnelTable(List<SectionFunnel> funnel) {
        addClassName("funnel-table");
        setCaptionText("What each part of the article led to");
        NativeTableRow head = getHead().addRow();
        for (String title : new String[] {"Section", "Opened the booking flow", "Booked", "Completed", "Your notes then dwelt on",
                "Their check-ins then weighed most"}) {
            head.addHeaderCell().setText(title);
        }
        for (SectionFunnel section : funnel) {
            NativeTableRow row = getBody().addRow();
            row.addHeaderCell().setText(section.title());
            row.addDataCell().setText(Integer.toString(section.opened()));
            row.addDataCell().setText(Integer.toString(section.booked()));
            row.addDataCell().setText(Integer.toString(section.completed()));
            row.addDataCell().setText(section.notesDwelt().isEmpty() ? "—" : String.join(", ", section.notesDwelt()));
            row.addDataCell().setText(section.checkInsDwelt().isEmpty() ? "—" : String.join(", ", section.checkInsDwelt()));
        }
    }
}
