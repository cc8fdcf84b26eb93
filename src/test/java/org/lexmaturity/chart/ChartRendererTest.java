package org.lexmaturity.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartRendererTest {
    private static final Path SAMPLES = Path.of("target", "chart-samples");
    private static final int W = 800;
    private static final int H = 500;
    private final ChartRenderer renderer = new ChartRenderer();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "stacked-bar", "heatmap", "line", "radar", "pie"})
    void pngHasTheRequestedSizeAndIsNotBlank(String type) throws IOException {
        BufferedImage image = read(renderer.png(ChartFixtures.of(type), "fi", W, H));

        assertThat(image.getWidth()).isEqualTo(W);
        assertThat(image.getHeight()).isEqualTo(H);
        assertThat(distinctColours(image)).isGreaterThan(30);
        assertThat(inkShare(image)).as("share of non-white pixels").isGreaterThan(0.03);
        if (!type.equals("heatmap")) {
            assertThat(pixels(image, ChartLook.PALETTE.get(0).getRGB())).as("pixels in Okabe–Ito blue").isGreaterThan(50);
        }
    }

    @Test
    void defaultSizeIs900By540() throws Exception {
        BufferedImage image = read(renderer.png(ChartFixtures.bar(), "fi"));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(540);
        assertThat(svgRoot(renderer.svg(ChartFixtures.bar(), "fi")).getAttribute("width")).isEqualTo("900");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "stacked-bar", "heatmap", "line", "radar", "pie"})
    void svgParsesAndCarriesTheTitleInTheRequestedLanguage(String type) throws Exception {
        AnalysisResult result = ChartFixtures.of(type);
        Map<String, String> title = result.definition().title();

        Element fi = svgRoot(renderer.svg(result, "fi", W, H));
        assertThat(fi.getTagName()).isEqualTo("svg");
        assertThat(fi.getAttribute("width")).isEqualTo(String.valueOf(W));
        assertThat(fi.getAttribute("height")).isEqualTo(String.valueOf(H));
        assertThat(fi.getAttribute("role")).isEqualTo("img");
        assertThat(texts(fi)).contains(title.get("fi")).doesNotContain(title.get("en"), title.get("sv"));

        Element sv = svgRoot(renderer.svg(result, "sv", W, H));
        assertThat(texts(sv)).contains(title.get("sv")).doesNotContain(title.get("en"), title.get("fi"));

        Element en = svgRoot(renderer.svg(result, "en", W, H));
        assertThat(texts(en)).contains(title.get("en")).doesNotContain(title.get("fi"));
    }

    @Test
    void svgTitleElementHoldsTheAltText() throws Exception {
        Element root = svgRoot(renderer.svg(ChartFixtures.bar(), "sv", W, H));
        Element title = (Element) root.getElementsByTagName("title").item(0);
        assertThat(title.getTextContent()).isEqualTo(renderer.altText(ChartFixtures.bar(), "sv"));
    }

    @Test
    void axisLabelsComeFromTheColumnLabelsInTheLanguage() throws Exception {
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.bar(), "fi", W, H)))).contains("Teema", "Esteitä");
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.bar(), "sv", W, H)))).contains("Tema", "Hinder");
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.bar(), "de", W, H)))).contains("Theme", "Barriers");
    }

    @Test
    void legendShowsTheSeriesValues() throws Exception {
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.stackedBar(), "en", W, H))))
                .contains("avoin", "työn alla", "ratkaistu");
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.line(), "en", W, H)))).contains("laki", "asetus");
    }

    @Test
    void heatmapWritesTheNumberInEachCell() throws Exception {
        List<String> texts = textList(svgRoot(renderer.svg(ChartFixtures.heatmap(), "fi", W, H)));
        // the cell Automaatio × STM holds (0*7 + 1*5) % 17 = 5; 16 is the largest cell value
        assertThat(texts).contains("5", "16", "Automaatio", "STM");
    }

    @Test
    void numbersUseTheGroupingOfTheLanguage() throws Exception {
        AnalysisResult r = ChartFixtures.decimals();
        assertThat(texts(svgRoot(renderer.svg(r, "fi", W, H)))).contains("12\u00a0345,5");
        assertThat(texts(svgRoot(renderer.svg(r, "sv", W, H)))).contains("12\u00a0345,5");
        assertThat(texts(svgRoot(renderer.svg(r, "en", W, H)))).contains("12,345.5");
        assertThat(renderer.altText(r, "fi")).contains("12\u00a0345,5");
    }

    @Test
    void countsGetWholeNumberTicks() throws Exception {
        AnalysisResult small = ChartFixtures.result(ChartFixtures.bar().definition(),
                List.of(ChartFixtures.row("A", 1L), ChartFixtures.row("B", 2L), ChartFixtures.row("C", 3L)));
        List<String> numbers = textList(svgRoot(renderer.svg(small, "en", W, H))).stream()
                .filter(t -> t.matches("[0-9.,\\s]+")).toList();
        assertThat(numbers).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void emptyResultSaysNoDataInTheLanguage(String lang) throws Exception {
        String expected = Map.of("fi", "Ei tietoja", "sv", "Inga uppgifter", "en", "No data").get(lang);
        for (String type : ChartFixtures.TYPES) {
            AnalysisResult empty = ChartFixtures.empty(type);
            assertThat(texts(svgRoot(renderer.svg(empty, lang, W, H)))).as(type)
                    .contains(expected, empty.definition().title(lang));
            assertThat(renderer.altText(empty, lang)).as(type).endsWith(expected + ".");
        }
        BufferedImage image = read(renderer.png(ChartFixtures.empty("bar"), lang, W, H));
        assertThat(image.getWidth()).isEqualTo(W);
        assertThat(distinctColours(image)).isGreaterThan(5);
    }

    @Test
    void rowsWithoutValuesCountAsNoData() throws Exception {
        AnalysisResult r = ChartFixtures.result(ChartFixtures.bar().definition(),
                List.of(ChartFixtures.row("Automaatio", null)));
        assertThat(texts(svgRoot(renderer.svg(r, "fi", W, H)))).contains("Ei tietoja");
    }

    @Test
    void altTextNamesTheLargestAndSmallestCategoryInEachLanguage() {
        AnalysisResult bar = ChartFixtures.bar();
        assertThat(renderer.altText(bar, "fi"))
                .isEqualTo("Pylväskaavio: Esteet teemoittain. Eniten: Automaatio (14), vähiten: Pilvi (3).");
        assertThat(renderer.altText(bar, "sv"))
                .isEqualTo("Stapeldiagram: Hinder per tema. Högst: Automaatio (14), lägst: Pilvi (3).");
        assertThat(renderer.altText(bar, "en"))
                .isEqualTo("Bar chart: Barriers by theme. Highest: Automaatio (14), lowest: Pilvi (3).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bar", "stacked-bar", "heatmap", "line", "radar", "pie"})
    void altTextOfEveryTypeIsShortAndNamesTheLargest(String type) {
        AnalysisResult r = ChartFixtures.of(type);
        Map<String, String> largest = Map.of("bar", "Automaatio", "stacked-bar", "Automaatio (14)",
                "heatmap", "(16)", "line", "laki, 2024-11 (53)", "radar", "Rajapinnat (4)", "pie", "avoin (21, 49");
        for (String lang : List.of("fi", "sv", "en")) {
            String alt = renderer.altText(r, lang);
            assertThat(alt).as(lang).startsWith(ChartLanguage.of(lang).typeName(type) + ": " + r.definition().title(lang))
                    .contains(largest.get(type)).endsWith(".");
            assertThat(alt.split("(?<=\\.) ")).as(alt).hasSizeBetween(1, 3);
        }
        assertThat(renderer.altText(ChartFixtures.stackedBar(), "fi")).endsWith("Sarjat: avoin, työn alla ja ratkaistu.");
    }

    @Test
    void altTextNamesTiesTogether() {
        AnalysisResult r = ChartFixtures.result(ChartFixtures.bar().definition(), List.of(
                ChartFixtures.row("A", 5L), ChartFixtures.row("B", 5L), ChartFixtures.row("C", 1L)));
        assertThat(renderer.altText(r, "fi")).endsWith("Eniten: A ja B (5), vähiten: C (1).");
        AnalysisResult same = ChartFixtures.result(ChartFixtures.bar().definition(), List.of(
                ChartFixtures.row("A", 5L), ChartFixtures.row("B", 5L)));
        assertThat(renderer.altText(same, "en")).endsWith("All have the same value: 5.");
    }

    @Test
    void noneHasNoChart() {
        AnalysisResult r = ChartFixtures.withType(ChartFixtures.bar(), "none");
        assertThat(ChartRenderer.hasChart(r.definition())).isFalse();
        assertThat(ChartRenderer.hasChart(ChartFixtures.bar().definition())).isTrue();
        assertThatThrownBy(() -> renderer.png(r, "fi", W, H)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analysis barriers-by-theme has no chart");
        assertThatThrownBy(() -> renderer.svg(r, "fi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analysis barriers-by-theme has no chart");
        assertThatThrownBy(() -> renderer.altText(r, "fi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analysis barriers-by-theme has no chart");
    }

    @Test
    void badInputIsRefusedWithAMessageThatNamesThePlace() {
        assertThatThrownBy(() -> renderer.svg(ChartFixtures.withType(ChartFixtures.bar(), "donut"), "fi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown chart type 'donut'");
        assertThatThrownBy(() -> renderer.altText(ChartFixtures.withType(ChartFixtures.bar(), "donut"), "fi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown chart type 'donut'");
        AnalysisResult text = ChartFixtures.result(ChartFixtures.bar().definition(),
                List.of(ChartFixtures.row("A", 1L), ChartFixtures.row("B", "seven")));
        assertThatThrownBy(() -> renderer.png(text, "fi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chart for analysis barriers-by-theme: row 2, column 'count': 'seven' is not a number");
        assertThatThrownBy(() -> renderer.png(ChartFixtures.bar(), "fi", 0, 500))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.svg(ChartFixtures.bar(), "fi", 900, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pieOfValuesThatAreNotPartsOfAWholeIsDrawnAsBars() {
        AnalysisResult negative = ChartFixtures.result(ChartFixtures.pie().definition(), List.of(
                ChartFixtures.row("avoin", 4L), ChartFixtures.row("ratkaistu", -2L)));
        assertThat(renderer.altText(negative, "en")).startsWith("Bar chart:");
        assertThat(renderer.altText(ChartFixtures.pie(), "en")).startsWith("Pie chart:");
    }

    @Test
    void pieGroupsTheSmallestSlicesAsOther() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(ChartFixtures.row("osa " + i, (long) i));
        }
        AnalysisResult r = ChartFixtures.result(ChartFixtures.pie().definition(), rows);
        assertThat(String.join("|", textList(svgRoot(renderer.svg(r, "fi", W, H)))))
                .contains("Muut: 10 (18").contains("osa 10: 10").doesNotContain("osa 1:");
    }

    @Test
    void lineAcceptsDatesAndOtherCategories() throws Exception {
        assertThat(texts(svgRoot(renderer.svg(ChartFixtures.lineByDate(), "fi", W, H))))
                .contains("Esteet ajan mittaan");
        AnalysisResult words = ChartFixtures.result(ChartFixtures.withType(ChartFixtures.bar(), "line").definition(),
                ChartFixtures.bar().rows());
        assertThat(texts(svgRoot(renderer.svg(words, "fi", W, H)))).contains("Automaatio", "Pilvi");
    }

    @Test
    void concurrentRenderingGivesTheSameChartsAsSequential() throws Exception {
        List<AnalysisResult> results = new ArrayList<>();
        ChartFixtures.TYPES.forEach(t -> results.add(ChartFixtures.of(t)));
        List<String> expected = new ArrayList<>();
        for (AnalysisResult r : results) {
            expected.add(renderer.svg(r, "fi", W, H));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (AnalysisResult r : results) {
                    futures.add(pool.submit(() -> {
                        renderer.png(r, "sv", 400, 300);
                        return renderer.svg(r, "fi", W, H);
                    }));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % results.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void svgClipIdsDifferBetweenCharts() {
        String a = renderer.svg(ChartFixtures.bar(), "fi", W, H);
        String b = renderer.svg(ChartFixtures.pie(), "fi", W, H);
        Set<String> idsA = ids(a);
        Set<String> idsB = ids(b);
        assertThat(idsA).isNotEmpty();
        assertThat(idsA).doesNotContainAnyElementsOf(idsB);
    }

    /** Writes one PNG per type (and a few variants) for a person to look at: target/chart-samples. */
    @Test
    void writeSamples() throws IOException {
        Files.createDirectories(SAMPLES);
        for (String type : ChartFixtures.TYPES) {
            write(type + "-fi.png", renderer.png(ChartFixtures.of(type), "fi"));
            Files.writeString(SAMPLES.resolve(type + "-fi.svg"), renderer.svg(ChartFixtures.of(type), "fi"));
        }
        write("bar-many-fi.png", renderer.png(ChartFixtures.manyBars(), "fi"));
        write("bar-decimals-en.png", renderer.png(ChartFixtures.decimals(), "en"));
        write("line-dates-sv.png", renderer.png(ChartFixtures.lineByDate(), "sv"));
        write("stacked-bar-sv.png", renderer.png(ChartFixtures.stackedBar(), "sv"));
        write("radar-two-series-en.png", renderer.png(twoProfiles(), "en"));
        write("no-data-sv.png", renderer.png(ChartFixtures.empty("bar"), "sv"));
        write("bar-negative-fi.png", renderer.png(ChartFixtures.result(ChartFixtures.bar().definition(), List.of(
                ChartFixtures.row("Automaatio", 6L), ChartFixtures.row("Tietosuoja", -3L),
                ChartFixtures.row("Rajapinnat", 2L), ChartFixtures.row("Pilvi", -1L))), "fi"));
        try (var files = Files.list(SAMPLES)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(13);
        }
    }

    private static AnalysisResult twoProfiles() {
        AnalysisResult one = ChartFixtures.radar();
        AnalysisDefinition d = one.definition();
        List<AnalysisDefinition.Column> columns = new ArrayList<>(d.columns());
        columns.add(1, ChartFixtures.column("act", "string", "Säädös", "Författning", "Act"));
        AnalysisDefinition two = ChartFixtures.definition(d.id(), d.title(), columns,
                new AnalysisDefinition.Chart("radar", "dimension", Optional.of("act"), "level"));
        List<List<Object>> rows = new ArrayList<>();
        long[] other = {1, 1, 0, 2, 2, 4};
        for (int i = 0; i < one.rows().size(); i++) {
            List<Object> row = one.rows().get(i);
            rows.add(List.of(row.get(0), "Hallintolaki", row.get(1)));
            rows.add(List.of(row.get(0), "Tietosuojalaki", other[i]));
        }
        return ChartFixtures.result(two, rows);
    }

    private static void write(String name, byte[] png) throws IOException {
        Files.write(SAMPLES.resolve(name), png);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("PNG readable by ImageIO").isNotNull();
        return image;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static double inkShare(BufferedImage image) {
        return (double) (image.getWidth() * image.getHeight() - pixels(image, 0xFFFFFFFF))
                / (image.getWidth() * image.getHeight());
    }

    private static long pixels(BufferedImage image, int argb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) | 0xFF000000) == (argb | 0xFF000000)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Element svgRoot(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        Document doc = builder.parse(new InputSource(new StringReader(svg)));
        return doc.getDocumentElement();
    }

    /** Each {@code <text>} element's content, in document order. */
    private static List<String> textList(Element root) {
        NodeList nodes = root.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String texts(Element root) {
        return String.join("\n", textList(root));
    }

    private static Set<String> ids(String svg) {
        Set<String> ids = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=['\"]([^'\"]+)['\"]").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
