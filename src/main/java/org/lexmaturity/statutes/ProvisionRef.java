package org.lexmaturity.statutes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to an act or one of its provisions as analysts write it in a register:
 * "9005/2018", "9005/2018 5 §", "9005/2018 2 luku 5 §", "9005/2018 5 § 2 mom." (Swedish "2 kap.", "2 mom.").
 */
public record ProvisionRef(ActNumber act, Optional<String> chapter, Optional<String> section, Optional<String> subsection) {
    private static final Pattern FORM = Pattern.compile(
            "(?iu)^\\s*(\\d{1,5}[a-z]?/\\d{4})"
            + "(?:\\s*,?\\s+(\\d{1,3}(?:\\s?[a-z])?)\\s*(?:luku|luvun|kap\\.?|kapitlet|chapter))?"
            + "(?:\\s*,?\\s+(\\d{1,3}(?:\\s?[a-z])?)\\s*§)?"
            + "(?:\\s*,?\\s+(\\d{1,2})\\s*(?:mom\\.?|momentti|momentin|moment|st\\.?|stycket))?\\s*$");

    public static Optional<ProvisionRef> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || (m.group(4) != null && m.group(3) == null)) {
            return Optional.empty();
        }
        return Optional.of(new ProvisionRef(ActNumber.parseLocal(m.group(1)), norm(m.group(2)), norm(m.group(3)), norm(m.group(4))));
    }

    /** "53e" and "53 e" are the same section; the store keeps "53 e". */
    private static Optional<String> norm(String s) {
        return Optional.ofNullable(s).map(x -> x.replaceAll("(\\d)\\s*([A-Za-z])", "$1 $2").toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(act.local());
        chapter.ifPresent(c -> s.append(' ').append(c).append(" luku"));
        section.ifPresent(c -> s.append(' ').append(c).append(" §"));
        subsection.ifPresent(c -> s.append(' ').append(c).append(" mom."));
        return s.toString();
    }
}
