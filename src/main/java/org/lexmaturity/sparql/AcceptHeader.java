package org.lexmaturity.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header: media ranges with q-values. {@link #choose} picks, among what the server offers,
 * the one the client prefers most (the most specific matching range gives an offer its q; ties go to the server's
 * order; q=0 means "not this").
 */
public record AcceptHeader(List<Range> ranges) {

    /** One media range: {@code type/subtype} (either may be {@code *}) and its quality. */
    public record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }
    }

    /** A missing or blank header accepts anything. */
    public static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new Range("*", "*", 1));
            return new AcceptHeader(ranges);
        }
        for (String part : header.split(",")) {
            String[] fields = part.split(";");
            String media = fields[0].trim().toLowerCase(Locale.ROOT);
            if (media.isEmpty()) {
                continue;
            }
            if (media.equals("*")) {
                media = "*/*"; // some old clients send a bare star
            }
            String[] typeAndSub = media.split("/", 2);
            if (typeAndSub.length != 2) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String p = fields[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(typeAndSub[0], typeAndSub[1], q));
        }
        return new AcceptHeader(ranges);
    }

    /** The quality the client gives {@code mediaType}: that of the most specific range matching it, 0 if none does. */
    public double quality(String mediaType) {
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best == null ? 0 : best.q();
    }

    /** The offer (a media type, in the server's order of preference) the client likes best; empty when it takes none. */
    public Optional<String> choose(List<String> offers) {
        String chosen = null;
        double chosenQ = 0;
        for (String offer : offers) {
            double q = quality(offer);
            if (q > chosenQ) {
                chosen = offer;
                chosenQ = q;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** True when the client names {@code mediaType} itself (not a wildcard) with a quality above 0. */
    public boolean names(String mediaType) {
        return ranges.stream().anyMatch(r -> r.specificity() == 2 && r.matches(mediaType) && r.q() > 0);
    }
}
