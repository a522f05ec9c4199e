package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleTag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seven principles as tags, each with an optional stance from 1 to 5: where the client stands
 * with it now, from caught in it to free of it, as the line above the tags explains. A principle
 * can be ticked without a stance, and then says "No stance".
 */
public class PrincipleTagsField extends Div {

    private record Row(Principle principle, Checkbox tagged, Select<Integer> stance) {
    }

    /** What each stance means, as the coach chooses it. */
    static final Map<Integer, String> STANCES = Map.of(1, "1 · caught in it", 2, "2 · noticing it", 3, "3 · working on it",
            4, "4 · easing", 5, "5 · free of it");

    private final List<Row> rows = new ArrayList<>();

    public PrincipleTagsField(List<Principle> principles, List<PrincipleTag> tags, Runnable onChange) {
        addClassName("principle-tags");
        Paragraph explained = new Paragraph("Stance: where the client stands with the principle now, from 1 (caught in it) to 5 "
                + "(free of it). A principle can be ticked without one.");
        explained.addClassName("stance-explained");
        add(explained);
        for (Principle principle : principles) {
            Checkbox tagged = new Checkbox(principle.number() + ". " + principle.title());
            Select<Integer> stance = new Select<>();
            stance.setItems(1, 2, 3, 4, 5);
            stance.setEmptySelectionAllowed(true);
            stance.setEmptySelectionCaption("No stance");
            stance.setItemLabelGenerator(value -> value == null ? "No stance" : STANCES.get(value));
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
