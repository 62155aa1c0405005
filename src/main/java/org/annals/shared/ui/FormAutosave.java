package org.annals.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps what someone types in a form in the browser's local storage, written by the browser itself on every
 * keystroke, so text typed while the session was expiring survives a new sign-in. The form offers it back when
 * it opens again; a successful save forgets it.
 */
public final class FormAutosave {

    private final Component root;
    private final String key;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();

    public FormAutosave(Component root, String key) {
        this.root = root;
        this.key = "annals-autosave:" + key;
    }

    public FormAutosave field(String name, Component field, HasValue<?, String> value) {
        field.getElement().setAttribute("data-autosave", name);
        fields.put(name, value);
        return this;
    }

    /** Starts saving on input (call once the fields are registered and the root is attached). */
    public void start() {
        root.getElement().executeJs("""
                const root = this, key = $0;
                if (root.__annalsAutosave) { root.removeEventListener('input', root.__annalsAutosave); }
                root.__annalsAutosave = () => {
                  const data = {};
                  root.querySelectorAll('[data-autosave]').forEach(f => data[f.dataset.autosave] = f.value ?? '');
                  localStorage.setItem(key, JSON.stringify(data));
                };
                root.addEventListener('input', root.__annalsAutosave);""", key);
    }

    /**
     * Calls {@code offer} with whatever text is kept, if any, also for fields not registered yet (a form that creates
     * fields on demand registers them from the names before it calls {@link #restore}).
     */
    public void ifTextKept(Consumer<Map<String, String>> offer) {
        readKept(kept -> {
            if (!kept.isEmpty()) {
                offer.accept(kept);
            }
        });
    }

    /** Calls {@code offer} with the kept text if any kept field differs from what the form shows now. */
    public void ifUnsavedTextKept(Consumer<Map<String, String>> offer) {
        readKept(kept -> {
            boolean differs = kept.entrySet().stream().anyMatch(e -> fields.containsKey(e.getKey())
                    && !e.getValue().equals(String.valueOf(fields.get(e.getKey()).getValue() == null ? "" : fields.get(e.getKey()).getValue())));
            if (differs) {
                offer.accept(kept);
            }
        });
    }

    private void readKept(Consumer<Map<String, String>> then) {
        root.getElement().executeJs("return localStorage.getItem($0)", key).then(String.class, json -> then.accept(parse(json)));
    }

    public void restore(Map<String, String> kept) {
        kept.forEach((name, value) -> {
            HasValue<?, String> field = fields.get(name);
            if (field != null) {
                field.setValue(value);
            }
        });
    }

    public void forget() {
        root.getElement().executeJs("localStorage.removeItem($0)", key);
    }

    private static Map<String, String> parse(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        try {
            tools.jackson.databind.JsonNode node = new tools.jackson.databind.ObjectMapper().readTree(json);
            node.properties().forEach(e -> result.put(e.getKey(), e.getValue().asString()));
        } catch (RuntimeException e) {
            // whatever the browser kept is not ours to trust; offer nothing
        }
        return result;
    }
}
