package org.lexmaturity.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a part of some act as written next to its name: "8 b luvun 53 e §:n 2 momentin 3 kohta",
 * "8 b kap. 53 e § andra stycket". It names no act by itself.
 *
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param chapter    chapter label ("8 b"), if written
 * @param section    section label ("53 e")
 * @param subsection subsection (momentti, moment, stycke) as digits, if written
 * @param point      point (kohta, punkt) as digits, if written
 */
record Provision(int start, int end, Optional<String> chapter, String section, Optional<String> subsection,
        Optional<String> point) {
    private static final String SP = "[\\s\\u00A0\\u202F]";
    // "16", "53 e", "4a"; the letter must stand alone, so "3 luvun" is not section "3 l"
    private static final String LABEL = "\\d{1,4}(?:" + SP + "?[a-z](?![\\p{L}\\p{N}]))?";
    private static final Map<String, String> ORDINALS = Map.of("första", "1", "andra", "2", "tredje", "3",
            "fjärde", "4", "femte", "5", "sjätte", "6", "sjunde", "7", "åttonde", "8", "nionde", "9", "tionde", "10");
    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,])"
            + "(?:(?<chapter>" + LABEL + ")" + SP + "*(?:luvu(?:n|ssa|sta|un|lla|lle)|luku|kap(?:\\.|itlet|itel)?)"
            + "(?![\\p{L}])" + SP + "+)?"
            + "(?<section>" + LABEL + ")" + SP + "*§(?::\\p{L}{1,4})?"
            + "(?:" + SP + "+(?:(?<sub>\\d{1,2})\\.?" + SP + "*mom(?:ent(?:ti|in|issa|ista|tiin|illa|et)|\\.)?"
            + "|(?<ord>första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)" + SP + "+stycket)"
            + "(?![\\p{L}]))?"
            + "(?:" + SP + "+(?<point>\\d{1,3})\\.?" + SP + "*(?:kohta|kohdan|kohdassa|kohdasta|kohtaan|punkten|punkt)"
            + "(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Every provision reference in the text, in order. */
    static List<Provision> find(String text) {
        List<Provision> found = new ArrayList<>();
        if (text.indexOf('§') < 0) {
            return found;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            Optional<String> sub = Optional.ofNullable(m.group("sub"))
                    .or(() -> Optional.ofNullable(m.group("ord")).map(o -> ORDINALS.get(o.toLowerCase(Locale.ROOT))));
            found.add(new Provision(m.start(), m.end(), label(m.group("chapter")), label(m.group("section")).orElseThrow(),
                    sub, Optional.ofNullable(m.group("point"))));
        }
        return found;
    }

    // "53e" and "53 e" are the same section; written with a space as the statute book does
    private static Optional<String> label(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("[\\s\\u00A0\\u202F]+", "").toLowerCase(Locale.ROOT);
        return Optional.of(s.replaceFirst("^(\\d+)([a-z])$", "$1 $2"));
    }
}
