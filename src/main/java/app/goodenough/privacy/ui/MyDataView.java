package app.goodenough.privacy.ui;

import app.goodenough.identity.Roles;
import app.goodenough.privacy.ErasureRequest;
import app.goodenough.privacy.MyDataService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A client's own data: a download of everything the practice holds about them that they may see, and a request to be forgotten. */
@Route("my/data")
@PageTitle("Your data · Good Enough")
@Menu(order = 95, title = "Your data")
@RolesAllowed(Roles.CLIENT)
class MyDataView extends Main {

    private final MyDataService myData;
    private final Div erasure = new Div();
    private final TextArea reason = TextLimits.atMost(ErasureRequest.MAX_REASON_LENGTH, new TextArea("Anything your coach should know (optional)"));
    private final FieldMessages messages = new FieldMessages().field("reason", reason);

    MyDataView(MyDataService myData, Clock clock) {
        this.myData = myData;
        addClassName("page");
        reason.setWidthFull();
        reason.setMaxWidth("36rem");
        Anchor download = new Anchor(ZipDownload.of(clock, "my-data", myData::writeMyData), "Download my data");
        download.addClassName("download-my-data");
        add(new H1("Your data"),
                new Paragraph("One file with everything we hold about you that is yours to see: your account, your sessions with "
                        + "every coach, and the messages we wrote to you (their links taken out). Inside are the same data twice: "
                        + "my-data.html to read in a browser, my-data.json for other programs. Your coach's session notes are "
                        + "their own records and are not in it."),
                download, new H2("Being forgotten"), erasure);
        showErasure();
    }

    private void showErasure() {
        erasure.removeAll();
        List<ErasureRequest> requests = myData.myErasureRequests();
        Optional<ErasureRequest> open = requests.stream().filter(ErasureRequest::open).findFirst();
        if (open.isPresent()) {
            Button withdraw = new Button("Take my request back", click -> withdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            erasure.add(new Paragraph("You asked to be forgotten on " + DateFormats.current().longDate(open.get().requestedAt().atZone(ZoneOffset.UTC))
                    + ". Your coach will decide on it; you can keep using your account until then."), withdraw);
            return;
        }
        Button ask = new Button("Ask to be forgotten", click -> ask());
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erasure.add(new Paragraph("Your coach then takes your name, address, phone and what you wrote out of the practice's records and "
                + "closes your account. Your coach may have to keep their session notes for some years, as records; they are deleted "
                + "after that."), reason, ask);
    }

    private void withdraw() {
        try {
            myData.withdrawErasureRequest();
        } catch (InvalidInputException decidedMeanwhile) {
            // the coach decided in the meantime: the section shows how things stand
        }
        showErasure();
    }

    private void ask() {
        messages.clear();
        try {
            myData.requestErasure(reason.getValue());
            reason.clear();
            showErasure();
        } catch (InvalidInputException refused) {
            messages.show(refused);
        }
    }
}
