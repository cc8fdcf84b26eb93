package org.lexmaturity.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexmaturity.citations.CitationMatch.Outcome;
import org.lexmaturity.statutes.ActNumber;

class CitationFinderTest {
    // The shipped list, plus what the store would add: titles of acts in it (fictional numbers 77/2020 and
    // 78/2020) and a short name two acts share.
    private static final CitationFinder FINDER = new CitationFinder(StatuteNames.standard()
            .add(act("77/2020"), "Laki kuolinpesän selvitysilmoituksesta", "fi")
            .add(act("77/2020"), "Lag om dödsboets utredningsanmälan", "sv")
            .add(act("78/2020"), "Valtioneuvoston asetus kuolinpesän selvitysilmoituksen liitteistä", "fi")
            .add(act("159/2007"), "asiakastietolaki", "fi")
            .add(act("784/2021"), "asiakastietolaki", "fi"));

    /** One citation per text: the exact span, act, chapter, section, subsection, point and outcome. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text                                                              | span                                                        | act       | chapter | section | sub | point | outcome
            Hakemus käsitellään hallintolain 16 §:n mukaisesti.                 | hallintolain 16 §:n                                         | 434/2003  |         | 16      |     |       | IDENTIFIED
            hallintolain 16 §                                                   | hallintolain 16 §                                           | 434/2003  |         | 16      |     |       | IDENTIFIED
            Ks. hallintolain 16 §:n 2 momentti.                                 | hallintolain 16 §:n 2 momentti                              | 434/2003  |         | 16      | 2   |       | IDENTIFIED
            Asiasta säädetään hallintolain 16 §:ssä.                            | hallintolain 16 §:ssä                                       | 434/2003  |         | 16      |     |       | IDENTIFIED
            hallintolain 8 b luvun 53 e §                                       | hallintolain 8 b luvun 53 e §                               | 434/2003  | 8 b     | 53 e    |     |       | IDENTIFIED
            Katso HL 16 §.                                                      | HL 16 §                                                     | 434/2003  |         | 16      |     |       | IDENTIFIED
            HL 16 § 2 mom. koskee tätä                                          | HL 16 § 2 mom.                                              | 434/2003  |         | 16      | 2   |       | IDENTIFIED
            HL:n 16 §:n mukaan                                                  | HL:n 16 §:n                                                 | 434/2003  |         | 16      |     |       | IDENTIFIED
            Kuten 16 § hallintolaissa edellyttää                                | 16 § hallintolaissa                                         | 434/2003  |         | 16      |     |       | IDENTIFIED
            laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 §    | laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 § | 13/2003 |     | 9       |     |       | IDENTIFIED
            Lain sähköisestä asioinnista viranomaistoiminnassa 9 §:n mukaan     | Lain sähköisestä asioinnista viranomaistoiminnassa 9 §:n    | 13/2003   |         | 9       |     |       | IDENTIFIED
            sähköisen asioinnin lain 9 §                                        | sähköisen asioinnin lain 9 §                                | 13/2003   |         | 9       |     |       | IDENTIFIED
            sähköisestä asioinnista viranomaistoiminnassa annetun lain 9 §:ssä  | sähköisestä asioinnista viranomaistoiminnassa annetun lain 9 §:ssä | 13/2003 |   | 9       |     |       | IDENTIFIED
            Katso 13/2003.                                                      | 13/2003                                                     | 13/2003   |         |         |     |       | IDENTIFIED
            Ks. (13/2003).                                                      | (13/2003)                                                   | 13/2003   |         |         |     |       | IDENTIFIED
            Asiointilaki (13/2003) on vanha.                                    | Asiointilaki (13/2003)                                      | 13/2003   |         |         |     |       | IDENTIFIED
            laki 13/2003 on vanha                                               | laki 13/2003                                                | 13/2003   |         |         |     |       | IDENTIFIED
            ks. L 13/2003                                                       | L 13/2003                                                   | 13/2003   |         |         |     |       | IDENTIFIED
            asetus 1234/2019 kumottiin                                          | asetus 1234/2019                                            | 1234/2019 |         |         |     |       | IDENTIFIED
            laki 13/2003 9 §                                                    | laki 13/2003 9 §                                            | 13/2003   |         | 9       |     |       | IDENTIFIED
            julkisuuslain 24 §:n 1 momentin 25 kohta                            | julkisuuslain 24 §:n 1 momentin 25 kohta                    | 621/1999  |         | 24      | 1   | 25    | IDENTIFIED
            tiedonhallintalain 22 §                                             | tiedonhallintalain 22 §                                     | 906/2019  |         | 22      |     |       | IDENTIFIED
            perintökaaren 20 luvun 1 §                                          | perintökaaren 20 luvun 1 §                                  | 40/1965   | 20      | 1       |     |       | IDENTIFIED
            Asiasta säädetään perintökaaressa.                                  | perintökaaressa                                             | 40/1965   |         |         |     |       | IDENTIFIED
            Tietosuojalakia sovelletaan                                         | Tietosuojalakia                                             | 1050/2018 |         |         |     |       | IDENTIFIED
            kalastuslain 5 §                                                    | kalastuslain 5 §                                            |           |         | 5       |     |       | UNKNOWN_NAME
            kalastuslain (379/2015) 5 §                                         | kalastuslain (379/2015) 5 §                                 | 379/2015  |         | 5       |     |       | IDENTIFIED
            hallintolain (621/1999) 16 §                                        | hallintolain (621/1999) 16 §                                | 621/1999  |         | 16      |     |       | IDENTIFIED
            asiakastietolain 5 §                                                | asiakastietolain 5 §                                        |           |         | 5       |     |       | AMBIGUOUS
            asiakastietolain (159/2007) 5 §                                     | asiakastietolain (159/2007) 5 §                             | 159/2007  |         | 5       |     |       | IDENTIFIED
            lain kuolinpesän selvitysilmoituksesta 3 §:n mukaan                 | lain kuolinpesän selvitysilmoituksesta 3 §:n                | 77/2020   |         | 3       |     |       | IDENTIFIED
            kuolinpesän selvitysilmoituksesta annetussa laissa                  | kuolinpesän selvitysilmoituksesta annetussa laissa          | 77/2020   |         |         |     |       | IDENTIFIED
            valtioneuvoston asetuksen kuolinpesän selvitysilmoituksen liitteistä 2 § | valtioneuvoston asetuksen kuolinpesän selvitysilmoituksen liitteistä 2 § | 78/2020 | | 2 | |  | IDENTIFIED
            kuolinpesän selvitysilmoituksen liitteistä annetun valtioneuvoston asetuksen 2 § | kuolinpesän selvitysilmoituksen liitteistä annetun valtioneuvoston asetuksen 2 § | 78/2020 | | 2 | | | IDENTIFIED
            maankäyttö- ja rakennuslain 3 §                                     | maankäyttö- ja rakennuslain 3 §                             | 132/1999  |         | 3       |     |       | IDENTIFIED
            MRL 3 §                                                             | MRL 3 §                                                     | 132/1999  |         | 3       |     |       | IDENTIFIED
            perustuslain 80 §:n 1 momentti                                      | perustuslain 80 §:n 1 momentti                              | 731/1999  |         | 80      | 1   |       | IDENTIFIED
            rikoslain 38 luvun 8 §                                              | rikoslain 38 luvun 8 §                                      | 39/1889   | 38      | 8       |     |       | IDENTIFIED
            saamen kielilain 4 §                                                | saamen kielilain 4 §                                        | 1086/2003 |         | 4       |     |       | IDENTIFIED
            kotikuntalain 2 §                                                   | kotikuntalain 2 §                                           | 201/1994  |         | 2       |     |       | IDENTIFIED
            kuntalain 29 §                                                      | kuntalain 29 §                                              | 410/2015  |         | 29      |     |       | IDENTIFIED
            tuloverolain 4 a §                                                  | tuloverolain 4 a §                                          | 1535/1992 |         | 4 a     |     |       | IDENTIFIED
            TVL 4a §                                                            | TVL 4a §                                                    | 1535/1992 |         | 4 a     |     |       | IDENTIFIED
            förvaltningslagen (434/2003) 16 §                                   | förvaltningslagen (434/2003) 16 §                           | 434/2003  |         | 16      |     |       | IDENTIFIED
            enligt 16 § förvaltningslagen                                       | 16 § förvaltningslagen                                      | 434/2003  |         | 16      |     |       | IDENTIFIED
            förvaltningslagens 16 §                                             | förvaltningslagens 16 §                                     | 434/2003  |         | 16      |     |       | IDENTIFIED
            16 § andra stycket förvaltningslagen                                | 16 § andra stycket förvaltningslagen                        | 434/2003  |         | 16      | 2   |       | IDENTIFIED
            8 b kap. 53 e § förvaltningslagen                                   | 8 b kap. 53 e § förvaltningslagen                           | 434/2003  | 8 b     | 53 e    |     |       | IDENTIFIED
            lagen om elektronisk kommunikation i myndigheternas verksamhet (13/2003) | lagen om elektronisk kommunikation i myndigheternas verksamhet (13/2003) | 13/2003 | | | | | IDENTIFIED
            enligt FL 16 §                                                      | FL 16 §                                                     | 434/2003  |         | 16      |     |       | IDENTIFIED
            offentlighetslagen 24 §                                             | offentlighetslagen 24 §                                     | 621/1999  |         | 24      |     |       | IDENTIFIED
            se lag 906/2019                                                     | lag 906/2019                                                | 906/2019  |         |         |     |       | IDENTIFIED
            informationshanteringslagen 22 §                                    | informationshanteringslagen 22 §                            | 906/2019  |         | 22      |     |       | IDENTIFIED
            det framgår av 16 § i förvaltningslagen                             | 16 § i förvaltningslagen                                    | 434/2003  |         | 16      |     |       | IDENTIFIED
            16 § 2 mom. förvaltningslagen                                       | 16 § 2 mom. förvaltningslagen                               | 434/2003  |         | 16      | 2   |       | IDENTIFIED
            lagen om offentlighet i myndigheternas verksamhet 24 § 1 mom. 25 punkten | lagen om offentlighet i myndigheternas verksamhet 24 § 1 mom. 25 punkten | 621/1999 | | 24 | 1 | 25 | IDENTIFIED
            fiskelagen 5 §                                                      | fiskelagen 5 §                                              |           |         | 5       |     |       | UNKNOWN_NAME
            20 kap. 1 § ärvdabalken                                             | 20 kap. 1 § ärvdabalken                                     | 40/1965   | 20      | 1       |     |       | IDENTIFIED
            markanvändnings- och bygglagen 3 §                                  | markanvändnings- och bygglagen 3 §                          | 132/1999  |         | 3       |     |       | IDENTIFIED
            förordning 1234/2019                                                | förordning 1234/2019                                        | 1234/2019 |         |         |     |       | IDENTIFIED
            lagen om dödsboets utredningsanmälan 3 §                            | lagen om dödsboets utredningsanmälan 3 §                    | 77/2020   |         | 3       |     |       | IDENTIFIED
            körkortslagens 5 §                                                  | körkortslagens 5 §                                          | 386/2011  |         | 5       |     |       | IDENTIFIED
            grundlagen 80 §                                                     | grundlagen 80 §                                             | 731/1999  |         | 80      |     |       | IDENTIFIED
            hälso- och sjukvårdslagen 7 §                                       | hälso- och sjukvårdslagen 7 §                               | 1326/2010 |         | 7       |     |       | IDENTIFIED
            """)
    void findsOneCitation(String text, String span, String act, String chapter, String section, String subsection,
            String point, Outcome outcome) {
        List<CitationMatch> found = FINDER.find(text);

        assertThat(found).hasSize(1);
        CitationMatch m = found.get(0);
        assertThat(m.text()).isEqualTo(span);
        assertThat(m.start()).isEqualTo(text.indexOf(span));
        assertThat(m.end()).isEqualTo(text.indexOf(span) + span.length());
        assertThat(m.act()).isEqualTo(Optional.ofNullable(act).map(ActNumber::parseLocal));
        assertThat(m.chapter()).isEqualTo(Optional.ofNullable(chapter));
        assertThat(m.section()).isEqualTo(Optional.ofNullable(section));
        assertThat(m.subsection()).isEqualTo(Optional.ofNullable(subsection));
        assertThat(m.point()).isEqualTo(Optional.ofNullable(point));
        assertThat(m.outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "tammikuu 1/2020",
            "raportti 12/2019 valmistui",
            "palvelu on auki 24/7",
            "kasvu oli 13 % vuonna 2020",
            "soita 050/1234567",
            "lukuvuonna 2019/2020",
            "päivitetty 1/2/2020 ja 1.1/2020",
            "HE 13/2003 vp",
            "RP 13/2003 rd",
            "09/2020",
            "3 luvun 16 §",
            "tämän lain 5 §:ssä",
            "samma lag 5 §",
            "FL Matti Meikäläinen",
            "hl 16 §",
            "uusi kalastuslaki tuli voimaan",
            "bolagen 5 §",
            "förslaget 5 §",
            "vuonna 1500/1600",
    })
    void findsNothingThatIsNotACitation(String text) {
        assertThat(FINDER.find(text)).isEmpty();
    }

    @Test
    void findsSeveralCitationsInOneSentence() {
        assertThat(FINDER.find("hallintolain 16 § ja julkisuuslain 24 §"))
                .extracting(CitationMatch::text, m -> m.act().orElseThrow().local(), m -> m.section().orElseThrow())
                .containsExactly(tuple("hallintolain 16 §", "434/2003", "16"),
                        tuple("julkisuuslain 24 §", "621/1999", "24"));
        assertThat(FINDER.find("13/2003 ja 434/2003"))
                .extracting(CitationMatch::start, CitationMatch::end, m -> m.act().orElseThrow().local())
                .containsExactly(tuple(0, 7, "13/2003"),
                        tuple(11, 19, "434/2003"));
        assertThat(FINDER.find("16 § förvaltningslagen och 24 § offentlighetslagen"))
                .extracting(CitationMatch::text)
                .containsExactly("16 § förvaltningslagen", "24 § offentlighetslagen");
    }

    @Test
    void anAmbiguousNameListsEveryCandidateAndGuessesNone() {
        CitationMatch m = FINDER.find("asiakastietolain 5 §").get(0);
        assertThat(m.act()).isEmpty();
        assertThat(m.candidates()).containsExactly(act("159/2007"), act("784/2021"));
    }

    @Test
    void anIdentifiedCitationHasItsActAsTheOnlyCandidateAndAnUnknownOneNone() {
        assertThat(FINDER.find("hallintolain 16 §").get(0).candidates()).containsExactly(act("434/2003"));
        assertThat(FINDER.find("kalastuslain 5 §").get(0).candidates()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithNoBreakSpaces() {
        String text = "Vastaus: ks.\u00A0hallintolain\u00A016\u00A0§.";
        CitationMatch m = FINDER.find(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("hallintolain\u00A016\u00A0§");
        assertThat(m.section()).contains("16");
    }

    private static ActNumber act(String local) {
        return ActNumber.parseLocal(local);
    }
}
