package app.goodenough.feeds.ui;

import app.goodenough.feeds.CalendarFeedService;
import app.goodenough.feeds.FeedAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * A person's private calendar address: made on request, shown only to them, subscribed to with
 * one click or pasted into a calendar app, and replaced when it may have leaked.
 */
public class FeedPanel extends Div {

    private final CalendarFeedService feeds;
    private final String explanation;

    /** @param explanation what the feed lists, in the words of the page it sits on */
    public FeedPanel(CalendarFeedService feeds, String explanation) {
        this.feeds = feeds;
        this.explanation = explanation;
        addClassName("feed-panel");
        show(feeds.myAddress());
    }

    private void show(Optional<FeedAddress> address) {
        removeAll();
        add(new H2("In your calendar app"), new Paragraph(explanation));
        if (address.isEmpty()) {
            add(new Button("Make my calendar address", click -> show(Optional.of(feeds.makeNewAddress()))));
            return;
        }
        TextField field = new TextField("Your private calendar address");
        field.setValue(address.get().https());
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText("Anyone with this address can read your calendar. Keep it to yourself.");
        Anchor subscribe = new Anchor();
        subscribe.setText("Subscribe in your calendar app");
        // webcal: is not among Vaadin's safe schemes; this address is the application's own
        subscribe.setUnsafeHref(address.get().webcal());
        Button copy = new Button("Copy address", click -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.get().https());
            Notification.show("Address copied.");
        });
        Button replace = new Button("Make a new address", click -> confirmNewAddress());
        Div actions = new Div(subscribe, copy, replace);
        actions.addClassName("feed-actions");
        add(field, actions);
    }

    private void confirmNewAddress() {
        ConfirmDialog confirm = new ConfirmDialog("Make a new address?",
                "The address you have now stops working at once: calendars subscribed to it stop updating until you subscribe to the new one.",
                "Make a new address", event -> show(Optional.of(feeds.makeNewAddress())));
        confirm.setCancelable(true);
        confirm.open();
    }
}
