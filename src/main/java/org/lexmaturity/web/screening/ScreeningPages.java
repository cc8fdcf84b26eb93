package org.lexmaturity.web.screening;

import org.lexmaturity.screening.Polarity;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.kernel.ByteSize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.auth.Role;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.report.ReportBuilder;
import org.lexmaturity.report.ReportFormat;
import org.lexmaturity.report.ReportRequest;
import org.lexmaturity.report.ReportWriters;
import org.lexmaturity.screening.DraftReader;
import org.lexmaturity.screening.DraftScreening;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.vocab.Vocabulary;

/**
 * {@code /screening}: a draft bill (DOCX or text) is uploaded, screened section by section with the indicator rules,
 * and shown with each finding's indicator, polarity, matched text (highlighted in the section), the principles
 * concerned and the suggested rewording; or returned as a draft-screening report. Readers and up: drafting officials
 * are readers, and since nothing of the draft is stored, screening changes nothing an analyst keeps.
 */
public final class ScreeningPages {
    private final DraftScreening drafts = new DraftScreening(IndicatorRules.shipped());
    private final ReportBuilder reports;
    private final Blocking blocking;
    private final Pages pages;

    public ScreeningPages(Services services) {
        this.reports = services.reports();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        router.get("/screening").handler(Access.require(Role.READER)).handler(ctx -> pages.render(ctx, "screening", form("", "page")));
        router.post("/screening").handler(Access.require(Role.READER)).handler(this::screen);
    }

    private static Map<String, Object> form(String draftLang, String output) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("draftLang", draftLang);
        model.put("output", output);
        model.put("sections", List.of());
        model.put("error", "");
        model.put("file", "");
        return model;
    }

    /** A piece of a section's text: plain, or a match (its polarity and the number of its finding). */
    record Segment(String text, String polarity, String ref) {}

    /** A finding as shown, in the page language. */
    record Finding(String anchor, String number, String indicator, String polarity, String text, String dimension,
                   List<String> principles, String suggestion) {}

    /** {@code guessed}: the language was guessed; {@code screened}: false where the rules have no patterns for it. */
    record Section(int ordinal, List<Segment> heading, List<Segment> body, String language, List<Finding> findings, boolean guessed,
                   boolean screened) {}

    private void screen(RoutingContext ctx) {
        String pageLang = UiLanguage.of(ctx);
        String draftLang = Optional.ofNullable(ctx.request().getFormAttribute("lang")).orElse("");
        String output = Optional.ofNullable(ctx.request().getFormAttribute("output")).orElse("page");
        if (!draftLang.isEmpty() && !UiLanguage.LANGUAGES.contains(draftLang)) {
            throw new HttpException(400, "lang must be fi, sv or en, or empty to guess");
        }
        Optional<ReportFormat> report = output.equals("page") ? Optional.empty() : Optional.of(format(output));
        FileUpload upload = ctx.fileUploads().stream().filter(f -> f.name().equals("draft") && f.size() > 0).findFirst()
                .orElseThrow(() -> new HttpException(400, "choose the draft to screen (field 'draft')"));
        String name = Links.baseName(upload.fileName(), "draft");
        Path file = Path.of(upload.uploadedFileName());
        if (report.isPresent()) {
            ReportFormat format = report.get();
            Role audience = Access.role(ctx);
            String download = "draft-screening-" + pageLang + "-" + LocalDate.now() + "." + format.extension();
            blocking.run(ctx, () -> {
                byte[] bytes = read(file);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReportWriters.write(reports.build(new ReportRequest("draft-screening", pageLang, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(new ReportRequest.Draft(name, bytes)), audience)), format, out);
                return out.toByteArray();
            }, bytes -> ctx.response().putHeader("Content-Type", format.mimeType())
                    .putHeader("Content-Disposition", "attachment; filename=\"" + download + "\"").end(Buffer.buffer(bytes)));
            return;
        }
        blocking.run(ctx, () -> {
            Map<String, Object> model = form(draftLang, output);
            model.put("file", name);
            try {
                List<DraftReader.Section> sections = DraftReader.read(name, read(file));
                List<DraftScreening.SectionResult> results = drafts.screen(sections, draftLang.isEmpty() ? null : draftLang);
                List<Section> shown = new ArrayList<>();
                for (int i = 0; i < sections.size(); i++) {
                    shown.add(section(sections.get(i), results.get(i), pageLang));
                }
                model.put("sections", shown);
                model.put("ruleVersion", drafts.ruleVersion());
                model.put("regexOnly", drafts.morphology().stream().filter(m -> !m.on()).map(m -> m.language()).toList());
            } catch (ImportException e) {
                model.put("error", e.getMessage());
            }
            return model;
        }, model -> {
            if (!"".equals(model.get("error"))) {
                ctx.response().setStatusCode(422);
            }
            pages.render(ctx, "screening", model);
        });
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > DraftReader.MAX_BYTES) {
                throw new ImportException(file.getFileName().toString(), "", "larger than " + ByteSize.of(DraftReader.MAX_BYTES) + ", the limit for a draft");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Section section(DraftReader.Section s, DraftScreening.SectionResult r, String lang) {
        Vocabulary v = Vocabulary.shipped();
        // the screening ran over heading + "\n" + text; the match offsets count from there
        String all = s.heading() + "\n" + s.text();
        List<Finding> findings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int n = 0;
        List<DraftScreening.DraftFinding> ordered = new ArrayList<>(r.findings());
        ordered.sort(Comparator.comparingInt(DraftScreening.DraftFinding::start));
        for (DraftScreening.DraftFinding f : ordered) {
            n++;
            String anchor = "f-" + s.ordinal() + "-" + n;
            List<String> principles = f.principles().stream()
                    .map(p -> v.find("principle", p).map(c -> p + " " + v.label(c, lang)).orElse(p)).toList();
            String dimension = v.find("dimension", f.dimension()).map(c -> v.label(c, lang)).orElse(f.dimension());
            // a mitigated barrier shows as the mitigator's kind: an alternative stands beside it
            Polarity shown = f.mitigated() ? Polarity.MITIGATOR : f.polarity();
            findings.add(new Finding(anchor, String.valueOf(n), Language.pick(f.label(), lang), shown.code(), f.text(),
                    // the rewording is of the draft's own words, so it is given in the draft's language
                    dimension, principles, Language.pick(f.suggestion(), r.language())));
            spans.add(new int[] {f.start(), f.end(), n, shown.ordinal()});
        }
        int split = s.heading().length();
        return new Section(s.ordinal(), segments(all, spans, 0, split), segments(all, spans, split + 1, all.length()), r.language(), findings,
                r.guessed(), r.screened());
    }

    /** The text between {@code from} and {@code to} cut into plain pieces and matches; overlapping matches keep the first. */
    static List<Segment> segments(String all, List<int[]> spans, int from, int to) {
        List<Segment> out = new ArrayList<>();
        int at = from;
        for (int[] span : spans) {
            int start = Math.max(span[0], from);
            int end = Math.min(span[1], to);
            if (start < at || end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(all.substring(at, start), "", ""));
            }
            String polarity = Polarity.values()[span[3]].code();
            out.add(new Segment(all.substring(start, end), polarity, String.valueOf(span[2])));
            at = end;
        }
        if (at < to) {
            out.add(new Segment(all.substring(at, to), "", ""));
        }
        return out;
    }
}
