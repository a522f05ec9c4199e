package app.goodenough.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal answered at once, as plain text with its status: not through the error page, whose
 * own security check would turn it into a redirect to sign in and hide what happened.
 */
final class Refusals {

    private Refusals() {
    }

    static void answer(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(sentence.getBytes(StandardCharsets.UTF_8));
    }
}
