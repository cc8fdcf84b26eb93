package org.lexmaturity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.statutes.ActExpression;

class AknReaderTest {

    private static ActExpression read(Path p) throws Exception {
        List<ActExpression> acts = StatuteFormats.read(new StatuteSource(p.getFileName().toString(), Files.readAllBytes(p)));
        assertThat(acts).hasSize(1);
        return acts.get(0);
    }

    @Test
    void readsAFinlexOpenDataDecreeWithItsEli() throws Exception {
        ActExpression act = read(TestData.path("legislation/finlex-akn/akn-fi-act-statute-2026-1-fin.xml"));
        assertThat(act.number().local()).isEqualTo("1/2026");
        assertThat(act.jurisdiction()).isEqualTo("fi");
        assertThat(act.language()).isEqualTo("fi");
        assertThat(act.title()).isEqualTo("Sisäministeriön asetus sisäministeriön työjärjestyksestä annetun sisäasiainministeriön asetuksen muuttamisesta");
        assertThat(act.actType()).isEqualTo("decree");
        assertThat(act.dateIssued()).contains(LocalDate.of(2026, 1, 5));
        assertThat(act.datePublished()).contains(LocalDate.of(2026, 1, 7));
        assertThat(act.workIri()).contains("http://data.finlex.fi/eli/sd/2026/1");
        assertThat(act.expressionIri()).contains("http://data.finlex.fi/eli/sd/2026/1/alkup/fin");
        assertThat(act.signerRoles()).startsWith("Sisäministeri");
        assertThat(act.countSections()).isEqualTo(21);
        assertThat(act.divisions().get(0).eId()).isEqualTo("sec_1");
        assertThat(act.divisions().get(0).children().get(0).text()).startsWith("Tässä työjärjestyksessä säädetään ministeriön hallinnonalan ohjauksesta");
        // the signatures are not a provision
        assertThat(act.divisions()).noneMatch(d -> d.text().contains("Mari Rantanen"));
    }

    @Test
    void readsAllThreeFinlexSamples() throws Exception {
        for (int n = 1; n <= 3; n++) {
            ActExpression act = read(TestData.path("legislation/finlex-akn/akn-fi-act-statute-2026-" + n + "-fin.xml"));
            assertThat(act.workIri()).contains("http://data.finlex.fi/eli/sd/2026/" + n);
            assertThat(act.countSections()).isPositive();
        }
    }

    @Test
    void keepsEachNumberedPointOnOneLineWithItsNumber() {
        StatuteSource source = DemoData.statuteFiles().stream().filter(s -> s.name().equals("demo-2017-9002-fin.xml")).findFirst().orElseThrow();
        ActExpression act = StatuteFormats.read(source).get(0);
        String definitions = act.divisions().get(0).children().get(1).children().get(0).text();
        assertThat(definitions).startsWith("Tässä laissa tarkoitetaan:\n1) selvitysilmoituksella maistraatille tehtävää ilmoitusta")
                .contains("\n2) ilmoitusvelvollisella");
    }

    @Test
    void readsEveryDemoActInFinnishAndSwedish() {
        var sources = DemoData.statuteFiles();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(60);
        for (StatuteSource s : sources) {
            ActExpression act = StatuteFormats.read(s).get(0);
            assertThat(act.demonstration()).as(s.name()).isTrue();
            assertThat(Integer.parseInt(act.number().number())).as(s.name()).isBetween(9001, 9099);
            assertThat(act.language()).as(s.name()).isIn("fi", "sv");
            assertThat(act.title()).as(s.name()).isNotBlank();
            assertThat(act.countSections()).as(s.name()).isGreaterThanOrEqualTo(4);
            assertThat(act.signerRoles()).as(s.name()).isNotEmpty();
        }
    }
}
