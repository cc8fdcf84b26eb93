package org.lexmaturity.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * A small two-language survey export with everything a real one has: an instructions sheet, a Finnish and a
 * Swedish answer sheet, Likert answers as labels, numbers and messy cells, a choice question, free text with
 * citations and personal data. Respondent types: 6 municipalities, 5 agencies, 2 wellbeing counties (a group
 * under the threshold of 5), 1 ministry.
 */
final class SmallSurvey {
    static final String SECRET_PERSON = "Maija Meikäläinen";
    static final String SECRET_EMAIL = "maija.meikalainen@example.fi";
    static final String SECRET_TEXT = "Puhelinnumeroni on 040 1234567, soittakaa";

    static final List<Object> FI_HEADER = List.of("Vastaaja", "Organisaatio", "Organisaation tyyppi", "Hallinnonala", "Yhteyshenkilö",
            "Sähköposti", "K01 Lainsäädäntö estää automaattisen päätöksenteon", "K02 Tietojen luovuttaminen toiselle viranomaiselle on estetty",
            "K03 Onko organisaationne käyttänyt automaattista päätöksentekoa?", "K04 Mitkä säännökset estävät digitalisaatiota? Mainitse säädös ja pykälä.");
    static final List<Object> SV_HEADER = List.of("Svarande", "Organisation", "Typ av organisation", "Förvaltningsområde", "Kontaktperson",
            "E-post", "K01 Lagstiftningen hindrar automatiserat beslutsfattande", "K02 Utlämnande av uppgifter till en annan myndighet är hindrat",
            "K03 Har er organisation använt automatiserat beslutsfattande?", "K04 Vilka bestämmelser hindrar digitalisering? Ange lag och paragraf.");

    static Exports workbook() {
        List<List<Object>> fi = new ArrayList<>();
        fi.add(List.of("R001", "Espoon kaupunki", "Kunta", "", "Matti Virtanen", "matti.virtanen@example.fi", "Täysin samaa mieltä", 4, "Kyllä",
                "Hallintolain 16 § ja laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 § vaativat paperia."));
        fi.add(List.of("R002", "Vantaan kaupunki", "kunta", "", SECRET_PERSON, SECRET_EMAIL, "4 ", "5 - Täysin samaa mieltä", "Ei", SECRET_TEXT));
        fi.add(row("R003", "Tampereen kaupunki", "Kunta", "", 3, 2, "Ei", ""));
        fi.add(row("R004", "Oulun kaupunki", " Kunta ", "", "Jokseenkin eri mieltä", "En osaa sanoa", "Kyllä", ""));
        fi.add(row("R005", "Turun kaupunki", "Kaupunki", "", 5, 5, "Kyllä", "Ei ole."));
        fi.add(row("R006", "Kansaneläkelaitos", "Virasto", "STM", 5, 4, "Kyllä", "Julkisuuslain 24 § estää tiedonvaihdon."));
        fi.add(row("R007", "Verohallinto", "Virasto", "VM", 4, 4.0, "Kyllä", ""));
        fi.add(row("R008", "Digi- ja väestötietovirasto", "Virasto", "Valtiovarainministeriö", 4, "", "Ei", ""));
        fi.add(row("R009", "Maanmittauslaitos", "Virasto", "MMM", 2, 3, "Ei", ""));
        fi.add(row("R010", "Pirkanmaan hyvinvointialue", "Hyvinvointialue", "", 5, 5, "Kyllä", "HL 16 § ja kalastuslain 88 §"));
        fi.add(row("R011", "Valtiovarainministeriö", "Ministeriö", "VM", 3, 3, "Ei", ""));
        List<List<Object>> sv = new ArrayList<>();
        sv.add(row("R012", "Närpes stad", "Kommun", "", "Helt av samma åsikt", "Delvis av samma åsikt", "Ja", "Förvaltningslagen (434/2003) 16 § kräver papper."));
        sv.add(row("R013", "Västra Nylands välfärdsområde", "Välfärdsområde", "", 4, "Vet inte", "Nej", ""));
        sv.add(row("R014", "Lantmäteriverket i Korsholm", "Ämbetsverk", "JSM", 3, 4, "Nej", ""));
        return new Exports()
                .sheet("Ohjeet", List.of("Tämä on kyselyn vastausaineisto. Vastaukset ovat välilehdillä Vastaukset ja Svar."), List.of())
                .sheet("Vastaukset", FI_HEADER, fi)
                .sheet("Svar", SV_HEADER, sv);
    }

    private static List<Object> row(Object... values) {
        List<Object> r = new ArrayList<>();
        r.add(values[0]);
        r.add(values[1]);
        r.add(values[2]);
        r.add(values[3]);
        r.add("Yhteys Henkilö " + values[0]);
        r.add(values[0].toString().toLowerCase() + "@example.org");
        for (int i = 4; i < values.length; i++) {
            r.add(values[i]);
        }
        return r;
    }

    static final String MAPPING = """
            survey: pieni-kysely
            title: {fi: "Pieni kysely", sv: "Liten enkät", en: "Small survey"}
            issued: 2025-03-14
            sheets: [Vastaukset, Svar]
            respondent:
              id: [Vastaaja, Svarande]
              organisation: [Organisaatio, Organisation]
              type: [Organisaation tyyppi, Typ av organisation]
              branch: [Hallinnonala, Förvaltningsområde]
              personal: [Yhteyshenkilö, Sähköposti, Kontaktperson, E-post]
            questions:
              - id: k01
                column: K01
                kind: likert
                scale: 1-5
                theme: automation
                text: {fi: "Lainsäädäntö estää automaattisen päätöksenteon", sv: "Lagstiftningen hindrar automatiserat beslutsfattande", en: "Legislation prevents automated decision-making"}
              - id: k02
                column: K02
                kind: likert
                scale: 1-5
                theme: data-exchange
                text: {fi: "Tietojen luovuttaminen on estetty", en: "Disclosure is blocked"}
              - id: k03
                column: K03
                kind: choice
                theme: automation
                options:
                  - {code: "yes", labels: {fi: "Kyllä", sv: "Ja", en: "Yes"}}
                  - {code: "no", labels: {fi: "Ei", sv: "Nej", en: "No"}}
              - id: k04
                column: K04
                kind: text
                theme: maturity-assessment
            """;

    private SmallSurvey() {}
}
