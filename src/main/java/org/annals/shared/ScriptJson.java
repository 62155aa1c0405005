package org.annals.shared;

/**
 * JSON to be put inside a {@code <script>} element (JSON-LD, an embed's configuration). The HTML parser reads a script's
 * text before any JSON parser does: {@code </script>} ends it, and {@code <!--} followed by {@code <script} makes it
 * swallow the rest of the page. Outside its strings JSON never contains {@code <}, {@code >} or {@code &}, and inside
 * them the escapes {@code \u003c}, {@code \u003e} and {@code \u0026} mean the same characters, so escaping them all
 * changes nothing for the JSON reader and leaves the HTML parser nothing to act on.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                // line terminators for JavaScript engines before ES2019, where a literal one ends a string
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
