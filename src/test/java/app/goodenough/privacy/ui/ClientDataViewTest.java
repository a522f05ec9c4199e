package app.goodenough.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.privacy.MyDataService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ClientDataViewTest extends ViewTest {

    @Autowired TestClients testClients;
    @Autowired MyDataService myData;
    @Autowired JdbcTemplate jdbc;

    TestPractice.Practice practice;
    Confirmation session;

    @BeforeEach
    void aClientAskedToBeForgotten() {
        practice = testPractice.open("Europe/Berlin");
        String client = testClients.withPassword("Jo Brandt", "jo's long password");
        session = testPractice.bookFirstFreeTimeAs(practice, 3, client);
        signIn.during(client, () -> myData.requestErasure("Please."));
        signIn.as(practice.coach().email());
        navigate(ClientDataView.class);
    }

    @Test
    void theCoachErasesTheClientAfterConfirmingAndTheRequestIsDone() {
        assertThat($(H3.class).withText("Jo Brandt").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("“Please.”").exists()).isTrue();

        test($(Button.class).withText("Erase, keep the notes 10 years").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();

        assertThat($(Paragraph.class).withText("No client has asked to be forgotten.").exists()).isTrue();
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, session.booking().clientId().value()))
                .isEqualTo("Erased client");
    }

    @Test
    void cancellingTheConfirmationErasesNothing() {
        test($(Button.class).withText("Erase and delete the notes now").single()).click();
        test($(ConfirmDialog.class).single()).cancel();

        assertThat($(H3.class).withText("Jo Brandt").exists()).isTrue();
        assertThat(jdbc.queryForObject("select erased_at is null from account where id = ?", Boolean.class,
                session.booking().clientId().value())).isTrue();
    }

    @Test
    void aRetentionOutsideOneToAHundredYearsIsExplainedAtTheField() {
        IntegerField retention = $(IntegerField.class).single();
        retention.setValue(0);
        test($(Button.class).withText("Save").single()).click();

        assertThat(retention.isInvalid()).isTrue();
        assertThat(retention.getErrorMessage()).isEqualTo("Keep notes for 1 to 100 years.");
    }

    @Test
    void aClientsRecordCanBeDownloadedOnceTheClientIsChosen() {
        assertThat($(Anchor.class).withText("Download this client's record").exists()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<Object> client = $(ComboBox.class).single();
        client.setValue(client.getListDataView().getItems().findFirst().orElseThrow());

        assertThat($(Anchor.class).withText("Download this client's record").single().getHref()).isNotBlank();
        assertThat($(Anchor.class).withText("Download the whole practice").single().getHref()).isNotBlank();
    }
}
