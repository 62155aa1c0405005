package org.annals.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.DateInputs;
import org.annals.source.SourceInput;
import org.annals.source.SourceView;

/**
 * Sources with verbatim quotes. Typing a URL the timeline already cites fills in what is known about that source,
 * so it is reused rather than entered twice; each citation says whether it agrees, contradicts or adds context.
 */
class CitationsEditor extends LinkListEditor<CitationInput> {

    private final TextField url = new TextField();
    private final TextField publisher = new TextField();
    private final TextField title = new TextField();
    private final DatePicker publishedOn = DateInputs.localised(new DatePicker());
    private final TextField language = new TextField();
    private final TextField archiveUrl = new TextField();
    private final TextArea quote = new TextArea();
    private final TextField supports = new TextField();
    private final Select<CitationStance> stance = new Select<>();
    private final Paragraph reuse = new Paragraph();
    private final Map<String, HasValidation> fields = Map.of("url", url, "publisher", publisher, "title", title,
            "language", language, "archiveUrl", archiveUrl, "quote", quote, "supports", supports);

    private final org.annals.source.CaptureService captures;
    private final Paragraph suggestion = new Paragraph();
    private final Button useSuggestion = new Button();
    private org.annals.source.@org.jspecify.annotations.Nullable SourceCapture suggested;
    private final Map<String, String> captureStates = new java.util.HashMap<>();
    private final Paragraph capturing = new Paragraph();
    /** The URL being captured for this form now, if any: one at a time per form. */
    private @org.jspecify.annotations.Nullable String capturingUrl;

    CitationsEditor(Function<String, Optional<SourceView>> knownSource, org.annals.source.CaptureService captures) {
        super("editor.citations.title", "citations");
        this.captures = captures;
        column(c -> c.source().publisher() != null ? c.source().publisher() : c.source().url(), "editor.citations.header.source");
        column(c -> c.quote() == null ? "" : "“" + c.quote() + "”", "editor.citations.header.quote");
        column(c -> getTranslation("form.stance." + c.stance().name()), "editor.citations.header.stance");
        wrappedColumn(this::captureState, "editor.citations.header.capture");
        finishColumns();
        url.setLabel(getTranslation("editor.citations.url"));
        publisher.setLabel(getTranslation("editor.citations.publisher"));
        title.setLabel(getTranslation("editor.citations.sourceTitle"));
        publishedOn.setLabel(getTranslation("editor.citations.publishedOn"));
        language.setLabel(getTranslation("editor.citations.language"));
        archiveUrl.setLabel(getTranslation("editor.citations.archiveUrl"));
        quote.setLabel(getTranslation("editor.citations.quote"));
        supports.setLabel(getTranslation("editor.citations.supports"));
        url.setId("source-url");
        title.setId("source-title");
        publisher.setId("source-publisher");
        quote.setId("quote");
        stance.setLabel(getTranslation("editor.citations.stance"));
        stance.setItems(CitationStance.values());
        stance.setItemLabelGenerator(s -> getTranslation("form.stance." + s.name()));
        stance.setValue(CitationStance.AGREES);
        stance.setId("stance");
        reuse.setId("source-reuse");
        url.addValueChangeListener(e -> knownSource.apply(e.getValue()).ifPresentOrElse(source -> {
            publisher.setValue(source.publisher() == null ? "" : source.publisher());
            title.setValue(source.title() == null ? "" : source.title());
            publishedOn.setValue(source.publishedOn());
            language.setValue(source.language() == null ? "" : source.language());
            archiveUrl.setValue(source.archiveUrl() == null ? "" : source.archiveUrl());
            reuse.setText(getTranslation("editor.citations.reuse"));
        }, () -> reuse.setText("")));
        // what the captured page says of itself, offered for the fields still empty (issue 17)
        suggestion.setId("capture-suggestion");
        useSuggestion.setText(getTranslation("editor.capture.use"));
        useSuggestion.setId("use-capture-suggestion");
        useSuggestion.setVisible(false);
        useSuggestion.addClickListener(e -> useSuggestion());
        url.addValueChangeListener(e -> suggest(e.getValue()));
        url.addValueChangeListener(e -> captureIfNew(e.getValue()));
        capturing.setId("capture-running");
        Button add = new Button(getTranslation("editor.citations.add"), e -> add());
        add.setId("add-citation");
        FormLayout form = new FormLayout(url, publisher, title, publishedOn, language, archiveUrl, quote, supports, stance);
        form.setColspan(url, 2);
        form.setColspan(quote, 2);
        addForm(form);
        addForm(reuse);
        addForm(new com.vaadin.flow.component.html.Div(capturing, suggestion, useSuggestion));
        addForm(add);
        submitButton(add, getTranslation("editor.citations.update"));
    }

