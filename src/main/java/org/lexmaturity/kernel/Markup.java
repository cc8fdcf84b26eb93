package org.lexmaturity.kernel;

/** The one escaping of text for XML, HTML and SVG written as text: reports, charts and generated statutes use it. */
public final class Markup {
    private Markup() {}

    /** Escapes text for element content and attribute values, and drops characters XML cannot carry. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            b.append(ch);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
