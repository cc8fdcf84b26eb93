package org.lexmaturity.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The layout of a report table in Word: a fixed grid across the text width, and tables without borders. */
final class DocxTables {
    private DocxTables() {}

    static int[] equalWidths(int cols) {
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = DocxWriter.TEXT_WIDTH_TWIPS / cols;
        }
        return widths;
    }

    /** Fixed layout with an explicit grid: Word, LibreOffice and previewers then agree on the columns. */
    static void layout(XWPFTable t, int[] widths) {
        t.setWidth(Integer.toString(DocxWriter.TEXT_WIDTH_TWIPS));
        t.setWidthType(TableWidthType.DXA);
        CTTblPr pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
    }

    static void noBorders(XWPFTable t) {
        t.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }
}
