package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleTag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** The seven principles as tags, each with an optional "where are they now" stance from 1 to 5. */
public class PrincipleTagsField extends Div {

    private record Row(Principle principle, Checkbox tagged, Select<Integer> stance) {
    }

    private final List<Row> rows = new ArrayList<>();

    public PrincipleTagsField(List<Principle> principles, List<PrincipleTag> tags, Runnable onChange) {
        addClassName("principle-tags");
        for (Principle principle : principles) {
            Checkbox tagged = new Checkbox(principle.number() + ". " + principle.title());
            Select<Integer> stance = new Select<>();
            stance.setItems(1, 2, 3, 4, 5);
            stance.setEmptySelectionAllowed(true);
            stance.setEmptySelectionCaption("Stance");
            stance.setAriaLabel("Stance on " + principle.title());
            tags.stream().filter(tag -> tag.principle().equals(principle.slug())).findFirst().ifPresent(tag -> {
                tagged.setValue(true);
                stance.setValue(tag.stance());
            });
            stance.setEnabled(tagged.getValue());
            tagged.addValueChangeListener(change -> {
                stance.setEnabled(change.getValue());
                onChange.run();
            });
            stance.addValueChangeListener(change -> onChange.run());
            Div row = new Div(tagged, stance);
            row.addClassName("principle-tag");
            row.getStyle().set("--principle-colour", principle.colour());
            add(row);
            rows.add(new Row(principle, tagged, stance));
        }
    }

    public List<PrincipleTag> value() {
        return rows.stream().filter(row -> row.tagged().getValue())
                .map(row -> new PrincipleTag(row.principle().slug(), row.stance().getValue()))
                .toList();
    }

    public void setReadOnly(boolean readOnly) {
        rows.forEach(row -> {
            row.tagged().setReadOnly(readOnly);
            row.stance().setReadOnly(readOnly);
        });
    }
}
