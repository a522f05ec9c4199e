package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the seven principles as a session's focus, or none. */
public class FocusSelect extends Select<Principle> {

    private static final String NONE = "No particular focus";

    public FocusSelect(String label, List<Principle> principles) {
        setLabel(label);
        setItems(principles);
        setItemLabelGenerator(principle -> principle == null ? NONE : principle.number() + ". " + principle.title());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(NONE);
    }

    /** The chosen principle's slug; null for none. */
    public @Nullable String slug() {
        return getOptionalValue().map(Principle::slug).orElse(null);
    }
}