    @Override
    protected void load(CitationInput citation) {
        SourceInput source = citation.source();
        url.setValue(source.url());
        publisher.setValue(source.publisher() == null ? "" : source.publisher());
        title.setValue(source.title() == null ? "" : source.title());
        publishedOn.setValue(source.publishedOn());
        language.setValue(source.language() == null ? "" : source.language());
        archiveUrl.setValue(source.archiveUrl() == null ? "" : source.archiveUrl());
        quote.setValue(citation.quote() == null ? "" : citation.quote());
        supports.setValue(citation.supports() == null ? "" : citation.supports());
        stance.setValue(citation.stance());
        reuse.setText("");
    }

    @Override
    protected void clearForm() {
        // an empty form for the next citation; a source cited again is filled in from its URL (see above)
        java.util.List.of(url, publisher, title, language, archiveUrl, supports).forEach(TextField::clear);
        quote.clear();
        publishedOn.clear();
        stance.setValue(CitationStance.AGREES);
        reuse.setText("");
        suggestion.setText("");
        useSuggestion.setVisible(false);
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * The citation's archived copy as an editor reads it: captured when and its hash, with the quote found or not.
     * Read once per URL and quote while the form is open: the grid draws its cells again on every change to the list.
     */
    private String captureState(CitationInput citation) {
        return captureStates.computeIfAbsent(citation.source().url() + "\n" + citation.quote(), key -> readCaptureState(citation));
    }

    private String readCaptureState(CitationInput citation) {
        return captures.latest(citation.source().url()).map(capture -> {
            if (!capture.captured()) {
                return getTranslation("editor.capture.failed", capture.failure());
            }
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(capture.capturedAt().atZone(java.time.ZoneOffset.UTC));
            String state = getTranslation("editor.capture.done", when,
                    capture.payloadSha256() == null ? "" : capture.payloadSha256().substring(0, 12));
            if (citation.quote() == null) {
                return state;
            }
            return state + " · " + captures.quoteFound(capture.id(), citation.quote())
                    .map(found -> getTranslation(found ? "editor.capture.quoteFound" : "editor.capture.quoteMissing"))
                    .orElse(getTranslation("editor.capture.noText"));
        }).orElse(getTranslation("editor.capture.none"));
    }

    private void suggest(String typed) {
        suggested = typed == null || typed.isBlank() ? null : captures.latest(typed.strip())
                .filter(c -> c.captured() && (c.title() != null || c.publisher() != null || c.publishedOn() != null)).orElse(null);
        if (suggested == null) {
            suggestion.setText("");
            useSuggestion.setVisible(false);
            return;
        }
        suggestion.setText(getTranslation("editor.capture.suggestion", java.util.stream.Stream.of(suggested.title(),
                suggested.publisher(), suggested.publishedOn()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" · "))));
        useSuggestion.setVisible(true);
    }

    /**
     * A URL nobody captured yet is captured as soon as the editor has typed it, not only once the event is saved: within
     * seconds, when the site answers, the form offers the page's title and the list its hash and quote check. The fetch
     * runs on a thread of its own (the page stays usable) as the signed-in editor; one at a time per form, and a URL
     * captured or tried before is left to the queue.
     */
    private void captureIfNew(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        if (capturingUrl != null || !(wanted.startsWith("http://") || wanted.startsWith("https://"))
                || captures.latest(wanted).isPresent()) {
            return;
        }
        capturingUrl = wanted;
        capturing.setText(getTranslation("editor.capture.running"));
        org.annals.shared.ui.BackgroundWork.run("editor-capture", () -> captures.captureNow(wanted), result -> captured(wanted, result));
    }

    private void captured(String wanted, org.annals.source.@org.jspecify.annotations.Nullable SourceCapture result) {
        capturingUrl = null;
        capturing.setText(result == null || result.captured() ? "" : getTranslation("editor.capture.failed", result.failure()));
        captureStates.keySet().removeIf(key -> key.startsWith(wanted + "\n"));
        redraw();
        if (url.getValue() != null && url.getValue().strip().equals(wanted)) {
            suggest(wanted);
        }
    }

    /** Fills the fields the editor left empty with what the page says; never overwrites what they typed. */
    private void useSuggestion() {
        if (suggested == null) {
            return;
        }
        if (title.isEmpty() && suggested.title() != null) {
            title.setValue(suggested.title());
        }
        if (publisher.isEmpty() && suggested.publisher() != null) {
            publisher.setValue(suggested.publisher());
        }
        if (publishedOn.isEmpty() && suggested.publishedOn() != null && suggested.publishedOn().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            publishedOn.setValue(java.time.LocalDate.parse(suggested.publishedOn().substring(0, 10)));
        }
    }

    private void add() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            SourceInput source = new SourceInput(url.getValue(), publisher.getValue(), title.getValue(), publishedOn.getValue(),
                    language.getValue(), archiveUrl.getValue());
            append(new CitationInput(source, quote.getValue(), supports.getValue(), stance.getValue()));
        } catch (InvalidInputException ex) {
            HasValidation field = ex.field() == null ? null : fields.get(ex.field());
            (field == null ? url : field).setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
            (field == null ? url : field).setInvalid(true);
        }
    }
}
