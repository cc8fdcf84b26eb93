package org.lexmaturity.web;

import java.util.ArrayList;
import java.util.List;
import org.lexmaturity.survey.Exports;

/**
 * A small survey export for the web tests, written with POI: an instructions sheet and one Finnish answer sheet of
 * twelve organisations (six municipalities, five agencies, one ministry), two Likert questions and a free-text one.
 * It holds 12 responses with 28 answers.
 */
public final class SurveyExports {
    private SurveyExports() {}

    /** The export; with {@code duplicateId} the eighth organisation (sheet row 9) repeats the id of the third (row 4). */
    public static byte[] xlsx(boolean duplicateId) {
        List<Object> header = List.of("Vastaaja", "Organisaatio", "Organisaation tyyppi", "Sähköposti",
                "K01 Lainsäädäntö estää automaattisen päätöksenteon", "K02 Tietojen luovuttaminen toiselle viranomaiselle on estetty",
                "K03 Mitkä säännökset estävät digitalisaatiota? Mainitse säädös ja pykälä.");
        String[] types = {"Kunta", "Kunta", "Kunta", "Kunta", "Kunta", "Kunta", "Virasto", "Virasto", "Virasto", "Virasto", "Virasto", "Ministeriö"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String id = duplicateId && i == 7 ? "S03" : String.format("S%02d", i + 1);
            rows.add(List.of(id, "Organisaatio " + (i + 1), types[i], "vastaaja" + i + "@example.fi", 1 + i % 5, 5 - i % 5,
                    i % 3 == 0 ? "Hallintolain 16 § vaatii paperia asiassa " + (i + 1) + "." : ""));
        }
        return new Exports().sheet("Ohjeet", List.of("Vastaa kaikkiin kysymyksiin."), List.of())
                .sheet("Vastaukset", header, rows).xlsxBytes();
    }
}
