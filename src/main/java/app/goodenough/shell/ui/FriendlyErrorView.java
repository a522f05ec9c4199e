package app.goodenough.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** An error the router shows instead of a page: a calm explanation and the matching HTTP status. */
abstract class FriendlyErrorView<E extends Exception> extends Composite<ErrorPage> implements HasErrorParameter<E> {

    private final String title;
    private final String explanation;
    private final int status;

    FriendlyErrorView(String title, String explanation, int status) {
        this.title = title;
        this.explanation = explanation;
        this.status = status;
    }

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(title, explanation);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return status;
    }
}
