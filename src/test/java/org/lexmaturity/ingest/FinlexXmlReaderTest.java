package org.lexmaturity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.Division;

class FinlexXmlReaderTest {

    private static ActExpression read(String file) throws Exception {
        Path p = TestData.path("legislation/finlex-xml/" + file);
        List<ActExpression> acts = StatuteFormats.read(new StatuteSource(file, Files.readAllBytes(p)));
        assertThat(acts).hasSize(1);
        return acts.get(0);
    }

    @Test
    void readsTheFinnishElectronicServicesActWithAllSectionsAndMetadata() throws Exception {
        ActExpression act = read("asd-fi-2003-0013.xml");
        assertThat(act.number().local()).isEqualTo("13/2003");
        assertThat(act.language()).isEqualTo("fi");
        assertThat(act.title()).isEqualTo("Laki sähköisestä asioinnista viranomaistoiminnassa");
        assertThat(act.actType()).isEqualTo("act");
        assertThat(act.dateIssued()).contains(LocalDate.of(2003, 1, 24));
        assertThat(act.signerRoles()).contains("Oikeusministeri");
        assertThat(act.workIri()).contains("http://data.finlex.fi/eli/sd/2003/13");
        assertThat(act.countSections()).isEqualTo(25);
        assertThat(act.divisions()).extracting(Division::kind).containsOnly(Division.Kind.CHAPTER);
        Division section4 = act.divisions().get(0).children().get(3);
        assertThat(section4.number()).isEqualTo("4");
        assertThat(section4.heading()).isEqualTo("Määritelmät");
        // a subsection with numbered points keeps its intro and each point on a line of its own
        assertThat(section4.children().get(0).text()).startsWith("Tässä laissa tarkoitetaan:\n1) sähköisellä tiedonsiirtomenetelmällä");
    }

    @Test
    void readsTheSwedishVersionWithTheSameStructure() throws Exception {
        ActExpression fi = read("asd-fi-2003-0013.xml");
        ActExpression sv = read("asd-sv-2003-0013.xml");
        assertThat(sv.language()).isEqualTo("sv");
        assertThat(sv.title()).startsWith("Lag om elektronisk kommunikation");
        assertThat(sv.dateIssued()).isEqualTo(fi.dateIssued());
        assertThat(sv.countSections()).isEqualTo(25);
        assertThat(eIds(sv.divisions())).isEqualTo(eIds(fi.divisions()));
    }

    @Test
    void reads906Of2019WithThirtySections() throws Exception {
        assertThat(read("asd-fi-2019-0906.xml").countSections()).isEqualTo(30);
        assertThat(read("asd-sv-2019-0906.xml").countSections()).isEqualTo(30);
    }

    private static List<String> eIds(List<Division> divisions) {
        return divisions.stream().flatMap(d -> java.util.stream.Stream.concat(java.util.stream.Stream.of(d.eId()), eIds(d.children()).stream())).toList();
    }
}
