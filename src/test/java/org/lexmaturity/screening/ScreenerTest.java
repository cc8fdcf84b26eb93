package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScreenerTest {
    private static final IndicatorRules RULES = IndicatorRules.shipped();
    private static final Screener SCREENER = new Screener(RULES);

    /**
     * One indicator, one language: a sentence where it must match (with the exact text it must match) and one
     * where it must not.
     */
    record Case(String code, String lang, String positive, String expected, String negative) {
        @Override
        public String toString() {
            return code + " @" + lang;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("written-form", "fi", "Hakemus on tehtävä kirjallisesti.", "kirjallisesti", "Hakemus voidaan tehdä kirjallisesti tai sähköisesti."),
                new Case("written-form", "sv", "Ansökan ska göras skriftligen.", "skriftligen", "Ansökan kan göras skriftligen eller elektroniskt."),
                new Case("paper-form", "fi", "Perukirja on toimitettava Verohallinnolle paperisena.", "paperisena", "Verohallinto voi erityisestä syystä hyväksyä ilmoituksen antamisen paperisena."),
                new Case("paper-form", "sv", "Bouppteckningen ska lämnas i pappersform.", "i pappersform", "Skatteförvaltningen kan av särskilda skäl godkänna att deklarationen lämnas i pappersform."),
                new Case("handwritten-signature", "fi", "Hakemuksen on oltava hakijan omakätisesti allekirjoittama.", "omakätisesti allekirjoittama", "Hakemus allekirjoitetaan sähköisesti."),
                new Case("handwritten-signature", "sv", "Ansökan ska vara egenhändigt undertecknad av sökanden.", "egenhändigt undertecknad", "Ansökan ska vara försedd med en elektronisk underskrift."),
                new Case("signature", "fi", "Anniskelulupaa koskevan hakemuksen on oltava hakijan allekirjoittama.", "allekirjoittama", "Hakemus voidaan varmentaa sähköisellä allekirjoituksella."),
                new Case("signature", "sv", "Ansökan ska vara undertecknad av sökanden.", "undertecknad", "Ansökan ska vara försedd med en elektronisk underskrift."),
                new Case("witnessed-signature", "fi", "Allekirjoituksen todistamiseen tarvitaan kaksi esteetöntä todistajaa.", "esteetöntä todistajaa", "Todistaja kuullaan käräjäoikeudessa."),
                new Case("witnessed-signature", "sv", "För att styrka underskriften krävs två ojäviga vittnen.", "ojäviga vittnen", "Vittnet hörs i tingsrätten."),
                new Case("personal-appearance", "fi", "Hakijan on saavuttava henkilökohtaisesti poliisilaitokselle.", "saavuttava henkilökohtaisesti", "Hakija voi osallistua kuulemiseen henkilökohtaisesti läsnä olematta videoneuvottelua käyttäen."),
                new Case("personal-appearance", "sv", "Sökanden ska inställa sig personligen vid polisinrättningen.", "inställa sig personligen", "Sökanden kan delta utan att vara personligen närvarande genom videokonferens."),
                new Case("original-document", "fi", "Panttikirja on liitettävä hakemukseen alkuperäisenä.", "alkuperäisenä", "Selvitykset voidaan toimittaa alkuperäisenä tai jäljennöksenä."),
                new Case("original-document", "sv", "Vigselbeviset ska fogas i original.", "i original", "Utredningarna kan lämnas in i original eller som kopia."),
                new Case("certified-copy", "fi", "Hakemukseen on liitettävä oikeaksi todistettu jäljennös tutkintotodistuksesta.", "oikeaksi todistettu", "Hakemukseen on liitettävä jäljennös tutkintotodistuksesta."),
                new Case("certified-copy", "sv", "Till ansökan ska fogas en bestyrkt kopia av examensbetyget.", "bestyrkt kopia", "Till ansökan ska fogas en kopia av examensbetyget."),
                new Case("postal-delivery", "fi", "Ilmoitus on toimitettava kirjatulla kirjeellä.", "kirjatulla kirjeellä", "Ilmoitus on toimitettava kirjatulla kirjeellä tai vastaavalla sähköisellä välineellä."),
                new Case("postal-delivery", "sv", "Beslutet delges som rekommenderat brev.", "rekommenderat brev", "Beslutet delges med rekommenderat brev eller med motsvarande elektroniska medel."),
                new Case("prescribed-form", "fi", "Ilmoitus annetaan Kansaneläkelaitoksen vahvistamalla lomakkeella.", "vahvistamalla lomakkeella", "Todentamisraportti annetaan sähköisesti viranomaisen vahvistamalla lomakkeella."),
                new Case("prescribed-form", "sv", "Anmälan görs på blankett som fastställts av Forststyrelsen.", "på blankett som fastställts", "Anmälan görs på en elektronisk blankett som fastställts av Forststyrelsen."),
                new Case("application-only", "fi", "Vanhempainpäivärahaa maksetaan hakemuksesta.", "hakemuksesta", "Etuus myönnetään viran puolesta."),
                new Case("application-only", "sv", "Föräldradagpenning betalas på ansökan.", "på ansökan", "Förmånen beviljas självmant utan ansökan."),
                new Case("discretion", "fi", "Poliisilaitos voi painavasta syystä myöntää luvan.", "painavasta syystä", "Verohallinto voi erityisestä syystä hyväksyä ilmoituksen antamisen paperisena."),
                new Case("discretion", "sv", "Kommunen kan av särskilda skäl ordna skolskjuts.", "särskilda skäl", "Skatteförvaltningen kan av särskilda skäl godkänna en anmälan i pappersform."),
                new Case("vague-criterion", "fi", "Viranomainen voi tarvittaessa keskeyttää toiminnan.", "tarvittaessa",
                        "Tarkempia säännöksiä annetaan tarvittaessa valtioneuvoston asetuksella."),
                new Case("vague-criterion", "sv", "Tillstånd beviljas om sökanden har tillräckliga kunskaper.", "tillräckliga",
                        "Närmare bestämmelser utfärdas vid behov genom förordning av statsrådet."),
                new Case("open-power", "fi", "Valvontaviranomainen voi kieltää rehun markkinoille saattamisen.", "voi kieltää",
                        "Valvontaviranomainen ei voi kieltää rehun markkinoille saattamista."),
                new Case("open-power", "sv", "Tillsynsmyndigheten kan förbjuda att fodret släpps ut på marknaden.", "kan förbjuda",
                        "Tillsynsmyndigheten kan inte förbjuda att fodret släpps ut på marknaden."),
                new Case("reserved-official", "fi", "Päätöksen hoitorahasta tekee viranhaltija, jonka toimielin on määrännyt.", "tekee viranhaltija", "Päätös voidaan tehdä automaattisesti, muutoin sen tekee viranhaltija."),
                new Case("reserved-official", "sv", "Beslut om vårdpenning fattas av en tjänsteinnehavare som organet har förordnat.", "fattas av en tjänsteinnehavare", "Beslut om vårdpenning kan fattas automatiserat eller av en tjänsteinnehavare."),
                new Case("automation-excluded", "fi", "Päätöstä ei saa tehdä automaattisesti.", "ei saa tehdä automaattisesti", "Päätös voidaan tehdä automaattisesti hallintolain 8 b luvun mukaisesti."),
                new Case("automation-excluded", "sv", "Beslutet får inte fattas automatiserat.", "får inte fattas automatiserat", "Beslutet kan fattas automatiserat enligt 8 b kap. i förvaltningslagen."),
                new Case("consent-only", "fi", "Tietoja saa luovuttaa vain asianosaisen suostumuksella.", "vain asianosaisen suostumuksella", "Tietoja saa luovuttaa ilman asianosaisen suostumusta."),
                new Case("consent-only", "sv", "Uppgifter får lämnas ut endast med den registrerades samtycke.", "endast med den registrerades samtycke", "Uppgifter får lämnas ut utan den registrerades samtycke."),
                new Case("disclosure-prohibited", "fi", "Tiedot ovat salassa pidettäviä eikä niitä saa luovuttaa muille viranomaisille.", "salassa pidettäviä eikä niitä saa luovuttaa muille viranomaisille", "Tiedot saadaan salassapitosäännösten estämättä."),
                new Case("disclosure-prohibited", "sv", "Uppgifterna är sekretessbelagda och får inte lämnas ut till andra myndigheter.", "sekretessbelagda och får inte lämnas ut till andra myndigheter", "Uppgifterna får lämnas ut till andra myndigheter utan hinder av sekretess."),
                new Case("secrecy", "fi", "Hakijan terveydentilaa koskevat tiedot ovat salassa pidettäviä.", "salassa pidettäviä", "Tiedot voidaan luovuttaa salassapitosäännösten estämättä."),
                new Case("secrecy", "sv", "Uppgifterna om sökandens hälsa är sekretessbelagda.", "sekretessbelagda", "Uppgifterna är sekretessbelagda men lämnas ut utan hinder av sekretess."),
                new Case("data-location", "fi", "Rekisterin tiedot on säilytettävä Suomen alueella sijaitsevissa palvelinkeskuksissa.", "säilytettävä Suomen alueella", "Rekisterin tiedot on säilytettävä tietoturvallisesti."),
                new Case("data-location", "sv", "Uppgifterna i registret får inte överlåtas till utlandet.", "får inte överlåtas till utlandet", "Uppgifterna får överlåtas till utlandet om skyddet tryggas."),
                new Case("security-classification", "fi", "Lausunto ja sen liitteet voivat olla turvallisuusluokiteltuja.", "turvallisuusluokiteltuja", "Lausunto ja sen liitteet ovat julkisia."),
                new Case("security-classification", "sv", "Utlåtandet kan vara säkerhetsklassificerat.", "säkerhetsklassificerat", "Utlåtandet är offentligt."),
                new Case("technology-specific", "fi", "Saalistiedot toimitetaan Metsähallitukselle telekopiona.", "telekopiona", "Saalistiedot toimitetaan Metsähallitukselle sähköisesti."),
                new Case("technology-specific", "sv", "Uppgifterna lämnas till Folkpensionsanstalten på cd-skiva.", "cd-skiva", "Uppgifterna lämnas till Folkpensionsanstalten elektroniskt."),
                new Case("repealed-reference", "fi", "Rekisteriin sovelletaan henkilötietolakia (523/1999).", "henkilötietolakia", "Tällä lailla kumotaan henkilötietolaki (523/1999)."),
                new Case("repealed-reference", "sv", "På registret tillämpas personuppgiftslagen (523/1999).", "personuppgiftslagen", "Genom denna lag upphävs personuppgiftslagen (523/1999)."),
                new Case("local-definition", "fi", "Tässä laissa tulolla tarkoitetaan veronalaisia ansiotuloja.", "tulolla tarkoitetaan veronalaisia ansiotuloja", "Tässä laissa viranomaisella tarkoitetaan valtion virastoa."),
                new Case("local-definition", "sv", "Med inkomst avses i denna lag skattepliktiga förvärvsinkomster.", "Med inkomst avses", "Med myndighet avses i denna lag en statlig myndighet."),
                new Case("ex-officio", "fi", "Etuus myönnetään viran puolesta.", "viran puolesta", "Etuus myönnetään hakemuksesta."),
                new Case("ex-officio", "sv", "Förmånen beviljas självmant.", "självmant", "Förmånen beviljas på ansökan."),
                new Case("secrecy-override", "fi", "Tiedot saadaan salassapitosäännösten estämättä.", "salassapitosäännösten estämättä", "Tiedot ovat salassa pidettäviä."),
                new Case("secrecy-override", "sv", "Uppgifterna fås utan hinder av sekretessbestämmelserna.", "utan hinder av sekretessbestämmelserna", "Uppgifterna är sekretessbelagda."),
                new Case("right-to-obtain", "fi", "Kunnalla on oikeus saada perheen tulotiedot tulorekisteristä.", "oikeus saada perheen tulotiedot", "Kunnalla on velvollisuus antaa neuvontaa."),
                new Case("right-to-obtain", "sv", "Kommunen har rätt att få uppgifter ur inkomstregistret.", "rätt att få uppgifter", "Kommunen ska ge råd."),
                new Case("technical-access", "fi", "Tiedot luovutetaan teknisen käyttöyhteyden avulla.", "teknisen käyttöyhteyden", "Tiedot luovutetaan pyynnöstä."),
                new Case("technical-access", "sv", "Uppgifterna lämnas ut via teknisk anslutning.", "teknisk anslutning", "Uppgifterna lämnas ut på begäran."),
                new Case("electronic-means", "fi", "Ilmoitus tehdään sähköisesti.", "sähköisesti", "Ilmoitus tehdään kirjallisesti."),
                new Case("electronic-means", "sv", "Anmälan görs elektroniskt.", "elektroniskt", "Anmälan görs skriftligen."),
                new Case("automated-decision-basis", "fi", "Päätös voidaan tehdä automaattisesti hallintolain 8 b luvun mukaisesti.", "tehdä automaattisesti", "Päätöstä ei saa tehdä automaattisesti."),
                new Case("automated-decision-basis", "sv", "Beslutet kan fattas automatiserat enligt 8 b kap. i förvaltningslagen.", "automatiserat", "Beslutet får inte fattas automatiserat."),
                new Case("security-by-design", "fi", "Rekisterinpitäjän on huolehdittava tietoturvasta ja lokitietojen keräämisestä.", "tietoturvasta",
                        "Rekisterinpitäjän on huolehdittava tietojen oikeellisuudesta."),
                new Case("security-by-design", "sv", "Den personuppgiftsansvarige ska sörja för informationssäkerheten och loggningen.", "informationssäkerheten",
                        "Den personuppgiftsansvarige ska sörja för att uppgifterna är korrekta."),
                new Case("data-minimisation", "fi", "Tiedot on poistettava rekisteristä viiden vuoden kuluttua.", "on poistettava",
                        "Tiedot on merkittävä rekisteriin viipymättä."),
                new Case("data-minimisation", "sv", "Uppgifterna ska utplånas ur registret fem år efter anmälan.", "ska utplånas ur",
                        "Uppgifterna ska föras in i registret utan dröjsmål."),
                new Case("paper-exception", "fi", "Verohallinto voi erityisestä syystä hyväksyä ilmoituksen antamisen paperisena.", "syystä hyväksyä ilmoituksen antamisen paperisena", "Ilmoitus on annettava paperisena."),
                new Case("paper-exception", "sv", "Skatteförvaltningen kan av särskilda skäl godkänna en anmälan i pappersform.", "skäl godkänna en anmälan i pappersform", "Anmälan ska lämnas i pappersform."));
    }

    @ParameterizedTest(name = "{0} matches")
    @MethodSource("cases")
    void findsTheIndicatorWithItsExactSpan(Case c) {
        List<Match> matches = SCREENER.screen(c.positive(), c.lang());
        int start = c.positive().indexOf(c.expected());
        assertThat(start).as("test data: expected text occurs").isNotNegative();
        assertThat(matches).as(c + " in: " + c.positive())
                .filteredOn(m -> m.indicator().code().equals(c.code()))
                .extracting(Match::start, Match::end, Match::text, Match::language)
                .contains(tuple(start, start + c.expected().length(), c.expected(), c.lang()));
    }

    @ParameterizedTest(name = "{0} does not stand")
    @MethodSource("cases")
    void theIndicatorDoesNotStandInTheNegativeSentence(Case c) {
        // absent, or (a barrier with an alternative in the same sentence) mitigated
        assertThat(SCREENER.screen(c.negative(), c.lang())).as(c + " in: " + c.negative())
                .filteredOn(m -> !m.mitigated()).extracting(m -> m.indicator().code()).doesNotContain(c.code());
    }

    @Test
    void everyBarrierAndEnablerHasFinnishAndSwedishCases() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.code() + "@" + c.lang()));
        List<String> missing = new ArrayList<>();
        for (Indicator i : RULES.indicators()) {
            if (i.polarity() == Polarity.MITIGATOR) {
                continue;
            }
            for (String lang : List.of("fi", "sv")) {
                if (!covered.contains(i.code() + "@" + lang)) {
                    missing.add(i.code() + "@" + lang);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void writtenFormAndApplicationAreBothFoundWithExactSpans() {
        // the form of an application ("hakemus on tehtävä") is not an application-only procedure (the screening guide)
        assertThat(SCREENER.screen("Tuki myönnetään hakemuksesta, joka on tehtävä kirjallisesti.", "fi"))
                .extracting(m -> m.indicator().code(), Match::start, Match::end, Match::text, Match::sentenceStart, Match::sentenceEnd)
                .containsExactly(tuple("application-only", 16, 28, "hakemuksesta", 0, 60),
                        tuple("written-form", 46, 59, "kirjallisesti", 0, 60));
    }

    @Test
    void anElectronicAlternativeMitigatesTheBarrierAndIsAnEnabler() {
        assertThat(SCREENER.screen("Hakemus voidaan tehdä kirjallisesti tai sähköisesti.", "fi"))
                .extracting(m -> m.indicator().polarity(), m -> m.indicator().code(), Match::text, m -> m.mitigatedBy().map(Indicator::code).orElse(""))
                .containsExactly(tuple(Polarity.BARRIER, "written-form", "kirjallisesti", "electronic-alternative"),
                        tuple(Polarity.ENABLER, "electronic-means", "sähköisesti", ""));
        assertThat(SCREENER.screen("Anmälan kan göras skriftligen eller elektroniskt.", "sv"))
                .extracting(m -> m.indicator().code(), Match::mitigated)
                .containsExactly(tuple("written-form", true), tuple("electronic-means", false));
        assertThat(SCREENER.screen("Utredningarna kan lämnas in i original eller som kopia.", "sv"))
                .extracting(m -> m.indicator().code(), Match::mitigated).containsExactly(tuple("original-document", true));
    }

    @Test
    void aNegationNearTheWordAndDefinitionScopeAndDeemingClausesAreNoIndicators() {
        assertThat(SCREENER.screen("Ilmoitus on tehtävä kirjallisesti, mutta allekirjoitusta ei tarvita.", "fi"))
                .extracting(m -> m.indicator().code()).containsExactly("written-form");
        assertThat(SCREENER.screen("Anmälan ska göras skriftligen men behöver inte undertecknas.", "sv"))
                .extracting(m -> m.indicator().code()).containsExactly("written-form");
        assertThat(SCREENER.screen("Tässä laissa tarkoitetaan:\n1) hakemuksella kirjallista pyyntöä;\n2) luvalla harkinnanvaraista päätöstä.", "fi"))
                .as("the items of a definition list are definitions too").isEmpty();
        assertThat(SCREENER.screen("Denna lag tillämpas på\n1) elektronisk kommunikation med myndigheter,\n2) skriftliga anmälningar.", "sv"))
                .isEmpty();
        assertThat(SCREENER.screen("Postitse lähetetyn kirjeen katsotaan saapuneen seitsemäntenä päivänä lähettämisestä.", "fi")).isEmpty();
        assertThat(SCREENER.screen("Tämän jälkeen ilmoitus on tehtävä kirjallisesti.", "fi"))
                .as("a plain requirement after a list").extracting(m -> m.indicator().code()).containsExactly("written-form");
    }

    @Test
    void registeredLetterWithAnElectronicEquivalentIsNoBarrier() {
        assertThat(barriers("Ilmoitus on toimitettava kirjatulla kirjeellä.", "fi")).containsExactly("postal-delivery");
        assertThat(barriers("Ilmoitus on toimitettava kirjatulla kirjeellä tai vastaavalla sähköisellä välineellä.", "fi")).isEmpty();
    }

    @Test
    void aPaperExceptionToADigitalFirstRuleIsAnEnablerNotAPaperRequirement() {
        List<Match> matches = SCREENER.screen("Verohallinto voi erityisestä syystä hyväksyä ilmoituksen antamisen paperisena.", "fi");
        assertThat(matches).extracting(m -> m.indicator().polarity()).containsOnly(Polarity.ENABLER);
        assertThat(matches).extracting(m -> m.indicator().code()).containsExactly("paper-exception");
    }

    @Test
    void findsEnablers() {
        assertThat(SCREENER.screen("Tiedot saadaan salassapitosäännösten estämättä", "fi"))
                .extracting(m -> m.indicator().code(), Match::start, Match::end)
                .containsExactly(tuple("secrecy-override", 15, 46));
        assertThat(SCREENER.screen("Etuus myönnetään viran puolesta", "fi"))
                .extracting(m -> m.indicator().code(), Match::start, Match::end, Match::text)
                .containsExactly(tuple("ex-officio", 17, 31, "viran puolesta"));
    }

    @Test
    void aMitigatorInAnotherSentenceDoesNotCancel() {
        String text = "Hakemus on jätettävä kirjallisesti. Muut ilmoitukset voidaan tehdä kirjallisesti tai sähköisesti.";
        assertThat(SCREENER.screen(text, "fi")).filteredOn(m -> m.indicator().polarity() == Polarity.BARRIER)
                .extracting(m -> m.indicator().code(), Match::start, Match::sentenceStart, Match::sentenceEnd, Match::mitigated)
                .containsExactly(tuple("application-only", 0, 0, 35, false), tuple("written-form", 21, 0, 35, false),
                        tuple("written-form", 67, 36, 97, true));
    }

    @Test
    void sentencesDoNotEndAfterSectionSignsOrAbbreviations() {
        String text = "Lain 1 §. Hakemus on tehtävä kirjallisesti esim. Kelalle. Päätös annetaan tiedoksi postitse.";
        List<Match> matches = SCREENER.screen(text, "fi");
        int second = text.indexOf("Päätös");
        assertThat(matches).extracting(m -> m.indicator().code(), Match::sentenceStart, Match::sentenceEnd)
                .contains(tuple("written-form", 0, second - 1), tuple("postal-delivery", second, text.length()));
    }

    @Test
    void splitsSentencesListItemsAndLines() {
        assertThat(split("Hakemus on tehtävä kirjallisesti esim. Kelalle. Päätös annetaan 1 §:n mukaan.", "fi"))
                .containsExactly("Hakemus on tehtävä kirjallisesti esim. Kelalle.", "Päätös annetaan 1 §:n mukaan.");
        assertThat(split("Till ansökan ska fogas t.ex. ett intyg enligt 5 § 2 mom. Intyget ges i original.", "sv"))
                .containsExactly("Till ansökan ska fogas t.ex. ett intyg enligt 5 § 2 mom. Intyget ges i original.");
        assertThat(split("Ilmoitukseen on liitettävä: 1)todistus alkuperäisenä; ja 2)selvitys alkuperäisenä tai jäljennöksenä.", "fi"))
                .containsExactly("Ilmoitukseen on liitettävä:", "1)todistus alkuperäisenä;", "ja", "2)selvitys alkuperäisenä tai jäljennöksenä.");
        assertThat(split("ska fogas 1)intyget i original, och 2)utredningen i original eller som kopia.", "sv"))
                .containsExactly("ska fogas", "1)intyget i original, och", "2)utredningen i original eller som kopia.");
        assertThat(split("Rekisteriin sovelletaan lakia (523/1999). Se on kumottu.\nUusi rivi", "fi"))
                .containsExactly("Rekisteriin sovelletaan lakia (523/1999).", "Se on kumottu.", "Uusi rivi");
        assertThat(split("Katso s. 12 ja mom. 3 kohta. Teksti jatkuu", "fi")).containsExactly("Katso s. 12 ja mom. 3 kohta.", "Teksti jatkuu");
    }

    @Test
    void aListItemKeepsItsOwnBarrierWhenAnotherItemHasTheAlternative() {
        String text = "Ilmoitukseen on liitettävä: 1)todistus alkuperäisenä; ja 2)selvitys alkuperäisenä tai jäljennöksenä.";
        assertThat(SCREENER.screen(text, "fi")).extracting(m -> m.indicator().code(), Match::start, Match::mitigated)
                .containsExactly(tuple("original-document", text.indexOf("alkuperäisenä"), false),
                        tuple("original-document", text.lastIndexOf("alkuperäisenä"), true));
        String sv = "Till anmälan ska fogas 1)intyget i original, och 2)en utredning i original eller som kopia.";
        // by end: with the Swedish analyser the first match takes in its document ("intyget i original")
        assertThat(SCREENER.screen(sv, "sv")).extracting(m -> m.indicator().code(), Match::end, Match::mitigated)
                .containsExactly(tuple("original-document", sv.indexOf("i original") + "i original".length(), false),
                        tuple("original-document", sv.lastIndexOf("i original") + "i original".length(), true));
    }

    @Test
    void screensEnglishToo() {
        assertThat(barriers("The application must be made in writing and signed by hand.", "en"))
                .contains("written-form", "handwritten-signature");
        assertThat(barriers("The application may be made in writing or electronically.", "en")).isEmpty();
    }

    @Test
    void emptyTextAndUnknownLanguage() {
        assertThat(SCREENER.screen("", "fi")).isEmpty();
        assertThat(SCREENER.screen("   \n ", "sv")).isEmpty();
        assertThatThrownBy(() -> SCREENER.screen("Text", "de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'");
    }

    /** The barriers that stand: found, and not mitigated by an alternative in the same sentence. */
    private static List<String> barriers(String text, String lang) {
        return SCREENER.screen(text, lang).stream().filter(m -> m.indicator().polarity() == Polarity.BARRIER && !m.mitigated())
                .map(m -> m.indicator().code()).toList();
    }

    private static List<String> split(String text, String lang) {
        List<String> out = new ArrayList<>();
        int s = Sentences.skipSpace(text, 0);
        while (s < text.length()) {
            int e = Sentences.end(text, s);
            out.add(text.substring(s, e).strip());
            s = Sentences.skipSpace(text, e);
        }
        return out;
    }
}
