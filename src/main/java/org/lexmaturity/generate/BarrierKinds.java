package org.lexmaturity.generate;

import java.util.Map;

/**
 * The kinds of planted barrier in the demo statutes ({@code planted-*.tsv}: WF, SIG, PERS, …) with their register
 * barrier type, theme and the texts a register entry about one carries. Shared by the demo data generator and the
 * benchmark data generator, so both write the same register vocabulary.
 */
public final class BarrierKinds {
    private BarrierKinds() {}

    /** Planted kind → barrier type code of the register (ontology/schemes.ttl). */
    public static final Map<String, String> BARRIER_TYPE = Map.ofEntries(
            Map.entry("WF", "written-form"), Map.entry("SIG", "handwritten-signature"), Map.entry("PERS", "personal-appearance"),
            Map.entry("ORIG", "original-document"), Map.entry("POST", "postal-delivery"), Map.entry("FORM", "prescribed-form"),
            Map.entry("NODISC", "no-disclosure-basis"), Map.entry("NOAUTO", "no-automation-basis"), Map.entry("APPL", "application-only"),
            Map.entry("LOC", "data-location"), Map.entry("TECH", "technology-specific"), Map.entry("REPEALED", "repealed-reference"));

    /** Planted kind → theme, as the barrier-type scheme in ontology/schemes.ttl has it (lxm:theme). */
    public static final Map<String, String> THEME = Map.ofEntries(
            Map.entry("WF", "maturity-assessment"), Map.entry("SIG", "maturity-assessment"), Map.entry("PERS", "maturity-assessment"),
            Map.entry("ORIG", "maturity-assessment"), Map.entry("POST", "maturity-assessment"), Map.entry("FORM", "maturity-assessment"),
            Map.entry("NODISC", "data-exchange"), Map.entry("NOAUTO", "automation"), Map.entry("APPL", "proactive"),
            Map.entry("LOC", "cloud"), Map.entry("TECH", "maturity-assessment"), Map.entry("REPEALED", "maturity-assessment"));

    /** Register texts per kind: title fi, sv, en, description fi, sv. */
    public static final Map<String, String[]> KIND_TEXT = Map.ofEntries(
            Map.entry("WF", new String[] {"Kirjallisen muodon tai paperin vaatimus", "Krav på skriftlig form eller papper", "Written-form or paper requirement",
                    "Säännös edellyttää kirjallista muotoa tai paperiasiakirjaa mainitsematta sähköistä vaihtoehtoa. Pelkkä kirjallisen muodon vaatimus on asiointilain (13/2003) 9 §:n vuoksi heikko este, nimenomainen paperivaatimus vahva.",
                    "Bestämmelsen kräver skriftlig form eller en pappershandling utan att nämna ett elektroniskt alternativ. Enbart krav på skriftlig form är ett svagt hinder på grund av 9 § i lag 13/2003, ett uttryckligt krav på papper ett starkt."}),
            Map.entry("SIG", new String[] {"Omakätinen allekirjoitus", "Egenhändig underskrift", "Handwritten signature",
                    "Säännös edellyttää omakätistä tai todistajien vahvistamaa allekirjoitusta, mikä estää täysin sähköisen asioinnin.",
                    "Bestämmelsen kräver en egenhändig eller bevittnad underskrift, vilket hindrar helt elektronisk kommunikation."}),
            Map.entry("PERS", new String[] {"Henkilökohtainen käynti", "Personlig inställelse", "Personal appearance",
                    "Asiakkaan on saavuttava henkilökohtaisesti toimipisteeseen; etätunnistusta ei sallita.",
                    "Kunden måste inställa sig personligen; identifiering på distans tillåts inte."}),
            Map.entry("ORIG", new String[] {"Alkuperäinen asiakirja", "Originalhandling", "Original document",
                    "Säännös edellyttää alkuperäistä paperiasiakirjaa tai oikeaksi todistettua jäljennöstä, vaikka tieto olisi saatavilla rekisteristä.",
                    "Bestämmelsen kräver en originalhandling eller bestyrkt kopia, fast uppgiften finns i ett register."}),
            Map.entry("POST", new String[] {"Postitse toimittaminen", "Postbefordran", "Postal delivery",
                    "Tiedoksianto tai toimittaminen on säädetty tehtäväksi postitse ilman sähköistä vaihtoehtoa.",
                    "Delgivning eller inlämning ska ske per post utan elektroniskt alternativ."}),
            Map.entry("FORM", new String[] {"Vahvistettu lomake", "Fastställd blankett", "Prescribed form",
                    "Hakemus on tehtävä viranomaisen vahvistamalla lomakkeella, mikä sitoo asioinnin lomakkeeseen.",
                    "Ansökan ska göras på en blankett som myndigheten fastställt."}),
            Map.entry("NODISC", new String[] {"Ei luovutusperustetta", "Ingen grund för utlämnande", "No basis for disclosure",
                    "Tietoja ei voi luovuttaa toiselle viranomaiselle, koska luovutukselle ei ole lakiperustetta tai salassapito estää sen.",
                    "Uppgifterna kan inte lämnas ut till en annan myndighet eftersom rättslig grund saknas eller sekretess hindrar det."}),
            Map.entry("NOAUTO", new String[] {"Ei perustetta automaattiselle päätökselle", "Ingen grund för automatiserat beslut",
                    "No basis for automated decisions",
                    "Päätös on varattu viranhaltijalle tai edellyttää tapauskohtaista harkintaa, joten hallintolain 8 b luvun mukainen automaattinen päätös ei ole mahdollinen.",
                    "Beslutet är förbehållet en tjänsteinnehavare eller kräver prövning från fall till fall, så automatiserat beslut enligt 8 b kap. i förvaltningslagen är inte möjligt."}),
            Map.entry("APPL", new String[] {"Vain hakemuksesta", "Endast på ansökan", "Only on application",
                    "Etuus tai palvelu myönnetään vain hakemuksesta, vaikka viranomaisella on tarvittavat tiedot; ennakoiva palvelu ei ole mahdollinen.",
                    "Förmånen eller tjänsten beviljas endast på ansökan, fast myndigheten har uppgifterna; en proaktiv tjänst är inte möjlig."}),
            Map.entry("LOC", new String[] {"Tietojen sijaintirajoitus", "Lokaliseringskrav", "Data-location restriction",
                    "Tietojen käsittely tai säilytys on rajattu Suomeen tai viranomaisen omiin järjestelmiin, mikä estää pilvipalvelujen käytön.",
                    "Behandlingen eller förvaringen är begränsad till Finland eller myndighetens egna system, vilket hindrar molntjänster."}),
            Map.entry("TECH", new String[] {"Teknologiasidonnainen ilmaus", "Teknikbundet uttryck", "Technology-specific wording",
                    "Säännös nimeää vanhentuneen tekniikan (telekopio, CD-levy, levyke tai paperilomake) toimituskanavaksi.",
                    "Bestämmelsen anger föråldrad teknik (telefax, cd-skiva, diskett eller pappersblankett) som kanal."}),
            Map.entry("REPEALED", new String[] {"Viittaus kumottuun säädökseen", "Hänvisning till upphävd författning", "Reference to a repealed act",
                    "Säännös viittaa kumottuun lakiin, mikä tekee sovellettavan sääntelyn epäselväksi.",
                    "Bestämmelsen hänvisar till en upphävd lag, vilket gör den tillämpliga regleringen oklar."}));

