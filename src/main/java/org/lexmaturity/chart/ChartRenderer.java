package org.lexmaturity.chart;

import org.lexmaturity.kernel.Markup;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;

/**
 * Draws an analysis result as the chart its definition asks for, as PNG (documents) or SVG (web), with titles,
 * axis labels, numbers and alternative text in Finnish, Swedish or English (any other language code gets
 * English).
 *
 * <p>Thread-safe and stateless: every call builds its own chart, so worker threads may share one instance. Runs
 * headless ({@code java.awt.headless=true}); it uses DejaVu Sans when installed (Debian {@code fonts-dejavu-core})
 * and the logical SansSerif font otherwise.
 */
public final class ChartRenderer {
    public static final int DEFAULT_WIDTH = 900;
    public static final int DEFAULT_HEIGHT = 540;
    /** Limits on a requested size: a size taken from a web request must not exhaust memory. */
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 4000;
    /** Unquoted: JFreeSVG writes attributes in single quotes, and CSS allows family names without quotes. */
    private static final String SVG_FONTS = "DejaVu Sans, Verdana, Bitstream Vera Sans, sans-serif";

    static {
        // JFreeChart draws rotated text (the value-axis label) as outlines by default, a workaround for Java 1.4
        // bugs; in SVG that leaves no text for screen readers or search. Plain drawString has been correct since.
        // A process-wide flag, set once to a constant before any chart is drawn.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    public ChartRenderer() {}

    /** True when the definition asks for a chart (its type is not {@code none}). */
    public static boolean hasChart(AnalysisDefinition definition) {
        return !ChartTable.chartType(definition).equals("none");
    }

    public byte[] png(AnalysisResult result, String lang) {
        return png(result, lang, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * The chart as a PNG of exactly {@code width} × {@code height} pixels.
     *
     * @throws IllegalArgumentException when the analysis has no chart, a value is not a number, or the size is out
     *                                  of bounds
     */
    public byte[] png(AnalysisResult result, String lang, int width, int height) {
        checkSize(width, height);
        JFreeChart chart = chart(result, lang);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            chart.draw(g2, new Rectangle(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return encodePng(image);
    }

    public String svg(AnalysisResult result, String lang) {
        return svg(result, lang, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * The chart as a standalone {@code <svg>} element of {@code width} × {@code height} with a view box, so a page
     * can scale it; it carries {@code role="img"} and the {@link #altText} as its {@code <title>}. Clip-path ids
     * are derived from the content, so several different charts can share one page.
     *
     * @throws IllegalArgumentException as {@link #png(AnalysisResult, String, int, int)}
     */
    public String svg(AnalysisResult result, String lang, int width, int height) {
        checkSize(width, height);
        ChartLanguage language = ChartLanguage.of(lang);
        ChartTable table = ChartTable.of(result, language.code);
        JFreeChart chart = ChartBuilder.build(table, language);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("lxm" + digest(result, language, width, height) + "-");
        g2.setFontFunction(family -> family.equals("DejaVu Sans") || family.equals("SansSerif")
                || family.equals("Dialog") ? SVG_FONTS : family);
        g2.setGeomDoubleConverter(ChartRenderer::coordinate);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        String alt = Markup.escape(AltText.of(table, language));
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open).replaceFirst("^<svg ", "<svg role=\"img\" ")
                + "<title>" + alt + "</title>" + svg.substring(open);
    }

    /**
     * One to three sentences on what the chart shows, in the language: the kind of chart, its title, and the
     * largest and smallest values by name. For the alternative text of every picture.
     *
     * @throws IllegalArgumentException when the analysis has no chart
     */
    public String altText(AnalysisResult result, String lang) {
        ChartLanguage language = ChartLanguage.of(lang);
        return AltText.of(ChartTable.of(result, language.code), language);
    }

    private static JFreeChart chart(AnalysisResult result, String lang) {
        ChartLanguage language = ChartLanguage.of(lang);
        return ChartBuilder.build(ChartTable.of(result, language.code), language);
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("Chart: size " + width + "×" + height + " is outside " + MIN_SIZE
                    + "–" + MAX_SIZE + " pixels");
        }
    }

    private static byte[] encodePng(BufferedImage image) {
        // an explicit writer on a memory stream: ImageIO.write would cache through temporary files
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Chart: PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String digest(AnalysisResult result, ChartLanguage lang, int width, int height) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = result.definition().id() + '\n' + lang.code + '\n' + width + 'x' + height + '\n'
                    + result.parameters() + '\n' + result.rows();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Coordinates to two decimals at most, whole numbers without ".0": smaller files, width='900'. */
    static String coordinate(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

}
