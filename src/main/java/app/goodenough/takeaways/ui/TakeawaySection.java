package app.goodenough.takeaways.ui;

import app.goodenough.notes.Note;
import app.goodenough.notes.ui.NoteSections;
import app.goodenough.practice.PracticeService;
import app.goodenough.takeaways.TakeawayService;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The takeaway for the client, below the private note in its editor. */
@org.springframework.stereotype.Component
@Order(4)
class TakeawaySection implements NoteSections {

    private final TakeawayService takeaways;
    private final PracticeService practice;

    TakeawaySection(TakeawayService takeaways, PracticeService practice) {
        this.takeaways = takeaways;
        this.practice = practice;
    }

    @Override
    public List<Component> sectionsFor(Note note) {
        return List.of(new TakeawayEditor(takeaways, takeaways.ofNote(note.id()), practice.myTimeZone()));
    }
}
