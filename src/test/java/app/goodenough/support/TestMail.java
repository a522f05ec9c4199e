package app.goodenough.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A real SMTP server (GreenMail) for the tests, on a port chosen once; it can be stopped and
 * started again on the same port to play a mail server outage.
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    public static synchronized int port() {
        if (server == null) {
            start(0);
        }
        return port;
    }

    /** Every message the server received for this address, oldest first. */
    public static synchronized List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, email)).toList();
    }

    /** Every message the server received, oldest first. */
    public static synchronized List<MimeMessage> all() {
        return List.of(server.getReceivedMessages());
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void startAgain() {
        start(port);
    }

    private static void start(int wanted) {
        ServerSetup setup = new ServerSetup(wanted, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(wanted == 0 ? setup.dynamicPort() : setup);
        server.start();
        port = server.getSmtp().getPort();
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)));
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
