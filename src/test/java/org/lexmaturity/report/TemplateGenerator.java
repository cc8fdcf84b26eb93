package org.lexmaturity.report;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Generates {@code reports/template.docx}, the Word template {@link DocxWriter} starts from: A4 with 2.5 cm
 * margins, page numbers in the footer (none on the title page) and the styles the writer refers to by id.
 * Run once after changing a style: {@code java ... org.lexmaturity.report.TemplateGenerator [reports/template.docx]}
 * and commit the file it writes.
 */
public final class TemplateGenerator {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ACCENT = "1F3864";
    private static final String GREY = "595959";

    private TemplateGenerator() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "reports/template.docx");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (XWPFDocument doc = create(); OutputStream os = Files.newOutputStream(out)) {
            doc.write(os);
        }
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    static XWPFDocument create() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createStyles().setStyles(StylesDocument.Factory.parse(stylesXml()).getStyles());
        doc.getProperties().getCoreProperties().setCreator("Lexmaturity");
        doc.getProperties().getCoreProperties().setTitle("Lexmaturity report template");

        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var pgSz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        pgSz.setW(BigInteger.valueOf(11906));   // A4 in twentieths of a point
        pgSz.setH(BigInteger.valueOf(16838));
        var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1418));   // 2.5 cm
        mar.setBottom(BigInteger.valueOf(1418));
        mar.setLeft(BigInteger.valueOf(1418));
        mar.setRight(BigInteger.valueOf(1418));
        mar.setHeader(BigInteger.valueOf(709));
        mar.setFooter(BigInteger.valueOf(709));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg();                   // the title page has its own (empty) footer

        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.getParagraphArray(0) != null ? footer.getParagraphArray(0) : footer.createParagraph();
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE \\* MERGEFORMAT ");
        page.addNewR().addNewT().setStringValue("1");
        XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph().setStyle("Footer");
        }
        return doc;
    }

    private static String paragraphStyle(String id, String name, String basedOn, String next, String pPr, String rPr,
                                         boolean quick) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"" + ("Normal".equals(id) ? " w:default=\"1\"" : "")
                + "><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + (quick ? "<w:qFormat/>" : "")
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String heading(int level, int sizeHalfPt, String color, int before, int after) {
        return paragraphStyle("Heading" + level, "heading " + level, "Normal", "Normal",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/>"
                        + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                "<w:b/><w:bCs/><w:color w:val=\"" + color + "\"/><w:sz w:val=\"" + sizeHalfPt + "\"/><w:szCs w:val=\""
                        + sizeHalfPt + "\"/>", true);
    }

    static String stylesXml() {
        String border = "w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + ACCENT + "\"";
        return "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
                + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"fi-FI\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                + "<w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + paragraphStyle("Normal", "Normal", null, null, "", "<w:color w:val=\"1A1A1A\"/>", true)
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
                + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + paragraphStyle("Title", "Title", "Normal", "Subtitle",
                        "<w:spacing w:before=\"3600\" w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:b/><w:bCs/><w:color w:val=\"" + ACCENT + "\"/><w:kern w:val=\"28\"/><w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/>", true)
                + paragraphStyle("Subtitle", "Subtitle", "Normal", "Normal", "<w:spacing w:after=\"480\"/>",
                        "<w:color w:val=\"404040\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", true)
                + heading(1, 32, ACCENT, 360, 120)
                + heading(2, 26, ACCENT, 280, 100)
                + heading(3, 22, "262626", 220, 80)
                + paragraphStyle("Caption", "caption", "Normal", "Normal",
                        "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>",
                        "<w:b/><w:bCs/><w:color w:val=\"262626\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>", true)
                + paragraphStyle("Quote", "Quote", "Normal", "Normal",
                        "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"" + ACCENT + "\"/></w:pBdr>"
                                + "<w:spacing w:before=\"200\" w:after=\"60\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
                        "<w:i/><w:iCs/><w:color w:val=\"262626\"/>", true)
                + paragraphStyle("QuoteAttribution", "Quote Attribution", "Normal", "Normal",
                        "<w:spacing w:after=\"240\"/><w:ind w:left=\"737\" w:right=\"567\"/>",
                        "<w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false)
                + paragraphStyle("Source", "Source", "Normal", "Normal", "<w:spacing w:before=\"60\" w:after=\"240\"/>",
                        "<w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>", false)
                + paragraphStyle("DateLine", "Report Date", "Normal", "Normal", "<w:spacing w:after=\"120\"/>",
                        "<w:color w:val=\"404040\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", false)
                + paragraphStyle("KeyFigureValue", "Key Figure Value", "Normal", "KeyFigureLabel",
                        "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:b/><w:bCs/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>", false)
                + paragraphStyle("KeyFigureLabel", "Key Figure Label", "Normal", "Normal",
                        "<w:spacing w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:color w:val=\"262626\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>", false)
                + paragraphStyle("TableText", "Table Text", "Normal", null,
                        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>", false)
                + paragraphStyle("TOCHeading", "TOC Heading", "Normal", "Normal",
                        "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"240\"/>",
                        "<w:b/><w:bCs/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", true)
                + paragraphStyle("TOC1", "toc 1", "Normal", "Normal",
                        "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9060\"/></w:tabs><w:spacing w:before=\"120\" w:after=\"40\"/>",
                        "<w:b/><w:bCs/>", false)
                + paragraphStyle("TOC2", "toc 2", "Normal", "Normal",
                        "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9060\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"284\"/>",
                        "", false)
                + paragraphStyle("Footer", "footer", "Normal", null,
                        "<w:tabs><w:tab w:val=\"center\" w:pos=\"4535\"/><w:tab w:val=\"right\" w:pos=\"9070\"/></w:tabs><w:spacing w:after=\"0\"/>",
                        "<w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false)
                + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:rPr><w:color w:val=\"1F4E9A\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders><w:top " + border + "/><w:bottom " + border + "/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFBFBF\"/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
                + "<w:tcPr><w:tcBorders><w:bottom " + border + "/></w:tcBorders>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE3F0\"/></w:tcPr></w:tblStylePr></w:style>"
                + "</w:styles>";
    }
}
