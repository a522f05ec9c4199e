package app.goodenough.takeaways.ui;

import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.TextLimits;
import app.goodenough.takeaways.Takeaway;
import app.goodenough.takeaways.TakeawayService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;

/**
 * What the client takes away from the session, written beside the private note: kept as the coach
 * types, shown to the client only when she shares it (asked first), frozen when the note is signed.
 */
class TakeawayEditor extends Div {

    private final TakeawayService takeaways;
    private final TextArea text = TextLimits.atMost(Takeaway.MAX_LENGTH, new TextArea("Takeaway for the client"));
    private final Checkbox byEmail = new Checkbox("Also send it by email");
    private final Paragraph state = new Paragraph();
    private final Button share = new Button();
    private final ZoneId zone;
    private Takeaway takeaway;

    /** @param zone the coach's zone, in which the moment it was shared is told */
    TakeawayEditor(TakeawayService takeaways, Takeaway takeaway, ZoneId zone) {
        this.takeaways = takeaways;
        this.takeaway = takeaway;
        this.zone = zone;
        addClassName("takeaway");
        text.setWidthFull();
        text.setValue(takeaway.draft());
        text.setHelperText("What you agreed, a practice for the week. Unlike the note, " + takeaway.clientName()
                + " sees this in My sessions, once you share it.");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> save());
        text.setReadOnly(takeaway.frozen());
        share.addClickListener(click -> ask());
        state.addClassName("takeaway-state");
        state.getElement().setAttribute("role", "status");
        add(new H2("Takeaway for " + takeaway.clientName()), text, state);
        if (!takeaway.frozen() || takeaway.hasUnsharedChanges()) {
            add(byEmail, share);
        }
        show();
    }

    private void save() {
        try {
            takeaway = takeaways.saveDraft(takeaway.noteId(), text.getValue());
            text.setInvalid(false);
        } catch (InvalidInputException refused) {
            text.setErrorMessage(refused.problems().getFirst().message());
            text.setInvalid(true);
        }
        show();
    }

    private void ask() {
        save();
        if (text.isInvalid()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Share with " + takeaway.clientName() + "?", takeaway.clientName()
                + " will see this takeaway in My sessions" + (byEmail.getValue() ? " and get it by email" : "")
                + ". Once shared, it stays theirs; you can share changes later.", "Share", event -> shareNow());
        confirm.setCancelable(true);
        confirm.setCancelText("Not yet");
        confirm.open();
    }

    private void shareNow() {
        try {
            takeaway = takeaways.share(takeaway.noteId(), byEmail.getValue());
        } catch (InvalidInputException refused) {
            text.setErrorMessage(refused.problems().getFirst().message());
            text.setInvalid(true);
        }
        show();
    }

    private void show() {
        String shared = takeaway.sharedAt() == null ? "Not shared yet: only you see it."
                : "Shared with " + takeaway.clientName() + " " + DateFormats.current().moment(takeaway.sharedAt().atZone(zone)) + ".";
        state.setText(shared + (takeaway.sharedAt() != null && takeaway.hasUnsharedChanges() ? " You changed it since; share again to show them." : ""));
        share.setText(takeaway.sharedAt() == null ? "Share with " + takeaway.clientName() + "…" : "Share the changes…");
        share.setEnabled(takeaway.hasUnsharedChanges());
    }
}
