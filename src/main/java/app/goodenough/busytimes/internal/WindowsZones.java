package app.goodenough.busytimes.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Windows time zone names Outlook and Exchange write as {@code TZID} ("W. Europe Standard
 * Time"), each as the IANA zone of its main region (CLDR's "001" territory mapping), so that
 * events keep their times even where a file leaves out the {@code VTIMEZONE} that would define them.
 */
final class WindowsZones {

    private static final Pattern TZID = Pattern.compile("(TZID[=:])\"?([^\";:\\r\\n]+)\"?");

    private static final Map<String, String> IANA = Map.ofEntries(
            Map.entry("Dateline Standard Time", "Etc/GMT+12"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Central America Standard Time", "America/Guatemala"),
            Map.entry("Canada Central Standard Time", "America/Regina"),
            Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("SA Pacific Standard Time", "America/Bogota"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("Newfoundland Standard Time", "America/St_Johns"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
            Map.entry("Argentina Standard Time", "America/Buenos_Aires"),
            Map.entry("UTC", "Etc/UTC"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("W. Central Africa Standard Time", "Africa/Lagos"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"),
            Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
            Map.entry("Egypt Standard Time", "Africa/Cairo"),
            Map.entry("Turkey Standard Time", "Europe/Istanbul"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("India Standard Time", "Asia/Calcutta"),
            Map.entry("SE Asia Standard Time", "Asia/Bangkok"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("E. Australia Standard Time", "Australia/Brisbane"),
            Map.entry("W. Australia Standard Time", "Australia/Perth"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"));

    private WindowsZones() {
    }

    /** The file with every known Windows zone name in a TZID replaced by its IANA zone. */
    static String toIana(String ics) {
        Matcher tzid = TZID.matcher(ics);
        StringBuilder out = new StringBuilder(ics.length());
        while (tzid.find()) {
            String iana = IANA.get(tzid.group(2).strip());
            tzid.appendReplacement(out, Matcher.quoteReplacement(iana == null ? tzid.group() : tzid.group(1) + iana));
        }
        tzid.appendTail(out);
        return out.toString();
    }
}
