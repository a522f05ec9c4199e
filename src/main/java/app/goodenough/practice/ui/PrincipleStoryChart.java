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
 * The client's principle story as an SVG picture: one row per principle, time running left to
 * right; a filled dot where a note tagged it (larger for a higher stance), a ring where the client
 * chose it as a booking's focus.
 */
public final class PrincipleStoryChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW = 34;
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
            svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#e6dfd4\"/>")
                    .append("<text x=\"0\" y=\"").append(y + 4).append("\" font-size=\"12\" fill=\"#24302f\">")
                    .append(principle.number()).append(". ").append(HtmlUtils.htmlEscape(principle.title())).append("</text>");
            for (StoryPoint point : points) {
                if (!point.principle().equals(principle.slug())) {
                    continue;
                }
                long offset = Duration.between(first, point.at()).toMinutes();
                int x = LABEL_WIDTH + 10 + (int) ((WIDTH - LABEL_WIDTH - 30) * offset / span);
                svg.append(point.bookingFocus()
                        ? "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"8\" fill=\"none\" stroke=\"" + principle.colour() + "\" stroke-width=\"2\"/>"
                        : "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + (4 + (point.stance() == null ? 1 : point.stance()))
                                + "\" fill=\"" + principle.colour() + "\" fill-opacity=\"0.85\"/>");
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
}
