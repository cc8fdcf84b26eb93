package org.lexmaturity.statutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act's number in its statute book: year and running number, written "13/2003" in Finland.
 *
 * @param year   year of the statute book
 * @param number running number within the year; may carry a letter suffix ("123a")
 */
public record ActNumber(int year, String number) {
    private static final Pattern NUMBER_YEAR = Pattern.compile("(\\d{1,5}[a-zA-Z]?)/(\\d{4})");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})/(\\d{1,5}[a-zA-Z]?)");

    public ActNumber {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (number == null || !number.matches("\\d{1,5}[a-zA-Z]?")) {
            throw new IllegalArgumentException("not an act number: '" + number + "'");
        }
        number = number.replaceFirst("^0+(?=\\d)", "");
    }

    /** Reads the Finnish form "13/2003" (number/year). */
    public static ActNumber parseLocal(String text) {
        Matcher m = NUMBER_YEAR.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an act number of the form NUMBER/YEAR, e.g. 13/2003");
        }
        return new ActNumber(Integer.parseInt(m.group(2)), m.group(1));
    }

    /** Reads the command-line and URL form "2003/13" (year/number). */
    public static ActNumber parseYearFirst(String text) {
        Matcher m = YEAR_NUMBER.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an act of the form YEAR/NUMBER, e.g. 2003/13");
        }
        return new ActNumber(Integer.parseInt(m.group(1)), m.group(2));
    }

    /** The Finnish local form used as {@code eli:id_local}: "13/2003". */
    public String local() {
        return number + "/" + year;
    }

    @Override
    public String toString() {
        return local();
    }
}
