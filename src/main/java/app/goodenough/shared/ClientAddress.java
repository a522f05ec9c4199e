package app.goodenough.shared;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the current request came from: the connection's own, or the one a trusted proxy
 * forwarded (and only a trusted proxy's; see {@code security.TrustedProxies}).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String address = request.getRequest().getRemoteAddr();
            return address == null ? "unknown" : address;
        }
        return "unknown";
    }
}
