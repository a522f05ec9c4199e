package app.goodenough.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses that are keys, a session's page ({@code manage/<key>}) and choosing a password
 * ({@code password/set/<key>}), with the key cut out: for anything written where others read,
 * such as the log.
 */
public final class SecretLinks {

    private static final String KEYED_PATH = "(?:manage|check-in|password/set)/";
    private static final Pattern KEY = Pattern.compile("(" + KEYED_PATH + ")[A-Za-z0-9_-]+");
    private static final Pattern LINK_WITH_KEY = Pattern.compile("https?://\\S*/" + KEYED_PATH + "\\S+");

    private SecretLinks() {
    }

    public static String hide(String text) {
        return text == null ? null : KEY.matcher(text).replaceAll("$1[key]");
    }

    /** The text with every whole link that carries a key replaced by {@code instead}, for a copy its reader keeps. */
    public static String withoutLinks(String text, String instead) {
        return text == null ? null : LINK_WITH_KEY.matcher(text).replaceAll(Matcher.quoteReplacement(instead));
    }
}
