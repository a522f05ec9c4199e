package app.goodenough.sessiontypes.ui;

import app.goodenough.sessiontypes.SessionType;
import com.vaadin.flow.component.Component;

/** What other features offer beside a session type in the list, such as its intake questions; beans, so this feature knows none of them. */
public interface SessionTypeLinks {

    Component linkFor(SessionType type);
}
