package app.goodenough.mail.internal;

import app.goodenough.shared.StartupProblem;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The sender address from the settings, checked once at start-up. */
final class MailAddresses {

    private MailAddresses() {
    }

    static InternetAddress parse(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed;
        } catch (AddressException malformed) {
            throw new StartupProblem("GOOD_ENOUGH_MAIL_FROM '" + address + "' is not a mail address.",
                    "Write it as \"Good Enough <sessions@example.com>\" or sessions@example.com.");
        }
    }
}
