package org.annals.shared;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sentences kept for later screens (a background job's report, read by a desk in its own language) as JSON: each
 * {@link Wording} with its English, key and values, a value being text, another sentence or several
 * ({@link Wordings}), so a Ukrainian desk reads in Ukrainian what an English-speaking instance wrote down.
 */
public final class WordingJson {

    private WordingJson() {
    }

    public static String write(List<Wording> wordings) {
        ArrayNode array = JsonMapper.shared().createArrayNode();
        wordings.forEach(wording -> array.add(node(wording)));
        return array.toString();
    }

    public static List<Wording> read(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Wording> wordings = new ArrayList<>();
        JsonMapper.shared().readTree(json).forEach(node -> wordings.add(wording(node)));
        return wordings;
    }

    private static ObjectNode node(Wording wording) {
        ObjectNode node = JsonMapper.shared().createObjectNode();
        node.put("english", wording.english());
        if (wording.key() != null) {
            node.put("key", wording.key());
        }
        ArrayNode args = node.putArray("args");
        for (Object arg : wording.args()) {
            switch (arg) {
                case Wording inner -> args.addObject().set("wording", node(inner));
                case Wordings several -> {
                    ObjectNode item = args.addObject();
                    item.put("separator", several.separator());
                    ArrayNode items = item.putArray("wordings");
                    several.items().forEach(inner -> items.add(node(inner)));
                }
                default -> args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static Wording wording(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isString()) {
                args.add(arg.asString());
            } else if (arg.has("wording")) {
                args.add(wording(arg.get("wording")));
            } else {
                List<Wording> items = new ArrayList<>();
                arg.path("wordings").forEach(inner -> items.add(wording(inner)));
                args.add(new Wordings(items, arg.path("separator").asString()));
            }
        }
        return new Wording(node.path("english").asString(), node.has("key") ? node.get("key").asString() : null, args);
    }
}
