package app.goodenough.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address the current request came from (the proxy's client address when one forwards it). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
