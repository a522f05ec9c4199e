package app.goodenough.base;

import java.util.regex.Pattern;

/**
 * Addresses that are keys, a session's page ({@code manage/<key>}) and choosing a password
 * ({@code password/set/<key>}), with the key cut out: for anything written where others read,
 * such as the log.
 */
public final class SecretLinks {

    private static final Pattern KEY = Pattern.compile("((?:manage|password/set)/)[A-Za-z0-9_-]+");

    private SecretLinks() {
    }

    public static String hide(String text) {
        return text == null ? null : KEY.matcher(text).replaceAll("$1[key]");
    }
}
