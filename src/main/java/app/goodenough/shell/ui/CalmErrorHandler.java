package app.goodenough.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens when a click or a change fails on the server: the page stays as it is (so what
 * was typed is kept), a calm notification says what to do, and the log gets the details.
 */
@Component
class CalmErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(CalmErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Trouble trouble = Trouble.of(event.getThrowable());
        if (trouble == Trouble.UNEXPECTED) {
            log.error("A request failed", event.getThrowable());
        } else {
            log.warn("A request failed while the database is not answering: {}", event.getThrowable().toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice = new Notification(trouble.sentence(), 10_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.addClassName("trouble-notice");
            notice.open();
        }
    }
}
