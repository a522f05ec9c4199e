package app.goodenough.busytimes.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The CalDAV calendar-query (RFC 4791, 7.8) that asks a calendar collection for every event
 * touching a time range, and the calendar data read from its multistatus answer. The answer is
 * parsed without document types or external entities.
 */
final class CalDavQuery {

    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CalDavQuery() {
    }

    static String between(Instant from, Instant to) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\"" + CALDAV + "\">"
                + "<D:prop><C:calendar-data/></D:prop>"
                + "<C:filter><C:comp-filter name=\"VCALENDAR\"><C:comp-filter name=\"VEVENT\">"
                + "<C:time-range start=\"" + UTC.format(from) + "\" end=\"" + UTC.format(to) + "\"/>"
                + "</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>";
    }

    /** The iCalendar text of each event resource in a multistatus answer. */
    static List<String> calendarData(byte[] multistatus) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            NodeList data = factory.newDocumentBuilder().parse(new ByteArrayInputStream(multistatus)).getElementsByTagNameNS(CALDAV, "calendar-data");
            List<String> calendars = new ArrayList<>();
            for (int i = 0; i < data.getLength(); i++) {
                calendars.add(data.item(i).getTextContent());
            }
            return calendars;
        } catch (ParserConfigurationException | SAXException unreadable) {
            throw new IOException("Not a CalDAV answer", unreadable);
        }
    }
}
