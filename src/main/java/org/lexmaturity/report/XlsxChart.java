package org.lexmaturity.report;

import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The native XLSX chart beside a report table's data sheet, in the report's colour palette. */
final class XlsxChart {
    private static final String[] PALETTE = {"1F4E9A", "E69F00", "56B4E9", "009E73", "CC79A7", "D55E00", "0072B2", "F0E442"};

    private XlsxChart() {}

    /**
     * A native chart right of the data: categories from the first text column (else the first column), one series
     * per numeric column (a pie shows the first).
     */
    static void draw(XSSFSheet sheet, String caption, ReportDocument.Table t, String type, int cols) {
        int catCol = 0;
        for (int c = 0; c < cols; c++) {
            if (!numeric(t, c)) {
                catCol = c;
                break;
            }
        }
        List<Integer> series = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (c != catCol && numeric(t, c)) {
                series.add(c);
            }
        }
        if (series.isEmpty()) {
            return;
        }
        int last = t.rows().size();
        boolean numericCats = true;
        for (List<Object> row : t.rows()) {
            numericCats &= catCol < row.size() && row.get(catCol) instanceof Number;
        }
        XDDFDataSource<?> cats = numericCats
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, catCol, catCol))
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, catCol, catCol));

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cols + 1, 1, cols + 10, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(caption);
        chart.setTitleOverlay(false);

        XDDFChartData data;
        if ("pie".equals(type)) {
            data = chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
            series = series.subList(0, 1);
        } else {
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            y.setCrossBetween(AxisCrossBetween.BETWEEN);
            if ("line".equals(type)) {
                data = chart.createData(ChartTypes.LINE, x, y);
            } else {
                XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
                bar.setBarDirection(BarDirection.COL);
                if ("stacked-bar".equals(type)) {
                    bar.setBarGrouping(BarGrouping.STACKED);
                    bar.setOverlap((byte) 100);
                }
                data = bar;
            }
            data.setVaryColors(false);
        }
        for (int i = 0; i < series.size(); i++) {
            int c = series.get(i);
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, c, c));
            XDDFChartData.Series s = data.addSeries(cats, values);
            s.setTitle(t.headers().get(c), new CellReference(sheet.getSheetName(), 0, c, true, true));
            if (!"pie".equals(type)) {
                XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(PALETTE[i % PALETTE.length])));
                XDDFShapeProperties props = new XDDFShapeProperties();
                if ("line".equals(type)) {
                    props.setLineProperties(new XDDFLineProperties(fill));
                    ((XDDFLineChartData.Series) s).setMarkerStyle(MarkerStyle.CIRCLE);
                    ((XDDFLineChartData.Series) s).setSmooth(false);
                } else {
                    props.setFillProperties(fill);
                }
                s.setShapeProperties(props);
            }
        }
        if (series.size() > 1 || "pie".equals(type)) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }

    static boolean numeric(ReportDocument.Table t, int c) {
        return c < t.numeric().size() && Boolean.TRUE.equals(t.numeric().get(c));
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