    /** Measure titles per kind: fi, sv, en. */
    public static final Map<String, String[]> MEASURE_TEXT = Map.ofEntries(
            Map.entry("WF", new String[] {"Paperimuotovaatimusten poistaminen", "Slopande av krav på pappersform", "Removing paper-form requirements"}),
            Map.entry("SIG", new String[] {"Omakätisen allekirjoituksen vaatimusten poistaminen", "Slopande av krav på egenhändig underskrift", "Removing handwritten-signature requirements"}),
            Map.entry("PERS", new String[] {"Henkilökohtaisen käynnin korvaaminen sähköisellä tunnistamisella", "Personlig inställelse ersätts med elektronisk identifiering", "Replacing personal appearance with electronic identification"}),
            Map.entry("ORIG", new String[] {"Alkuperäisten asiakirjojen korvaaminen rekisteritiedoilla", "Originalhandlingar ersätts med registeruppgifter", "Replacing original documents with register data"}),
            Map.entry("POST", new String[] {"Sähköinen tiedoksianto kirjatun kirjeen sijaan", "Elektronisk delgivning i stället för rekommenderat brev", "Electronic service instead of registered letters"}),
            Map.entry("FORM", new String[] {"Vahvistettujen lomakkeiden vaatimusten purkaminen", "Slopande av krav på fastställda blanketter", "Removing prescribed-form requirements"}),
            Map.entry("NODISC", new String[] {"Oikeusperusta tietojen luovuttamiselle viranomaisten välillä", "Rättslig grund för utlämnande av uppgifter mellan myndigheter", "Legal basis for disclosing data between authorities"}),
            Map.entry("NOAUTO", new String[] {"Oikeusperusta automaattiselle päätöksenteolle", "Rättslig grund för automatiserat beslutsfattande", "Legal basis for automated decision-making"}),
            Map.entry("APPL", new String[] {"Etuuksien myöntäminen viran puolesta", "Förmåner beviljas självmant", "Granting benefits ex officio"}),
            Map.entry("LOC", new String[] {"Tietojen sijaintirajoitusten uudistaminen pilvipalveluja varten", "Översyn av lokaliseringskrav för molntjänster", "Revising data-location restrictions for cloud services"}),
            Map.entry("TECH", new String[] {"Teknologiasidonnaisten ilmausten päivittäminen", "Uppdatering av teknikbundna uttryck", "Updating technology-specific wording"}),
            Map.entry("REPEALED", new String[] {"Viittausten päivittäminen kumottuihin säädöksiin", "Uppdatering av hänvisningar till upphävda författningar", "Updating references to repealed acts"}));
}
