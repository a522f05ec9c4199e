package app.goodenough.shared.ui;

import com.vaadin.flow.component.Component;

/** Screen-reader announcements of a new step of a page. */
public final class Headings {

    private Headings() {
    }

    /** Moves the keyboard focus to the first heading (h2 or h3) inside {@code area}, so that a screen reader reads it out. */
    public static void focusFirstIn(Component area) {
        area.getElement().executeJs("requestAnimationFrame(() => { const heading = this.querySelector('h2, h3');"
                + " if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); } })");
    }
}
