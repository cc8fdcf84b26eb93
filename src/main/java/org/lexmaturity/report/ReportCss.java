package org.lexmaturity.report;

/**
 * The stylesheet embedded in report pages: {@link #COMMON} for every rendering, {@link #SCREEN} for browsers and
 * printing from them, {@link #PDF} for openhtmltopdf (A4 pages, page numbers, the embedded DejaVu Sans). Colours
 * keep a contrast of at least 7:1 on white.
 */
final class ReportCss {

    private ReportCss() {}

    static final String COMMON = """
            html { color: #1a1a1a; background: #fff; }
            body { line-height: 1.5; }
            h1, h2, h3, h4 { color: #1f3864; line-height: 1.25; page-break-after: avoid; }
            h1 { font-size: 2em; margin: 0 0 0.4em; }
            h2 { font-size: 1.5em; margin: 1.6em 0 0.5em; }
            h3 { font-size: 1.2em; margin: 1.4em 0 0.4em; }
            h4 { font-size: 1.05em; margin: 1.2em 0 0.3em; color: #262626; }
            p { margin: 0 0 0.8em; }
            a { color: #1f4e9a; }
            .subtitle { font-size: 1.3em; color: #404040; margin: 0 0 1em; }
            .date { color: #404040; }
            nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
            nav.toc ol ol { padding-left: 1.4em; }
            nav.toc li { margin: 0.25em 0; }
            nav.toc > ol > li > a { font-weight: bold; }
            .key-figures { list-style: none; padding: 0; margin: 1em 0 1.2em; }
            .key-figures .kf { display: inline-block; vertical-align: top; margin: 0 2% 0.8em 0; padding-top: 0.4em;
                border-top: 3px solid #1f3864; }
            .kf-1 .kf { width: 60%; }
            .kf-2 .kf { width: 47%; }
            .kf-3 .kf { width: 31%; }
            .kf-4 .kf { width: 23%; }
            .kf-value { font-size: 2em; font-weight: bold; color: #1f3864; line-height: 1.15; margin: 0; }
            .kf-label { margin: 0.2em 0 0; }
            .kf-source { font-size: 0.8em; color: #595959; margin: 0.2em 0 0; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 0.2em 0 0;
                border-top: 2px solid #1f3864; border-bottom: 2px solid #1f3864; }
            caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.5em; color: #262626; }
            th, td { padding: 0.3em 0.5em; text-align: left; vertical-align: top; border-bottom: 1px solid #bfbfbf; }
            thead th { background: #dce3f0; border-bottom: 2px solid #1f3864; vertical-align: bottom; }
            tbody th { font-weight: normal; }
            .num { text-align: right; white-space: nowrap; }
            .source { font-size: 0.8em; color: #595959; margin: 0.3em 0 1.6em; }
            figure { margin: 1.6em 0; }
            figcaption { font-weight: bold; margin-bottom: 0.5em; color: #262626; }
            figure svg, figure img { display: block; max-width: 100%; height: auto; }
            blockquote { margin: 1.2em 0; padding: 0.2em 1em; border-left: 4px solid #1f3864; color: #262626; }
            blockquote p { font-style: italic; margin: 0 0 0.3em; }
            blockquote footer { font-size: 0.9em; color: #595959; }
            """;

    static final String SCREEN = """
            body { font-family: "DejaVu Sans", "Segoe UI", Calibri, Arial, sans-serif; max-width: 52em; margin: 0 auto;
                padding: 1.5em; }
            h1, h2, h3, h4 { break-after: avoid; }
            header.cover { margin-bottom: 2em; }
            .table-wrap { overflow-x: auto; }
            .num { font-variant-numeric: tabular-nums; }
            details { margin: 0.5em 0 0; }
            summary { cursor: pointer; color: #1f4e9a; }
            @media print {
              @page { size: A4; margin: 2cm; }
              body { font-size: 10.5pt; max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              header.cover, nav.toc, .page-break { page-break-after: always; break-after: page; }
              tr, figure, blockquote, .key-figures .kf { page-break-inside: avoid; break-inside: avoid; }
              thead { display: table-header-group; }
              details { display: none; }
            }
            """;

    static final String PDF = """
            @page { size: A4; margin: 22mm 20mm 20mm 20mm;
              @bottom-center { content: counter(page); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #595959; } }
            @page :first { @bottom-center { content: none; } }
            html { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }
            body { margin: 0; }
            header.cover { padding-top: 55mm; page-break-after: always; }
            header.cover h1 { font-size: 2.6em; }
            nav.toc { page-break-after: always; }
            nav.toc h2 { margin-top: 0; }
            nav.toc a { color: #1a1a1a; text-decoration: none; }
            nav.toc a::after { content: leader('.') target-counter(attr(href), page); font-weight: normal; }
            .page-break { page-break-after: always; }
            table { -fs-table-paginate: paginate; }
            table.wide { font-size: 0.8em; }
            table.wide th, table.wide td { padding: 0.25em 0.35em; }
            thead th.num { white-space: normal; }
            tr, blockquote, .key-figures .kf { page-break-inside: avoid; }
            figure { page-break-inside: avoid; }
            figure img { width: 100%; }
            """;
}
