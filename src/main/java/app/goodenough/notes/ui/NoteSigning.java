package app.goodenough.notes.ui;

import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Signing a note, set apart from its fields: asked first, and for a session's note only once the session has started. */
class NoteSigning extends Div {

    /**
     * @param sessionStart the start of the note's session; null for a general note
     * @param frozen what signing will freeze, in words, for the question asked before signing
     */
    NoteSigning(@Nullable Instant sessionStart, Instant now, ZoneId zone, Supplier<String> frozen, Runnable sign) {
        addClassName("note-signing");
        Button ask = new Button("Sign and lock…", click -> ask(frozen.get(), sign));
        add(ask);
        if (sessionStart != null && now.isBefore(sessionStart)) {
            ask.setEnabled(false);
            add(new Paragraph("The note can be signed once the session has started, on "
                    + DateFormats.current().moment(sessionStart.atZone(zone)) + "."));
        }
    }

    private static void ask(String frozen, Runnable sign) {
        ConfirmDialog confirm = new ConfirmDialog("Sign and lock?", "You can only add addenda after. " + frozen
                + " will be frozen as they are now.", "Sign and lock", event -> sign.run());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.open();
    }
}
