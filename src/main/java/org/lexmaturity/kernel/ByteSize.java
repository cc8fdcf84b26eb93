package org.lexmaturity.kernel;

import java.util.Locale;

/** Sizes as people read them in messages: {@code 256 MB}, {@code 96 KB}, {@code 1.5 MB}, {@code 700 bytes}. */
public final class ByteSize {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private ByteSize() {}

    public static String of(long bytes) {
        if (bytes >= MB) {
            return number((double) bytes / MB) + " MB";
        }
        if (bytes >= KB) {
            return number((double) bytes / KB) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
