package app.goodenough.notesearch.ui;

import app.goodenough.notesearch.NoteHit;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A search snippet with its found words marked; everything is text, nothing is markup. */
class SnippetText extends Paragraph {

    SnippetText(String snippet) {
        addClassName("snippet");
        String[] parts = snippet.split(NoteHit.MARK_START, -1);
        add(new Text(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf(NoteHit.MARK_END);
            String found = end < 0 ? parts[i] : parts[i].substring(0, end);
            Span mark = new Span(found);
            mark.addClassName("found");
            add(mark);
            if (end >= 0) {
                add(new Text(parts[i].substring(end + 1)));
            }
        }
    }
}
