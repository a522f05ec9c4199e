package app.goodenough.insights.ui;

import app.goodenough.identity.Roles;
import app.goodenough.insights.InsightsService;
import app.goodenough.insights.SectionFunnel;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What the article leads to: per section, the booking flow opened, sessions booked and completed, and what came up after. */
@Route("coach/insights")
@PageTitle("Insights · Good Enough")
@Menu(order = 22, title = "Insights")
@RolesAllowed(Roles.COACH)
class InsightsView extends Main {

    /** How many days the page shows when it opens. */
    private static final int FIRST_DAYS = 90;

    private final InsightsService insights;
    private final DatePicker from;
    private final DatePicker to;
    private final Div report = new Div();

    InsightsView(InsightsService insights, Clock clock) {
        this.insights = insights;
        addClassNames("page", "insights");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        from = DateFields.create("From", today.minusDays(FIRST_DAYS - 1));
        to = DateFields.create("To", today);
        from.setValue(today.minusDays(FIRST_DAYS - 1));
        to.setValue(today);
        Button show = new Button("Show", click -> show());
        add(new H1("What the article leads to"),
                new Paragraph("For each part of the article: how often readers opened the booking flow from it (counted per day, "
                        + "without cookies or anything about the reader), how many of your sessions were booked and completed from it, and "
                        + "which principles your notes on those clients and their check-ins came back to. Days are UTC days."),
                new Div(from, to, show), report);
        show();
    }

    private void show() {
        FieldMessages messages = new FieldMessages().field("to", to);
        messages.clear();
        report.removeAll();
        try {
            List<SectionFunnel> funnel = insights.articleFunnel(from.getValue(), to.getValue());
            report.add(new Html(FunnelChart.svg(funnel)), new FunnelTable(funnel));
        } catch (InvalidInputException refused) {
            messages.show(refused);
        }
    }
}
