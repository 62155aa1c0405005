package org.annals.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.annals.security.ApiToken;
import org.annals.security.ApiTokenService;
import org.annals.security.NewApiToken;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's API tokens (for the import API): make one with a name (shown this once, to copy), see when each
 * was last used, revoke one.
 */
@Route("admin/tokens")
@Menu(title = "API tokens", order = 13)
@RolesAllowed("ADMIN")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ApiTokenService tokens;
    private final Grid<ApiToken> list = new Grid<>();
    private final VerticalLayout made = new VerticalLayout();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        TextField name = new TextField(getTranslation("admin.tokens.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        name.setHelperText(getTranslation("admin.tokens.nameHelp"));
        Button create = new Button(getTranslation("admin.tokens.create"), e -> create(name));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        made.setId("token-made");
        made.setPadding(false);
        made.setVisible(false);

        list.setId("tokens");
        // name and the way to revoke first: on a phone they are what shows without scrolling the list sideways
        list.addColumn(ApiToken::name).setHeader(getTranslation("admin.tokens.name")).setFlexGrow(2);
        list.addComponentColumn(this::revokeOrRevoked).setHeader(getTranslation("admin.tokens.state")).setAutoWidth(true);
        list.addColumn(t -> t.lastUsedAt() == null ? getTranslation("admin.tokens.never") : when(t.lastUsedAt()))
                .setHeader(getTranslation("admin.tokens.lastUsed")).setAutoWidth(true);
        list.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("admin.tokens.created")).setAutoWidth(true);
        list.setAllRowsVisible(true);

        add(new H1(getTranslation("admin.tokens.heading")), new Paragraph(getTranslation("admin.tokens.intro")), form, made, list);
        refresh();
    }

    private void create(TextField name) {
        try {
            NewApiToken token = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            made.removeAll();
            TextField secret = new TextField(getTranslation("admin.tokens.secret", token.name()));
            secret.setId("token-secret");
            secret.setValue(token.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setHelperText(getTranslation("admin.tokens.secretHelp"));
            made.add(secret);
            made.setVisible(true);
            refresh();
        } catch (InvalidInputException refused) {
            name.setInvalid(true);
            name.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(refused));
        }
    }

    private com.vaadin.flow.component.Component revokeOrRevoked(ApiToken token) {
        if (!token.active()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("admin.tokens.revoked", when(token.revokedAt())));
        }
        // asked first: a script that runs every night stops the moment its token is revoked
        Button revoke = new Button(getTranslation("admin.tokens.revoke"), e -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog sure = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("admin.tokens.revokeConfirm.heading", token.name()),
                    getTranslation("admin.tokens.revokeConfirm.text"), getTranslation("admin.tokens.revoke"), yes -> {
                        tokens.revoke(token.id());
                        refresh();
                    }, getTranslation("admin.tokens.revokeConfirm.cancel"), no -> { });
            sure.setConfirmButtonTheme("error primary");
            sure.setId("token-revoke-confirm");
            sure.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setId("token-revoke-" + token.id());
        return revoke;
    }

    private void refresh() {
        list.setItems(tokens.mine());
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.tokens.heading") + " · Annals";
    }
}
