package app.goodenough.account.ui;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.Roles;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A client's own account details. */
@Route("my/account")
@PageTitle("Your account · Good Enough")
@Menu(order = 90, title = "Your account")
@RolesAllowed(Roles.CLIENT)
class MyAccountView extends Main {

    MyAccountView(AccountService accountService) {
        addClassName("page");
        Account account = accountService.myAccount();
        DescriptionList details = new DescriptionList();
        details.add(new DescriptionList.Term("Name"), new DescriptionList.Description(account.displayName()));
        details.add(new DescriptionList.Term("Email"), new DescriptionList.Description(account.email()));
        details.add(new DescriptionList.Term("With us since"), new DescriptionList.Description(
                account.createdAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG))));
        add(new H1("Your account"),
                new Paragraph("This is what your coach's practice knows about you."),
                details);
    }
}
