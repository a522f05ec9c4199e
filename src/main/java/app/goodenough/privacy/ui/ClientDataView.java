package app.goodenough.privacy.ui;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.Roles;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.privacy.ClientRecordsService;
import app.goodenough.privacy.ErasureRequest;
import app.goodenough.privacy.ErasureService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The coach's side of the clients' data: erasure requests to decide, how long an erased client's
 * notes are kept, one client's whole record and the whole practice to download.
 */
@Route("coach/data")
@PageTitle("Client data · Good Enough")
@Menu(order = 45, title = "Client data")
@RolesAllowed(Roles.COACH)
class ClientDataView extends Main implements BeforeEnterObserver {

    private final ErasureService erasureService;
    private final Div requests = new Div();
    private final ComboBox<ClientSummary> client = new ComboBox<>("Client");
    private final Anchor clientRecord;
    private final IntegerField retention = new IntegerField("Keep an erased client's notes (years)");
    private final Paragraph retentionSaved = new Paragraph();
    private final FieldMessages messages = new FieldMessages().field("years", retention);

    ClientDataView(ErasureService erasureService, ClientRecordsService records, PracticeService practiceService, Clock clock) {
        this.erasureService = erasureService;
        addClassName("page");
        client.setItems(practiceService.myClients());
        client.setItemLabelGenerator(summary -> summary.name() + " · " + summary.email());
        clientRecord = new Anchor(ZipDownload.of(clock, "client-record", out -> records.writeClientRecord(client.getValue().id(), out)),
                "Download this client's record");
        clientRecord.addClassName("download-client-record");
        clientRecord.setVisible(false);
        client.setWidth("22rem");
        client.addValueChangeListener(change -> clientRecord.setVisible(change.getValue() != null));
        Anchor practice = new Anchor(ZipDownload.of(clock, "practice-records", records::writePracticeArchive), "Download the whole practice");
        practice.addClassName("download-practice");
        retention.setMin(ErasureService.MIN_RETENTION_YEARS);
        retention.setMax(ErasureService.MAX_RETENTION_YEARS);
        retention.setStepButtonsVisible(true);
        retention.setHelperText("after their last session with you");
        retention.setWidth("18rem");
        retention.setValue(erasureService.noteRetentionYears());
        Button saveRetention = new Button("Save", click -> saveRetention());
        HorizontalLayout retentionRow = new HorizontalLayout(retention, saveRetention);
        retentionRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Client data"),
                new H2("Requests to be forgotten"), requests,
                new Paragraph("An erased client's name, address, phone and what they wrote are taken out at once and their account "
                        + "is closed; their sessions stay in your calendar as \"Erased client\". Their notes with you are kept for "
                        + "the years below after their last session, then deleted by a daily job, unless you delete them at once."),
                retentionRow, retentionSaved,
                new H2("Records"),
                new Paragraph("A client's whole record (contact, sessions, every note with its versions and addenda, the principle "
                        + "story) for a transfer or a records request, or every client's at once; as pages to read and as JSON. "
                        + "Each download is recorded in the notes' audit."),
                client, new Paragraph(clientRecord), new Paragraph(practice));
        showRequests();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("client").ifPresent(id -> {
            try {
                AccountId wanted = new AccountId(UUID.fromString(id));
                client.getListDataView().getItems().filter(summary -> summary.id().equals(wanted)).findFirst().ifPresent(client::setValue);
            } catch (IllegalArgumentException notAnId) {
                // an address someone typed: nothing is chosen
            }
        });
    }

    private void showRequests() {
        requests.removeAll();
        var open = erasureService.openRequests();
        if (open.isEmpty()) {
            requests.add(new Paragraph("No client has asked to be forgotten."));
            return;
        }
        int years = erasureService.noteRetentionYears();
        open.forEach(request -> requests.add(requestCard(request, years)));
    }

    private Div requestCard(ErasureRequest request, int years) {
        Div card = new Div();
        card.addClassName("erasure-request");
        card.add(new H3(request.clientName()),
                new Paragraph("Asked on " + DateFormats.current().longDate(request.requestedAt().atZone(ZoneOffset.UTC))
                        + (request.reason().isEmpty() ? "." : ": “" + request.reason() + "”")));
        Button keep = new Button("Erase, keep the notes " + years + " years", click -> confirm(request, false,
                "Erase " + request.clientName() + "?", "Their name, address, phone and what they wrote are taken out now. Your notes "
                        + "on them are kept " + years + " years after their last session, then deleted.", "Erase"));
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button deleteAll = new Button("Erase and delete the notes now", click -> confirm(request, true,
                "Erase " + request.clientName() + " and their notes?", "Their name, address, phone and what they wrote are taken "
                        + "out now, and every note you wrote on them is deleted for good.", "Erase and delete notes"));
        deleteAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(new HorizontalLayout(keep, deleteAll));
        return card;
    }

    private void confirm(ErasureRequest request, boolean deleteNotesNow, String question, String consequence, String action) {
        ConfirmDialog confirm = new ConfirmDialog(question, consequence, action, event -> decide(request, deleteNotesNow));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void decide(ErasureRequest request, boolean deleteNotesNow) {
        try {
            erasureService.decide(request.id(), deleteNotesNow);
        } catch (InvalidInputException alreadyDecided) {
            // decided in another window meanwhile: the list below shows how things stand
        }
        showRequests();
        client.setValue(null);
    }

    private void saveRetention() {
        messages.clear();
        try {
            erasureService.setNoteRetentionYears(retention.getValue() == null ? 0 : retention.getValue());
            retentionSaved.setText("Saved.");
            showRequests();
        } catch (InvalidInputException refused) {
            retentionSaved.setText("");
            messages.show(refused);
        }
    }
}
