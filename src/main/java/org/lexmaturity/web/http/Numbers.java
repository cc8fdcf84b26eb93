package org.lexmaturity.web.http;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the pages print them: a decimal comma in Finnish and Swedish, a real minus sign, two places at most. */
public final class Numbers {
    private Numbers() {}

    public static String decimal(double value, String lang) {
        String s = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (s.startsWith("-")) {
            s = "−" + s.substring(1);
        }
        return lang.equals("en") ? s : s.replace('.', ',');
    }

    /** With its sign always shown, for an effect on a score: "+0,75", "−1". */
    public static String signed(double value, String lang) {
        String s = decimal(value, lang);
        return value > 0 ? "+" + s : s;
    }
}
