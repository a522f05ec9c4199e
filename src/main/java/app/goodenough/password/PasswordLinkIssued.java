package app.goodenough.password;

/**
 * A password link was made for someone; published inside the transaction that stored it, so
 * that the message carrying it is queued with it. The token appears nowhere else.
 *
 * @param first true when the account has never had a password (the link came with a booking)
 */
public record PasswordLinkIssued(String email, String name, String token, boolean first) {

    @Override
    public String toString() {
        return "PasswordLinkIssued[first=" + first + "]";
    }
}
