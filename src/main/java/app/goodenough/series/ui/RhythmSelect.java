package app.goodenough.series.ui;

import app.goodenough.series.SeriesRhythm;
import com.vaadin.flow.component.select.Select;

/** "Every: week, 2 weeks, 4 weeks": how often a series repeats, wherever one is set up. */
public class RhythmSelect extends Select<Integer> {

    public RhythmSelect(int everyWeeks) {
        setLabel("Every");
        setItems(SeriesRhythm.EVERY_WEEKS);
        setItemLabelGenerator(weeks -> weeks == 1 ? "week" : weeks + " weeks");
        setValue(everyWeeks);
    }

    /** The weeks chosen; 0 when none is, which the series' rules refuse at this field. */
    public int everyWeeks() {
        return getOptionalValue().orElse(0);
    }
}
