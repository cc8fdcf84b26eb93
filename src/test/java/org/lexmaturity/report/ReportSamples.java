package org.lexmaturity.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.lexmaturity.report.ReportDocument.Block;
import org.lexmaturity.report.ReportDocument.Figure;
import org.lexmaturity.report.ReportDocument.Heading;
import org.lexmaturity.report.ReportDocument.KeyFigure;
import org.lexmaturity.report.ReportDocument.KeyFigures;
import org.lexmaturity.report.ReportDocument.PageBreak;
import org.lexmaturity.report.ReportDocument.Paragraph;
import org.lexmaturity.report.ReportDocument.Quote;
import org.lexmaturity.report.ReportDocument.Table;

/** Sample reports in Finnish and Swedish with every kind of block, hostile text and a skipped heading level. */
final class ReportSamples {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    /** Text a report must show as text, never run. */
    static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
    /** A chart SVG carrying a script and an event handler, which the HTML must not keep. */
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" onload=\"alert(1)\">"
            + "<script>alert(2)</script><rect x=\"10\" y=\"40\" width=\"40\" height=\"60\" fill=\"#1f4e9a\"/>"
            + "<rect x=\"60\" y=\"20\" width=\"40\" height=\"80\" fill=\"#e69f00\"/>"
            + "<a href=\"javascript:alert(3)\"><text x=\"10\" y=\"15\">åäö</text></a></svg>";

    private ReportSamples() {}

    /** Words of one sample: [title, subtitle, h1, para, kf labels ×3, h1b, h2, table1 caption, headers ×4,
     *  themes ×4, figure caption, alt, h3, quote, attribution, h1c, skipped heading, para2, table2 caption, h-col0] */
    static ReportDocument finnish() {
        return build("fi", "Digikypsyys ja sääntelyn purku", "Säädösten digitaalinen kypsyys – väliraportti",
                "Tiivistelmä", "Säädösten digikypsyys vaihtelee hallinnonaloittain – esimerkiksi åäö-kirjaimet ja "
                        + "ajatusviiva säilyvät. " + HOSTILE,
                new String[] {"Arvioituja säädöksiä", "Digiesteitä", "Keskimääräinen kypsyys"},
                "Esteet teemoittain", "Lomakkeet ja allekirjoitukset", "Esteet teemoittain",
                new String[] {"Teema", "Esteitä", "Osuus %", "Tarkistettu"},
                new String[] {"Paperilomake", "Allekirjoitus", "Henkilökohtainen asiointi", "Kirjallinen muoto"},
                "Esteiden määrä teemoittain",
                "Pylväskaavio: paperilomake 48, allekirjoitus 1 234, henkilökohtainen asiointi 31, kirjallinen muoto 9 estettä.",
                "Huomioita aineistosta",
                "Sähköinen asiointi ei ole mahdollista, koska laki edellyttää omakätistä allekirjoitusta.", "Kunta",
                "Suositukset", "Ohitettu otsikkotaso", "Suositukset perustuvat kyselyyn ja analyyseihin.",
                "Säädökset kypsyystasoittain ja hallinnonaloittain vuonna 2026", "Hallinnonala");
    }

    static ReportDocument swedish() {
        return build("sv", "Digital mognad och avreglering", "Författningarnas digitala mognad – delrapport",
                "Sammandrag", "Författningarnas digitala mognad varierar mellan förvaltningsområden – till exempel "
                        + "bokstäverna åäö och tankstrecket bevaras. " + HOSTILE,
                new String[] {"Bedömda författningar", "Digitala hinder", "Genomsnittlig mognad"},
                "Hinder per tema", "Blanketter och underskrifter", "Hinder per tema",
                new String[] {"Tema", "Hinder", "Andel %", "Granskad"},
                new String[] {"Pappersblankett", "Underskrift", "Personligt besök", "Skriftlig form"},
                "Antal hinder per tema",
                "Stapeldiagram: pappersblankett 48, underskrift 1 234, personligt besök 31, skriftlig form 9 hinder.",
                "Iakttagelser om materialet",
                "Elektronisk service är inte möjlig eftersom lagen kräver en egenhändig underskrift.", "Kommun",
                "Rekommendationer", "Överhoppad rubriknivå", "Rekommendationerna bygger på enkäten och analyserna.",
                "Författningar per mognadsnivå och förvaltningsområde år 2026", "Förvaltningsområde");
    }

    private static ReportDocument build(String lang, String title, String subtitle, String h1, String para,
                                        String[] kfLabels, String h1b, String h2, String t1Caption, String[] t1Headers,
                                        String[] themes, String figCaption, String alt, String h3, String quote,
                                        String attribution, String h1c, String skipped, String para2, String t2Caption,
                                        String t2Col0) {
        Table t1 = new Table(t1Caption, List.of(t1Headers), List.of(false, true, true, false), List.of(
                List.of(themes[0], 48L, new BigDecimal("3.7"), LocalDate.of(2026, 3, 1)),
                List.of(themes[1], 1234L, new BigDecimal("1234.5"), LocalDate.of(2026, 10, 15)),
                List.of(themes[2], 31L, new BigDecimal("2.4"), LocalDate.of(2026, 6, 30)),
                List.of(themes[3], 9L, new BigDecimal("0.7"), LocalDate.of(2025, 12, 31))), "barriers-by-theme");
        Table figTable = new Table(figCaption, List.of(t1Headers[0], t1Headers[1]), List.of(false, true), List.of(
                List.of(themes[0], 48L), List.of(themes[1], 1234L), List.of(themes[2], 31L), List.of(themes[3], 9L)),
                "barriers-by-theme");
        List<String> t2Headers = List.of(t2Col0, "1", "2", "3", "4", "5", "Σ");
        List<Boolean> t2Numeric = List.of(false, true, true, true, true, true, true);
        String[] areas = {"VM", "STM", "TEM", "OKM", "LVM", "MMM", "YM", "OM", "SM", "PLM", "UM", "VNK"};
        List<List<Object>> t2Rows = new ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            long a = 3 + i, b = 10 + 2L * i, c = 25 + i, d = 7 + (i % 4), e = i % 3;
            t2Rows.add(List.of(areas[i], a, b, c, d, e, a + b + c + d + e));
        }
        Table t2 = new Table(t2Caption, t2Headers, t2Numeric, t2Rows, "maturity-by-branch");

        List<Block> blocks = List.of(
                new Heading(1, h1),
                new Paragraph(para),
                new KeyFigures(List.of(new KeyFigure(kfLabels[0], "1 234", "acts-assessed"),
                        new KeyFigure(kfLabels[1], "116", "barriers-by-theme"),
                        new KeyFigure(kfLabels[2], "2,4 / 5", "maturity-summary"))),
                new Heading(1, h1b),
                new Heading(2, h2),
                t1,
                new Figure(figCaption, alt, png(), SVG, 800, 450, "barriers-by-theme", "bar", figTable),
                new Heading(3, h3),
                new Quote(quote, attribution),
                new PageBreak(),
                new Heading(1, h1c),
                new Heading(3, skipped),
                new Paragraph(para2),
                t2);
        return new ReportDocument("deregulation", lang, title, subtitle, DATE, blocks);
    }

    /** A small bar chart drawn with Java2D, as the chart module would produce. */
    static byte[] png() {
        BufferedImage img = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 450);
        g.setColor(new Color(0x1F4E9A));
        int[] heights = {120, 360, 90, 40};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(80 + i * 170, 400 - heights[i], 110, heights[i]);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(60, 400, 760, 400);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString("48", 120, 270);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
