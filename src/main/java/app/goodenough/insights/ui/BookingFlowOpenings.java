package app.goodenough.insights.ui;

import app.goodenough.insights.ArticleEntries;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts each time the booking flow's first step is loaded from a link (the article's, or any
 * other), by the section its {@code ?focus=} names: only a number per day and section, nothing
 * about who. Steps within the flow and the browser's Back do not count again.
 */
@Component
class BookingFlowOpenings implements VaadinServiceInitListener {

    /** The booking flow's address. */
    static final String BOOK = "book";

    private final ArticleEntries entries;

    BookingFlowOpenings(ArticleEntries entries) {
        this.entries = entries;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::count));
    }

    private void count(BeforeEnterEvent enter) {
        var parameters = enter.getLocation().getQueryParameters().getParameters();
        if (enter.getTrigger() == NavigationTrigger.PAGE_LOAD && BOOK.equals(enter.getLocation().getPath()) && !parameters.containsKey("type")) {
            entries.opened(parameters.getOrDefault("focus", List.of()).stream().findFirst().orElse(null));
        }
    }
}
