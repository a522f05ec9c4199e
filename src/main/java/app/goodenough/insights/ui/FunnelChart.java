package app.goodenough.insights.ui;

import app.goodenough.insights.SectionFunnel;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The article's funnel as an SVG picture: per section, bars for the flow opened, sessions booked and sessions completed. */
final class FunnelChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR = 9;
    private static final int ROW = 3 * BAR + 12;
    private static final String[] COLOURS = {"#c9d8d5", "#5f9b93", "#2d6b63"};
    private static final String[] WHAT = {"opened the booking flow", "booked", "completed"};

    private FunnelChart() {
    }

    static String svg(List<SectionFunnel> funnel) {
        int most = Math.max(1, funnel.stream().mapToInt(row -> Math.max(row.opened(), row.booked())).max().orElse(1));
        int height = ROW * funnel.size() + 24;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"funnel-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Per section of the article: how often the booking flow was opened, how many booked, ")
                .append("how many completed; the same numbers are in the table below\">");
        for (int row = 0; row < funnel.size(); row++) {
            SectionFunnel section = funnel.get(row);
            int top = row * ROW;
            svg.append("<text x=\"0\" y=\"").append(top + 2 * BAR).append("\" font-size=\"12\" fill=\"#24302f\">")
                    .append(HtmlUtils.htmlEscape(section.title())).append("</text>");
            int[] values = {section.opened(), section.booked(), section.completed()};
            for (int bar = 0; bar < values.length; bar++) {
                int length = (WIDTH - LABEL_WIDTH - 40) * values[bar] / most;
                int y = top + bar * BAR;
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, length))
                        .append("\" height=\"").append(BAR - 2).append("\" fill=\"").append(COLOURS[bar]).append("\"><title>")
                        .append(values[bar]).append(' ').append(WHAT[bar]).append("</title></rect>")
                        .append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + BAR - 2)
                        .append("\" font-size=\"9\" fill=\"#5d6b69\">").append(values[bar]).append("</text>");
            }
        }
        int legend = ROW * funnel.size() + 16;
        for (int bar = 0; bar < WHAT.length; bar++) {
            int x = LABEL_WIDTH + bar * 150;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(legend - 8).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[bar]).append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(legend)
                    .append("\" font-size=\"11\" fill=\"#24302f\">").append(WHAT[bar]).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
