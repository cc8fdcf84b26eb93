package org.lexmaturity.report;

import org.lexmaturity.statutes.ProvisionLabels;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.vocab.Vocabulary;

/** The words of reports (numbers and dates: {@link ReportLanguage}) in Finnish, Swedish and English, in one place. */
final class Formats {
    private Formats() {}

    static String pick(String lang, String fi, String sv, String en) {
        return switch (lang) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }

    /** The source of a number: an analysis id as it is (the writers say "analysis …"), other sources in words. */
    static String source(String what, String lang) {
        if (what.startsWith("screening ")) {
            return pick(lang, "seulontasäännöt ", "screeningregler ", "screening rules ") + what.substring(10);
        }
        if (what.startsWith("maturity ")) {
            return pick(lang, "pisteytyssäännöt ", "poängregler ", "scoring rules ") + what.substring(9);
        }
        if (what.equals("register")) {
            return pick(lang, "esterekisteri", "hinderregistret", "barrier register");
        }
        return what;
    }

    static String noData(String lang) {
        return pick(lang, "Ei tietoja", "Inga uppgifter", "No data");
    }

    /** Said where a part drawn from private survey data is left out: it is for signed-in readers and up. */
    static String privateDataOnly(String title, String lang) {
        return pick(lang, "Osio ”" + title + "” perustuu kyselyn luottamukselliseen aineistoon, ja se näytetään vain kirjautuneille lukijoille ja analyytikoille.",
                "Avsnittet ”" + title + "” bygger på enkätens konfidentiella material och visas endast för inloggade läsare och analytiker.",
                "The part “" + title + "” draws on confidential survey data and is shown to signed-in readers and analysts only.");
    }

    static String provision(Node provision) {
        return provision == null ? "" : ProvisionLabels.of(provision.getURI());
    }

    static String levelsSentence(ActMaturity m, String lang) {
        Vocabulary v = Vocabulary.shipped();
        StringBuilder s = new StringBuilder(pick(lang, "Kokonaistaso ", "Totalnivå ", "Overall level "))
                .append(m.overall().map(String::valueOf).orElse("–")).append("/4. ");
        List<String> parts = m.dimensions().stream().map(d -> v.label(d.dimension(), lang) + " " + d.level()
                + (d.counts().equals("expert") ? pick(lang, " (asiantuntija-arvio)", " (expertbedömning)", " (expert assessment)") : "")).toList();
        s.append(String.join(", ", parts)).append('.');
        return s.toString();
    }

    static Map<String, String> profileTitle(ActNumber n) {
        return Map.of("fi", "Digikypsyysprofiili " + n.local(), "sv", "Mognadsprofil " + n.local(), "en", "Maturity profile " + n.local());
    }

    static Map<String, String> dimensionHeader() {
        return Map.of("fi", "Ulottuvuus", "sv", "Dimension", "en", "Dimension");
    }

    static Map<String, String> levelHeader() {
        return Map.of("fi", "Taso", "sv", "Nivå", "en", "Level");
    }

    static String scoresCaption(ActNumber n, String lang) {
        return pick(lang, "Säädöksen " + n.local() + " pisteet ulottuvuuksittain", "Poäng per dimension för " + n.local(),
                "Scores of " + n.local() + " per dimension");
    }

    static List<String> scoreHeaders(String lang) {
        return List.of(pick(lang, "Ulottuvuus", "Dimension", "Dimension"), pick(lang, "Pisteet", "Poäng", "Score"),
                pick(lang, "Automaattinen taso", "Automatisk nivå", "Automatic level"), pick(lang, "Asiantuntija", "Expert", "Expert"),
                pick(lang, "Taso", "Nivå", "Level"), pick(lang, "Peruste", "Grund", "Counts"));
    }

    /** Which level counts: the automatic one or the expert's. */
    static String counts(String counts, String lang) {
        return counts.equals("expert") ? pick(lang, "asiantuntija-arvio", "expertbedömning", "expert assessment")
                : pick(lang, "automaattinen", "automatisk", "automatic");
    }

    static String verdict(String verdict, String lang) {
        return switch (verdict) {
            case "met" -> pick(lang, "täyttyy", "uppfyllt", "met");
            case "partly" -> pick(lang, "osittain", "delvis", "partly");
            case "not-met" -> pick(lang, "ei täyty", "inte uppfyllt", "not met");
            default -> pick(lang, "ei sovellu", "ej tillämpligt", "not applicable");
        };
    }

    static String evidenceKind(String kind, String lang) {
        return switch (kind) {
            case "barrier-finding" -> pick(lang, "Esteindikaattori", "Hinderindikator", "Barrier indicator");
            case "enabler-finding" -> pick(lang, "Mahdollistaja", "Möjliggörare", "Enabler");
            case "register-barrier" -> pick(lang, "Rekisterin este", "Hinder i registret", "Register barrier");
            default -> pick(lang, "Kysely", "Enkät", "Survey");
        };
    }

    static String evidenceCaption(String dimension, String lang) {
        return pick(lang, "Näyttö: ", "Belägg: ", "Evidence: ") + dimension;
    }

    static List<String> evidenceHeaders(String lang) {
        return List.of(pick(lang, "Laji", "Typ", "Kind"), pick(lang, "Tunnus", "Kod", "Code"), pick(lang, "Säännös", "Bestämmelse", "Provision"),
                pick(lang, "Teksti", "Text", "Text"), pick(lang, "Vaikutus", "Effekt", "Effect"));
    }

    static String flaggedCaption(ActNumber n, String lang) {
        return pick(lang, "Liputetut säännökset, " + n.local(), "Flaggade bestämmelser, " + n.local(), "Flagged provisions, " + n.local());
    }

    static List<String> flaggedHeaders(String lang) {
        return List.of(pick(lang, "Säännös", "Bestämmelse", "Provision"), pick(lang, "Indikaattori", "Indikator", "Indicator"),
                pick(lang, "Osuma", "Träff", "Match"));
    }

    static String barriersCaption(ActNumber n, String lang) {
        return pick(lang, "Rekisterin esteet, " + n.local(), "Hinder i registret, " + n.local(), "Register barriers, " + n.local());
    }

    static List<String> barrierHeaders(String lang) {
        return List.of(pick(lang, "Tunnus", "Kod", "Id"), pick(lang, "Este", "Hinder", "Barrier"), pick(lang, "Tila", "Status", "Status"),
                pick(lang, "Ehdotettu toimenpide", "Föreslagen åtgärd", "Proposed action"));
    }

    static List<String> draftHeaders(String lang) {
        return List.of(pick(lang, "Indikaattori", "Indikator", "Indicator"), pick(lang, "Teksti", "Text", "Text"),
                pick(lang, "Periaatteet", "Principer", "Principles"), pick(lang, "Ehdotus", "Förslag", "Suggestion"));
    }

    static String suppressedNote(List<String> groups, String lang) {
        return pick(lang, "Alle viiden vastaajan ryhmiä ei julkaista: ", "Grupper med färre än fem svarande publiceras inte: ",
                "Groups of fewer than five respondents are not published: ") + String.join(", ", groups) + ".";
    }
}
