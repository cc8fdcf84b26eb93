package org.lexmaturity.web.register;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Links from register entries to the pages of the acts they concern. */
public final class RegisterLinks {
    private static final Pattern ACT = Pattern.compile("/(\\d{4})/(\\d+[a-z]?)(/|$)");

    private RegisterLinks() {}

    /** The act page of a provision's ELI IRI ("…/2016/9001/luku/2/pykala/3" → "/acts/2016/9001"), else the IRI. */
    public static String act(String iri) {
        Matcher m = ACT.matcher(iri);
        return m.find() ? "/acts/" + m.group(1) + "/" + m.group(2) : iri;
    }
}
