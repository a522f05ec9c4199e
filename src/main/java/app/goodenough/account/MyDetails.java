package app.goodenough.account;

/**
 * What a signed-in person keeps up to date themselves.
 *
 * @param timeZone an IANA zone such as Europe/Berlin, or empty for the browser's own
 */
public record MyDetails(String displayName, String phone, String timeZone) {
}
