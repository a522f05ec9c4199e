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
    /** Emphasis marks a passage cut out of its sentence keeps only one side of, such as the "**" of "word** and". */
    private static final String HALF_EMPHASIS = "(?<=\\S)[*_]{1,3}(?=\\s|$)|(?<=^|\\s)[*_]{1,3}(?=\\S)";

    SnippetText(String snippet) {
        addClassName("snippet");
        String text = SafeMarkdown.toPlainText(snippet).replaceAll(HALF_EMPHASIS, "");
        if (!text.contains(NoteHit.MARK_START) && text.length() > OPENING_LENGTH) {
            int lastSpace = text.lastIndexOf(' ', OPENING_LENGTH);
            text = text.substring(0, lastSpace > 0 ? lastSpace : OPENING_LENGTH) + " …";
        }
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
