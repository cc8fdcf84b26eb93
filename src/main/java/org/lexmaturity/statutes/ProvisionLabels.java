package org.lexmaturity.statutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision's ELI IRI as a citation a reader knows: {@code …/2016/9001/luku/2/pykala/3/momentti/1} becomes
 * "9001/2016 2 luku 3 § 1 mom." (in Swedish "9001/2016 2 kap. 3 § 1 mom."). An IRI of another shape stays as it is.
 */
public final class ProvisionLabels {
    private static final Pattern ACT = Pattern.compile("/(\\d{4})/(\\d+[a-zA-Z]?)(/.*)?$");
    private static final Pattern PART = Pattern.compile("/(osa|luku|pykala|momentti)/([^/]+)");

    private ProvisionLabels() {}

    public static String of(String iri, String lang) {
        if (iri == null) {
            return "";
        }
        Matcher m = ACT.matcher(iri);
        if (!m.find()) {
            return iri;
        }
        String rest = m.group(3) == null ? "" : m.group(3);
        StringBuilder s = new StringBuilder(m.group(2) + "/" + m.group(1));
        Matcher p = PART.matcher(rest);
        boolean sv = "sv".equals(lang);
        while (p.find()) {
            String n = p.group(2).replace('_', ' ');
            s.append(' ').append(switch (p.group(1)) {
                case "osa" -> n + (sv ? " avd." : " osa");
                case "luku" -> n + (sv ? " kap." : " luku");
                case "pykala" -> n + " §";
                default -> n + " mom.";
            });
        }
        return s.toString();
    }

    /** Finnish citation form, as the reports and spreadsheets use. */
    public static String of(String iri) {
        return of(iri, "fi");
    }
}
