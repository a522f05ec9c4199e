package app.goodenough.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;

/** The booking page's own top line: the practice's name, leading to the article, and signing in. */
class BookHeader extends Header {

    BookHeader() {
        super(new Anchor("/", "Good Enough"), new Anchor("/login", "Sign in"));
        addClassName("book-header");
    }
}
