package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import app.goodenough.practice.StoryPoint;
import app.goodenough.shared.DateFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The client's principle story as an SVG picture, two views side by side: one row per principle,
 * time running left to right, the coach's view on the upper line of the row (a filled dot where a
 * note tagged it, larger for a higher stance, that is freer of it) and the client's on the lower
 * (a square where a check-in rated it, larger for more weight; a ring where they chose it as a
 * booking's focus). Every mark says what it is in its title.
 */
public final class PrincipleStoryChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW = 44;
    private static final int LANE = 8;
    private static final int TOP = 16;

    private PrincipleStoryChart() {
    }

    public static String svg(List<Principle> principles, List<StoryPoint> points, ZoneId zone) {
        int height = TOP + ROW * principles.size() + 30;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"principle-story\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(points.size()).append(" moments across the seven principles\">");
        Instant first = points.isEmpty() ? Instant.EPOCH : points.getFirst().at();
        Instant last = points.isEmpty() ? first : points.getLast().at();
        long span = Math.max(1, Duration.between(first, last).toMinutes());
        for (int row = 0; row < principles.size(); row++) {
            Principle principle = principles.get(row);
            int y = TOP + ROW * row + ROW / 2;
            svg.append(lane(y - LANE)).append(lane(y + LANE))
                    .append("<text x=\"0\" y=\"").append(y + 4).append("\" font-size=\"12\" fill=\"#24302f\">")
                    .append(principle.number()).append(". ").append(HtmlUtils.htmlEscape(principle.title())).append("</text>");
            for (StoryPoint point : points) {
                if (point.principle().equals(principle.slug())) {
                    long offset = Duration.between(first, point.at()).toMinutes();
                    int x = LABEL_WIDTH + 10 + (int) ((WIDTH - LABEL_WIDTH - 30) * offset / span);
                    svg.append(mark(point, principle.colour(), x, y, DateFormats.current().date(point.at().atZone(zone))));
                }
            }
        }
        int axis = TOP + ROW * principles.size() + 18;
        if (!points.isEmpty()) {
            svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(axis).append("\" font-size=\"11\" fill=\"#5d6b69\">")
                    .append(DateFormats.current().date(points.getFirst().at().atZone(zone))).append("</text>")
                    .append("<text x=\"").append(WIDTH - 10).append("\" y=\"").append(axis)
                    .append("\" font-size=\"11\" fill=\"#5d6b69\" text-anchor=\"end\">").append(DateFormats.current().date(points.getLast().at().atZone(zone)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String lane(int y) {
        return "<line x1=\"" + LABEL_WIDTH + "\" x2=\"" + (WIDTH - 10) + "\" y1=\"" + y + "\" y2=\"" + y + "\" stroke=\"#e6dfd4\"/>";
    }

    /** The coach's stance above the row's middle; the client's check-in and chosen focus below it. */
    private static String mark(StoryPoint point, String colour, int x, int y, String day) {
        if (point.fromCheckIn()) {
            int side = 6 + 2 * point.weight();
            return "<rect x=\"" + (x - side / 2) + "\" y=\"" + (y + LANE - side / 2) + "\" width=\"" + side + "\" height=\"" + side
                    + "\" fill=\"" + colour + "\" fill-opacity=\"0.55\" stroke=\"" + colour + "\"><title>" + day + ", client's check-in: weighs "
                    + point.weight() + " of 4</title></rect>";
        }
        if (point.bookingFocus()) {
            return "<circle cx=\"" + x + "\" cy=\"" + (y + LANE) + "\" r=\"7\" fill=\"none\" stroke=\"" + colour
                    + "\" stroke-width=\"2\"><title>" + day + ", chosen by the client as the session's focus</title></circle>";
        }
        return "<circle cx=\"" + x + "\" cy=\"" + (y - LANE) + "\" r=\"" + (3 + (point.stance() == null ? 1 : point.stance()))
                + "\" fill=\"" + colour + "\" fill-opacity=\"0.85\"><title>" + day + ", in a note" + (point.stance() == null ? ""
                : ": stance " + point.stance() + " of 5") + "</title></circle>";
    }
}
