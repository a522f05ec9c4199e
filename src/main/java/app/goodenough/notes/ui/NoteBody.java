package app.goodenough.notes.ui;

import app.goodenough.notes.NoteDraftCheck;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * A draft note's text, which reports what was typed a couple of seconds after the coach stops
 * typing, and every few seconds while typing goes on, so that a long stretch of writing is
 * never only in the browser.
 */
class NoteBody extends TextArea {

    static final int AUTOSAVE_AFTER_MILLIS = 2000;
    static final int SAVE_WHILE_TYPING_MILLIS = 3000;
    /** Sends the text as typed so far while typing goes on; stops when the text area leaves the page. */
    private static final String SEND_WHILE_TYPING = """
            const area = this;
            let sent = area.value;
            const timer = setInterval(() => {
              if (!area.isConnected) { clearInterval(timer); return; }
              if (area.value !== sent) { sent = area.value; area.$server.typedSoFar(sent); }
            }, $0);
            """;

    private final Consumer<String> onTyped;

    NoteBody(String text, Consumer<String> onTyped) {
        super("Note (Markdown: *emphasis*, **strong**, lists)");
        this.onTyped = onTyped;
        setValue(text);
        addClassName("note-body");
        TextLimits.atMost(NoteDraftCheck.MAX_BODY_LENGTH, this);
        setWidthFull();
        setMinHeight("14rem");
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(AUTOSAVE_AFTER_MILLIS);
        addValueChangeListener(change -> onTyped.accept(change.getValue()));
        getElement().executeJs(SEND_WHILE_TYPING, SAVE_WHILE_TYPING_MILLIS);
    }

    @ClientCallable
    void typedSoFar(String text) {
        onTyped.accept(text);
    }
}
