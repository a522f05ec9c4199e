package app.goodenough.notesearch.ui;

import app.goodenough.notesearch.NoteHit;
import app.goodenough.shared.SafeMarkdown;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A search snippet as plain text (the note's Markdown marks left out) with its found words marked;
 * a note's opening ends after a whole word. Everything is text, nothing is markup.
 */
class SnippetText extends Paragraph {

    /** Room for a snippet without found words: the note's opening, cut after a whole word. */
    static final int OPENING_LENGTH = 160;

    SnippetText(String snippet) {
        addClassName("snippet");
        String text = snippet.contains(NoteHit.MARK_START) ? SafeMarkdown.passage(snippet) : SafeMarkdown.opening(snippet, OPENING_LENGTH);
        String[] parts = text.split(NoteHit.MARK_START, -1);
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
