package app.goodenough.shared.ui;

import app.goodenough.shared.DateFormats;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every session and page the locale its person's browser asked for (as
 * {@link DateFormats#current()} resolves it), so that the components which write dates
 * themselves, date and time fields, write them like the rest of the page. Without it they
 * would follow the machine's locale.
 */
@Component
class PersonLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(DateFormats.current().locale()));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(DateFormats.current().locale()));
    }
}
