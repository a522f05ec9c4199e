package app.goodenough.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** A calm page that says what happened and where to go next. */
class ErrorPage extends Main {

    ErrorPage(String title, String explanation) {
        addClassName("error-page");
        add(new H1(title), new Paragraph(explanation), new Anchor("/", "Go to the start"));
    }
}
