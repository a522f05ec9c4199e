package app.goodenough.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The page shown when opening a page failed: which words, which status, never the exception. */
class TroubleViewTest {

    @Test
    void aDatabaseThatIsAwayGetsWellBeRightBackWith503() {
        TroubleView view = new TroubleView();
        int status = view.setErrorParameter(event(), failure(new BeanCreationException("bookView",
                new CannotCreateTransactionException("x", new SQLTransientConnectionException("not available")))));

        assertThat(status).isEqualTo(503);
        assertThat(view.getElement().getTextRecursively()).contains("We'll be right back").doesNotContain("Exception");
    }

    @Test
    void aRefusalWrappedWhileCreatingTheViewIsStillNotAvailableToYou() {
        TroubleView view = new TroubleView();
        int status = view.setErrorParameter(event(), failure(new BeanCreationException("noteEditorView", new AccessDeniedException("no"))));

        assertThat(status).isEqualTo(403);
        assertThat(view.getElement().getTextRecursively()).contains(NotAllowedView.TITLE);
    }

    @Test
    void anythingElseIsACalmApologyWith500() {
        TroubleView view = new TroubleView();
        int status = view.setErrorParameter(event(), failure(new IllegalStateException("a bug with details")));

        assertThat(status).isEqualTo(500);
        assertThat(view.getElement().getTextRecursively()).contains("Something went wrong on our side").doesNotContain("a bug with details");
    }

    private static BeforeEnterEvent event() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("book"));
        return event;
    }

    private static ErrorParameter<Exception> failure(Exception exception) {
        return new ErrorParameter<>(Exception.class, exception);
    }
}
