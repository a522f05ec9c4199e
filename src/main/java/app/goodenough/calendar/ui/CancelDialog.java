package app.goodenough.calendar.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Cancelling a session with a reason; its time becomes free for readers again. */
class CancelDialog extends Dialog {

    CancelDialog(BookingDetails booking, Consumer<String> cancelWithReason, Runnable onCancelled) {
        setHeaderTitle("Cancel " + booking.clientName() + "'s session?");
        TextArea reason = new TextArea("Reason (kept in the booking's history)");
        TextLimits.atMost(500, reason);
        FieldMessages messages = new FieldMessages().field("reason", reason).field("status", reason);
        add(new Paragraph("The time becomes free for other readers again."), reason);
        Button cancel = new Button("Cancel session", click -> {
            try {
                cancelWithReason.accept(reason.getValue());
                close();
                onCancelled.run();
            } catch (InvalidInputException refusal) {
                messages.show(refusal);
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep it", click -> close()), cancel);
    }
}
