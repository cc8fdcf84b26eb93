package org.lexmaturity.chart;

import java.util.Locale;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.QuarterDateFormat;
import org.jfree.chart.axis.TickUnits;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.Year;

/** Categories that are periods (2024-01-15, 2024-01, 2024-Q1, 2024) on a time axis, and that axis's ticks. */
final class TimePeriods {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private TimePeriods() {}

    /** The period a category stands for (a day, month, quarter or year), or null when it is no period. */
    static RegularTimePeriod period(Object raw) {
        if (raw instanceof LocalDate d) {
            return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
        if (raw instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 1900
                && n.longValue() <= 9999) {
            return new Year(n.intValue());
        }
        String s = String.valueOf(raw).trim();
        try {
            Matcher m;
            if ((m = DAY.matcher(s)).matches()) {
                LocalDate d = LocalDate.parse(s);
                return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return new Month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return new Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return new Year(Integer.parseInt(m.group(1)));
            }
        } catch (RuntimeException e) {
            return null; // 2024-13 and the like: not a period, so the line runs over plain categories
        }
        return null;
    }

    /** Ticks that fall on whole periods of the data's own kind, so a month is never labelled twice. */
    static TickUnits tickUnits(RegularTimePeriod sample, Locale locale) {
        TimeZone zone = TimeZone.getDefault();
        TickUnits units = new TickUnits();
        SimpleDateFormat yearFormat = new SimpleDateFormat("yyyy", locale);
        yearFormat.setTimeZone(zone);
        if (sample instanceof Day) {
            // the language's short date with the year (15.1.2024, 15/01/2024), never a bare "30-dec."
            DateFormat dayFormat = DateFormat.getDateInstance(DateFormat.SHORT, locale);
            dayFormat.setTimeZone(zone);
            for (int n : new int[] {1, 2, 7, 14}) {
                units.add(new DateTickUnit(DateTickUnitType.DAY, n, dayFormat));
            }
        }
        if (sample instanceof Day || sample instanceof Month) {
            SimpleDateFormat monthFormat = new SimpleDateFormat("yyyy-MM", locale);
            monthFormat.setTimeZone(zone);
            for (int n : new int[] {1, 2, 3, 6}) {
                units.add(new DateTickUnit(DateTickUnitType.MONTH, n, monthFormat));
            }
        } else if (sample instanceof Quarter) {
            DateFormat quarterFormat = new QuarterDateFormat(zone, new String[] {"Q1", "Q2", "Q3", "Q4"});
            units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, quarterFormat));
            units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, quarterFormat));
        }
        for (int n : new int[] {1, 2, 5, 10, 20, 50}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, n, yearFormat));
        }
        return units;
    }
}
