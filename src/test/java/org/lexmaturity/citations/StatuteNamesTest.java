package org.lexmaturity.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexmaturity.TestData;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;

class StatuteNamesTest {
    private static final StatuteNames STANDARD = StatuteNames.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hallintolaki                 | 434/2003
            hallintolain                 | 434/2003
            hallintolakia                | 434/2003
            hallintolaissa               | 434/2003
            hallintolaista               | 434/2003
            hallintolakiin               | 434/2003
            hallintolailla               | 434/2003
            hallintolakien               | 434/2003
            Hallintolain                 | 434/2003
            förvaltningslagen            | 434/2003
            förvaltningslagens           | 434/2003
            förvaltningslag              | 434/2003
            perintökaaren                | 40/1965
            perintökaaressa              | 40/1965
            ärvdabalken                  | 40/1965
            julkisuuslain                | 621/1999
            offentlighetslagen           | 621/1999
            lain viranomaisten toiminnan julkisuudesta     | 621/1999
            lakia viranomaisten toiminnan julkisuudesta    | 621/1999
            viranomaisten toiminnan julkisuudesta annetussa laissa | 621/1999
            lagen om offentlighet i myndigheternas verksamhet | 621/1999
            laissa julkisen hallinnon tiedonhallinnasta    | 906/2019
            informationshanteringslagen                    | 906/2019
            lagen om informationshantering inom den offentliga förvaltningen | 906/2019
            kotikuntalain                | 201/1994
            kuntalain                    | 410/2015
            saamen kielilain             | 1086/2003
            kielilain                    | 423/2003
            maankäyttö- ja rakennuslain  | 132/1999
            hälso- och sjukvårdslagen    | 1326/2010
            """)
    void findsInflectedNamesOfTheShippedList(String name, String act) {
        assertThat(STANDARD.lookup(name)).containsExactly(ActNumber.parseLocal(act));
    }

    @Test
    void unknownAndPartialNamesAreNotFound() {
        assertThat(STANDARD.lookup("kalastuslaki")).isEmpty();
        assertThat(STANDARD.lookup("laki")).isEmpty();
        assertThat(STANDARD.lookup("lain viranomaisten toiminnan")).isEmpty();
    }

    @Test
    void abbreviationsMatchOnlyInTheirOwnCase() {
        assertThat(STANDARD.abbreviation("HL")).containsExactly(ActNumber.parseLocal("434/2003"));
        assertThat(STANDARD.abbreviation("FL")).containsExactly(ActNumber.parseLocal("434/2003"));
        assertThat(STANDARD.abbreviation("hl")).isEmpty();
        assertThat(STANDARD.abbreviation("Hl")).isEmpty();
    }

    @Test
    void titlesAddedInTheCodeInflectLikeTheShippedOnes() {
        ActNumber act = new ActNumber(2020, "77");
        ActNumber decree = new ActNumber(2020, "78");
        StatuteNames names = StatuteNames.empty()
                .add(act, "Laki kuolinpesän selvitysilmoituksesta", "fi")
                .add(act, "Lag om dödsboets utredningsanmälan", "sv")
                .add(decree, "Valtioneuvoston asetus kuolinpesän selvitysilmoituksen liitteistä", "fi");

        assertThat(names.lookup("lain kuolinpesän selvitysilmoituksesta")).containsExactly(act);
        assertThat(names.lookup("laissa kuolinpesän selvitysilmoituksesta")).containsExactly(act);
        assertThat(names.lookup("kuolinpesän selvitysilmoituksesta annetun lain")).containsExactly(act);
        assertThat(names.lookup("lagen om dödsboets utredningsanmälan")).containsExactly(act);
        assertThat(names.lookup("valtioneuvoston asetuksen kuolinpesän selvitysilmoituksen liitteistä"))
                .containsExactly(decree);
        assertThat(names.lookup("valtioneuvoston asetuksessa kuolinpesän selvitysilmoituksen liitteistä"))
                .containsExactly(decree);
        assertThat(names.lookup("kuolinpesän selvitysilmoituksen liitteistä annetussa valtioneuvoston asetuksessa"))
                .containsExactly(decree);
    }

    @Test
    void aNameOfTwoActsKeepsBoth() {
        ActNumber old = ActNumber.parseLocal("159/2007");
        ActNumber current = ActNumber.parseLocal("784/2021");
        StatuteNames names = StatuteNames.empty().add(old, "asiakastietolaki", "fi").add(current, "asiakastietolaki", "fi");

        assertThat(names.lookup("asiakastietolain")).containsExactly(old, current);
    }

    @Test
    void readsTheTitlesOfRealStatuteBookFilesInBothLanguages() throws Exception {
        StatuteNames names = StatuteNames.empty();
        for (String file : List.of("asd-fi-2019-0906.xml", "asd-sv-2019-0906.xml", "asd-fi-2003-0013.xml",
                "asd-sv-2003-0013.xml")) {
            byte[] content = Files.readAllBytes(TestData.path("legislation/finlex-xml/" + file));
            for (ActExpression e : StatuteFormats.read(new StatuteSource(file, content))) {
                names.add(e.number(), e.title(), e.language());
            }
        }
        CitationFinder finder = new CitationFinder(names);

        assertThat(finder.find("julkisen hallinnon tiedonhallinnasta annetun lain 22 §").get(0).act())
                .contains(ActNumber.parseLocal("906/2019"));
        assertThat(finder.find("22 § i lagen om informationshantering inom den offentliga förvaltningen").get(0).act())
                .contains(ActNumber.parseLocal("906/2019"));
        assertThat(finder.find("lagen om elektronisk kommunikation i myndigheternas verksamhet 9 §").get(0).act())
                .contains(ActNumber.parseLocal("13/2003"));
    }

    @Test
    void loadsAUsersFileAndNamesTheFileWhenItIsWrong(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("own-names.ttl");
        Files.writeString(good, """
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                <http://data.finlex.fi/eli/sd/2015/379> eli:id_local "379/2015" ;
                    lxm:shortName "kalastuslaki"@fi , "fiskelagen"@sv .
                """);
        assertThat(StatuteNames.standard().load(good).lookup("kalastuslain"))
                .containsExactly(ActNumber.parseLocal("379/2015"));

        Path bad = dir.resolve("bad-names.ttl");
        Files.writeString(bad, """
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                <http://example.org/act> eli:id_local "2015/379" ; lxm:shortName "kalastuslaki"@fi .
                """);
        assertThatThrownBy(() -> StatuteNames.empty().load(bad))
                .hasMessageContaining("bad-names.ttl").hasMessageContaining("2015/379");
    }
}
