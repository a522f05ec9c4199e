package app.goodenough.shell.ui;

import app.goodenough.shared.Causes;
import app.goodenough.shared.SecretLinks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown instead of a page that failed to open: "we'll be right back" while the database is away,
 * "not available to you" when the failure was a refusal (also when Spring wrapped it while
 * creating the view), and a calm apology otherwise. The stack trace goes to the log only,
 * in development mode too.
 */
@PageTitle("Good Enough")
@AnonymousAllowed
public class TroubleView extends Composite<Div> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(TroubleView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getException();
        getContent().removeAll();
        if (Causes.anyMatch(failure, AccessDeniedException.class::isInstance)) {
            getContent().add(new ErrorPage(NotAllowedView.TITLE, NotAllowedView.EXPLANATION));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        Trouble trouble = Trouble.of(failure);
        if (trouble == Trouble.UNEXPECTED) {
            log.error("Opening {} failed", SecretLinks.hide(event.getLocation().getPath()), failure);
        } else {
            log.warn("Opening {} failed while the database is not answering: {}", SecretLinks.hide(event.getLocation().getPath()),
                    failure.toString());
        }
        getContent().add(new ErrorPage(trouble.title, trouble.explanation));
        return trouble.status;
    }
}
