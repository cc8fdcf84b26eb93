package org.lexmaturity.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexmaturity.generate.BarrierKinds;
import org.lexmaturity.generate.StableWorkbook;

/**
 * Writes the demo survey export, its mapping and the demo barrier register into a folder (normally
 * {@code surveys/} at the top of the repository):
 * <ul>
 *   <li>{@code demo-survey.xlsx}: a Webropol/Forms-style export of the Ministry of Finance survey
 *       "Digitalisaation lainsäädännölliset esteet 2025" (sheets Ohjeet, Vastaukset, Svar), 120 fictional answers;</li>
 *   <li>{@code demo-survey.yaml}: the mapping the survey importer reads;</li>
 *   <li>{@code demo-register.xlsx}: the barrier register (sheets Barriers, Measures).</li>
 * </ul>
 * Everything is derived from the demo statutes and their planted-barrier lists in
 * {@code src/main/resources/demo/statutes/} (read from the class path) and a fixed random seed, so the output is
 * the same on every run. Organisations are real Finnish public bodies; people, e-mail addresses, phone numbers
 * and answers are fictional (e-mail only under example.fi / example.org).
 *
 * <p>Run: {@code mvn -q -o test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.lexmaturity.demo.DemoDataGenerator surveys}
 * (cp.txt from {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class DemoDataGenerator {
    public static final long SEED = 20250314L;
    public static final String SURVEY_ID = "vm-esteet-2025";
    /** The day the register is "as of": every status date is on or before it, a target date before it is past. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    static final String STATUTES = "/demo/statutes/";
    static final List<String> PLANTED = List.of("planted-9001-9015.tsv", "planted-9016-9030.tsv");

    private final Random rnd = new Random(SEED);

    /** Writes the three files into the folder given as the only argument (default: surveys). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "surveys");
        DemoDataGenerator g = new DemoDataGenerator();
        g.generate();
        g.write(out);
        System.out.print(g.summary());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Demo statutes and planted barriers
    // ------------------------------------------------------------------------------------------------------------

    static final class Act {
        final String id;
        final int number;
        final int year;
        String titleFi;
        String titleSv;
        final Set<String> eIds = new LinkedHashSet<>();

        Act(String id) {
            this.id = id;
            this.number = Integer.parseInt(id.substring(0, id.indexOf('/')));
            this.year = Integer.parseInt(id.substring(id.indexOf('/') + 1));
        }

        String resource(String lang) {
            return STATUTES + "demo-" + year + "-" + number + "-" + lang + ".xml";
        }

        int maxSection() {
            int max = 0;
            for (String e : eIds) {
                Matcher m = Pattern.compile("sec_(\\d+)").matcher(e);
                if (m.find()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
            return max;
        }
    }

    /** One planted barrier (or enabler) in one subsection, with its Finnish and Swedish phrase. */
    record Planted(String act, String eId, String kind, String phraseFi, String phraseSv, String note) {
        Sec sec() {
            return Sec.parse(eId);
        }
    }

    /** A section reference parsed from an eId such as {@code chp_2__sec_5a__subsec_2}. */
    record Sec(String chapter, String number, String letter, int subsec) {
        static Sec parse(String eId) {
            String chapter = null;
            String sec = null;
            int subsec = 0;
            for (String p : eId.split("__")) {
                if (p.startsWith("chp_")) {
                    chapter = p.substring(4);
                } else if (p.startsWith("sec_")) {
                    sec = p.substring(4);
                } else if (p.startsWith("subsec_")) {
                    subsec = Integer.parseInt(p.substring(7));
                }
            }
            Matcher m = Pattern.compile("(\\d+)([a-z]*)").matcher(sec);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a section eId: " + eId);
            }
            return new Sec(chapter, m.group(1), m.group(2), subsec);
        }

        /** "5 §", "5 a §". */
        String label() {
            return number + (letter.isEmpty() ? "" : " " + letter) + " §";
        }

        /** The eId of the whole section: {@code chp_2__sec_5}. */
        String sectionEId() {
            return (chapter == null ? "" : "chp_" + chapter + "__") + "sec_" + number + letter;
        }
    }

    /** Ministry responsible for each demo act (from the signatory's title in the act). */
    static final Map<Integer, String> ACT_MINISTRY = Map.ofEntries(
            Map.entry(9001, "MMM"), Map.entry(9002, "OM"), Map.entry(9003, "OKM"), Map.entry(9004, "OKM"), Map.entry(9005, "OKM"),
            Map.entry(9006, "STM"), Map.entry(9007, "LVM"), Map.entry(9008, "TEM"), Map.entry(9009, "STM"), Map.entry(9010, "MMM"),
            Map.entry(9011, "YM"), Map.entry(9012, "VM"), Map.entry(9013, "SM"), Map.entry(9014, "TEM"), Map.entry(9015, "OM"),
            Map.entry(9016, "MMM"), Map.entry(9017, "OKM"), Map.entry(9018, "OM"), Map.entry(9019, "VM"), Map.entry(9020, "VM"),
            Map.entry(9021, "TEM"), Map.entry(9022, "TEM"), Map.entry(9023, "STM"), Map.entry(9024, "YM"), Map.entry(9025, "STM"),
            Map.entry(9026, "YM"), Map.entry(9027, "LVM"), Map.entry(9028, "SM"), Map.entry(9029, "OKM"), Map.entry(9030, "STM"));

    /** Life events each demo act touches (empty for acts no citizen life event runs through). */
    static final Map<Integer, List<String>> ACT_LIFE_EVENTS = Map.ofEntries(
            Map.entry(9001, List.of()), Map.entry(9002, List.of("death-and-inheritance")), Map.entry(9003, List.of("studying")),
            Map.entry(9004, List.of("studying")), Map.entry(9005, List.of("birth-of-child")),
            Map.entry(9006, List.of("retirement", "serious-illness")), Map.entry(9007, List.of()), Map.entry(9008, List.of("starting-business")),
            Map.entry(9009, List.of("job-loss", "serious-illness")), Map.entry(9010, List.of()), Map.entry(9011, List.of("moving")),
            Map.entry(9012, List.of("moving")), Map.entry(9013, List.of()), Map.entry(9014, List.of("starting-business")),
            Map.entry(9015, List.of("serious-illness", "retirement")), Map.entry(9016, List.of()), Map.entry(9017, List.of("starting-school")),
            Map.entry(9018, List.of("death-and-inheritance")), Map.entry(9019, List.of("starting-business")),
            Map.entry(9020, List.of("moving-abroad", "moving")), Map.entry(9021, List.of("starting-business")), Map.entry(9022, List.of("job-loss")),
            Map.entry(9023, List.of("birth-of-child")), Map.entry(9024, List.of("moving", "job-loss")), Map.entry(9025, List.of("serious-illness")),
            Map.entry(9026, List.of("starting-business")), Map.entry(9027, List.of()), Map.entry(9028, List.of("moving-abroad")),
            Map.entry(9029, List.of()), Map.entry(9030, List.of("serious-illness")));

    /** Planted kind → barrier type code of the register. */
    static final Map<String, String> BARRIER_TYPE = BarrierKinds.BARRIER_TYPE;

    /** Barrier type → theme, as the barrier-type scheme in ontology/schemes.ttl has it (lxm:theme). */
    static final Map<String, String> THEME = BarrierKinds.THEME;

    final Map<String, Act> acts = new TreeMap<>(Comparator.comparingInt((String a) -> Integer.parseInt(a.substring(0, a.indexOf('/')))));
    final List<Planted> planted = new ArrayList<>();

    void loadStatutes() throws IOException {
        Map<String, String[]> pairs = new LinkedHashMap<>();
        for (String file : PLANTED) {
            String text = resource(STATUTES + file);
            boolean header = true;
            for (String line : text.split("\r?\n")) {
                if (header || line.isBlank()) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                acts.computeIfAbsent(f[0], Act::new);
                String key = f[0] + "|" + f[1] + "|" + f[3];
                String[] p = pairs.computeIfAbsent(key, k -> new String[] {f[0], f[1], f[3], null, null, f[5]});
                if (f[2].equals("fi") && p[3] == null) {
                    p[3] = f[4];
                } else if (f[2].equals("sv") && p[4] == null) {
                    p[4] = f[4];
                }
            }
        }
        for (String[] p : pairs.values()) {
            planted.add(new Planted(p[0], p[1], p[2], p[3], p[4], p[5]));
        }
        Pattern title = Pattern.compile("<docTitle>([^<]*)</docTitle>");
        Pattern eId = Pattern.compile("eId=\"([^\"]*)\"");
        for (Act a : acts.values()) {
            String fin = resource(a.resource("fin"));
            String swe = resource(a.resource("swe"));
            Matcher m = title.matcher(fin);
            a.titleFi = m.find() ? m.group(1).strip() : a.id;
            m = title.matcher(swe);
            a.titleSv = m.find() ? m.group(1).strip() : a.id;
            m = eId.matcher(fin);
            while (m.find()) {
                a.eIds.add(m.group(1));
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DemoDataGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path (run mvn -o -q compile first)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Barriers (built before the survey, so that free-text answers can cite their sections)
    // ------------------------------------------------------------------------------------------------------------

    static final class Barrier {
        String id;
        String kind;
        final List<Planted> rows = new ArrayList<>();
        String provisions;
        int severity;
        String ministry;
        String action;
        String status;
        final List<String[]> history = new ArrayList<>();
        final List<String> supportedBy = new ArrayList<>();
        final List<String> lifeEvents = new ArrayList<>();
        Measure measure;
        int cited;

        String theme() {
            return THEME.get(kind);
        }
    }

    final List<Barrier> barriers = new ArrayList<>();
    /** act|sectionEId|kind → barrier. */
    final Map<String, Barrier> barrierBySection = new HashMap<>();

    static String sectionKey(String act, String sectionEId, String kind) {
        return act + "|" + sectionEId + "|" + kind;
    }

    void buildBarriers() {
        Barrier personalDataAct = null;
        for (Planted p : planted) {
            if (p.kind().equals("ENABLER")) {
                continue;
            }
            String key = sectionKey(p.act(), p.sec().sectionEId(), p.kind());
            Barrier b = barrierBySection.get(key);
            if (b == null && p.kind().equals("REPEALED") && p.phraseFi().contains("523/1999")) {
                // the three references to the repealed Personal Data Act are one barrier with three provisions
                if (personalDataAct == null) {
                    personalDataAct = new Barrier();
                    personalDataAct.kind = p.kind();
                    barriers.add(personalDataAct);
                }
                b = personalDataAct;
            } else if (b == null) {
                b = new Barrier();
                b.kind = p.kind();
                barriers.add(b);
            }
            barrierBySection.put(key, b);
            b.rows.add(p);
        }
        int n = 0;
        for (Barrier b : barriers) {
            b.id = String.format(Locale.ROOT, "B-%03d", ++n);
            List<String> provisions = new ArrayList<>();
            Map<String, Integer> ministries = new LinkedHashMap<>();
            for (Planted p : b.rows) {
                Sec s = p.sec();
                double u = rnd.nextDouble();
                String prov;
                if (u < 0.2 && s.chapter() != null) {
                    prov = p.act() + " " + s.chapter() + " luku " + s.label();
                } else if (u < 0.45) {
                    prov = p.act() + " " + s.label() + " " + s.subsec() + " mom.";
                } else {
                    prov = p.act() + " " + s.label();
                }
                provisions.add(prov);
                int number = acts.get(p.act()).number;
                ministries.merge(ACT_MINISTRY.get(number), 1, Integer::sum);
                for (String le : ACT_LIFE_EVENTS.get(number)) {
                    if (!b.lifeEvents.contains(le)) {
                        b.lifeEvents.add(le);
                    }
                }
            }
            b.provisions = String.join("; ", provisions);
            b.ministry = ministries.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            boolean writtenOnly = b.kind.equals("WF") && b.rows.stream().allMatch(p -> p.phraseFi().contains("kirjallisesti"));
            int base = writtenOnly ? 1 : switch (b.kind) {
                case "NODISC", "NOAUTO", "PERS", "SIG", "LOC" -> 4;
                case "ORIG", "POST", "APPL" -> 3;
                case "WF", "FORM", "TECH" -> 2;
                default -> 1; // REPEALED
            };
            b.severity = Math.max(1, Math.min(5, base + (rnd.nextDouble() < 0.3 ? (rnd.nextBoolean() ? 1 : -1) : 0)));
            b.action = switch (b.kind) {
                case "NODISC", "NOAUTO" -> "new-legal-basis";
                case "FORM", "TECH" -> pick("amend", "amend", "repeal");
                case "WF" -> writtenOnly ? pick("guidance", "clarify") : "amend";
                case "LOC" -> pick("clarify", "amend", "guidance");
                case "APPL" -> pick("amend", "new-legal-basis");
                default -> "amend";
            };
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Respondent organisations
    // ------------------------------------------------------------------------------------------------------------

    /** A respondent organisation: type code (ministry, agency, municipality, wellbeing-county, other), sheet language, branch. */
    record Org(String name, String type, String lang, String branch) {}

    static final String[][] MINISTRIES = {
            {"Valtioneuvoston kanslia", "VNK"}, {"Ulkoministeriö", "UM"}, {"Oikeusministeriö", "OM"}, {"Sisäministeriö", "SM"},
            {"Puolustusministeriö", "PLM"}, {"Valtiovarainministeriö", "VM"}, {"Opetus- ja kulttuuriministeriö", "OKM"},
            {"Maa- ja metsätalousministeriö", "MMM"}, {"Liikenne- ja viestintäministeriö", "LVM"}, {"Työ- ja elinkeinoministeriö", "TEM"},
            {"Sosiaali- ja terveysministeriö", "STM"}, {"Ympäristöministeriö", "YM"}};

    static final Map<String, String> MINISTRY_FI = new LinkedHashMap<>();

    static {
        for (String[] m : MINISTRIES) {
            MINISTRY_FI.put(m[1], m[0]);
        }
    }

    static final String[][] AGENCIES = {
            {"Kansaneläkelaitos Kela", "STM"}, {"Verohallinto", "VM"}, {"Digi- ja väestötietovirasto", "VM"}, {"Valtiokonttori", "VM"},
            {"Tilastokeskus", "VM"}, {"Valtion tieto- ja viestintätekniikkakeskus Valtori", "VM"}, {"Tulli", "VM"},
            {"Liikenne- ja viestintävirasto Traficom", "LVM"}, {"Väylävirasto", "LVM"}, {"Ilmatieteen laitos", "LVM"},
            {"Maanmittauslaitos", "MMM"}, {"Ruokavirasto", "MMM"}, {"Luonnonvarakeskus", "MMM"}, {"Metsähallitus", "MMM"},
            {"Patentti- ja rekisterihallitus", "TEM"}, {"Työllisyysrahasto", "TEM"}, {"Kilpailu- ja kuluttajavirasto", "TEM"},
            {"Turvallisuus- ja kemikaalivirasto Tukes", "TEM"}, {"KEHA-keskus", "TEM"}, {"Opetushallitus", "OKM"},
            {"Kansallisarkisto", "OKM"}, {"Sosiaali- ja terveysalan lupa- ja valvontavirasto Valvira", "STM"},
            {"Terveyden ja hyvinvoinnin laitos THL", "STM"}, {"Lääkealan turvallisuus- ja kehittämiskeskus Fimea", "STM"},
            {"Eläketurvakeskus", "STM"}, {"Etelä-Suomen aluehallintovirasto", "VM"}, {"Lounais-Suomen aluehallintovirasto", "VM"},
            {"Pohjois-Suomen aluehallintovirasto", "VM"}, {"Maahanmuuttovirasto Migri", "SM"}, {"Poliisihallitus", "SM"},
            {"Hätäkeskuslaitos", "SM"}, {"Rajavartiolaitos", "SM"}, {"Oikeusrekisterikeskus", "OM"},
            {"Tietosuojavaltuutetun toimisto", "OM"}, {"Rikosseuraamuslaitos", "OM"}, {"Ulosottolaitos", "OM"},
            {"Suomen ympäristökeskus Syke", "YM"}};

    static final String[] MUNICIPALITIES_FI = {
            "Helsingin kaupunki", "Espoon kaupunki", "Vantaan kaupunki", "Tampereen kaupunki", "Turun kaupunki", "Oulun kaupunki",
            "Jyväskylän kaupunki", "Kuopion kaupunki", "Lahden kaupunki", "Porin kaupunki", "Joensuun kaupunki",
            "Lappeenrannan kaupunki", "Hämeenlinnan kaupunki", "Vaasan kaupunki", "Seinäjoen kaupunki", "Rovaniemen kaupunki",
            "Mikkelin kaupunki", "Kotkan kaupunki", "Salon kaupunki", "Porvoon kaupunki", "Kouvolan kaupunki", "Hyvinkään kaupunki",
            "Nurmijärven kunta", "Järvenpään kaupunki", "Rauman kaupunki", "Kajaanin kaupunki", "Keravan kaupunki",
            "Savonlinnan kaupunki", "Sodankylän kunta", "Inarin kunta", "Pelkosenniemen kunta"};

    static final String[] MUNICIPALITIES_SV = {
            "Närpes stad", "Korsholms kommun", "Pargas stad", "Raseborgs stad", "Jakobstads stad", "Kristinestads stad",
            "Kronoby kommun", "Larsmo kommun", "Malax kommun", "Sibbo kommun", "Ingå kommun", "Kimitoöns kommun", "Nykarleby stad",
            "Vörå kommun", "Pedersöre kommun"};

    static final String[] COUNTIES_FI = {
            "Keski-Uudenmaan hyvinvointialue", "Vantaan ja Keravan hyvinvointialue", "Varsinais-Suomen hyvinvointialue",
            "Satakunnan hyvinvointialue", "Kanta-Hämeen hyvinvointialue", "Pirkanmaan hyvinvointialue", "Päijät-Hämeen hyvinvointialue",
            "Kymenlaakson hyvinvointialue", "Etelä-Karjalan hyvinvointialue", "Etelä-Savon hyvinvointialue", "Pohjois-Savon hyvinvointialue",
            "Pohjois-Karjalan hyvinvointialue", "Keski-Suomen hyvinvointialue", "Etelä-Pohjanmaan hyvinvointialue",
            "Keski-Pohjanmaan hyvinvointialue", "Pohjois-Pohjanmaan hyvinvointialue", "Kainuun hyvinvointialue", "Lapin hyvinvointialue"};

    static final String[] COUNTIES_SV = {"Österbottens välfärdsområde", "Västra Nylands välfärdsområde", "Östra Nylands välfärdsområde"};

    List<Org> organisations() {
        List<Org> orgs = new ArrayList<>();
        for (String[] m : MINISTRIES) {
            orgs.add(new Org(m[0], "ministry", "fi", m[1]));
        }
        for (String[] a : AGENCIES) {
            orgs.add(new Org(a[0], "agency", "fi", a[1]));
        }
        orgs.add(new Org("NTM-centralen i Österbotten", "agency", "sv", "TEM"));
        for (String m : MUNICIPALITIES_FI) {
            orgs.add(new Org(m, "municipality", "fi", ""));
        }
        for (String m : MUNICIPALITIES_SV) {
            orgs.add(new Org(m, "municipality", "sv", ""));
        }
        for (String c : COUNTIES_FI) {
            orgs.add(new Org(c, "wellbeing-county", "fi", "STM"));
        }
        for (String c : COUNTIES_SV) {
            orgs.add(new Org(c, "wellbeing-county", "sv", "STM"));
        }
        // deliberately fewer than five "other" respondents: the group is suppressed in public aggregates
        orgs.add(new Org("Suomen Kuntaliitto ry", "other", "fi", ""));
        orgs.add(new Org("Helsingin seudun liikenne -kuntayhtymä HSL", "other", "fi", ""));
        orgs.add(new Org("Svenska Finlands folkting", "other", "sv", "OM"));
        return orgs;
    }

    static final String[] FIRST_FI = {"Anna", "Mikko", "Laura", "Juha", "Sanna", "Timo", "Riikka", "Petri", "Heidi", "Jari", "Katja",
            "Antti", "Minna", "Tuomas", "Paula", "Ville", "Eeva", "Janne", "Satu", "Markku", "Hanna", "Kari", "Tiina", "Jussi", "Elina",
            "Pekka", "Outi", "Sami", "Marja", "Ilkka", "Noora", "Tero", "Johanna", "Lauri", "Päivi", "Aleksi"};
    static final String[] LAST_FI = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
            "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen",
            "Lahtinen", "Ahonen", "Väisänen", "Pölönen"};
    static final String[] FIRST_SV = {"Johan", "Maria", "Anders", "Karin", "Mikael", "Lena", "Henrik", "Sofia", "Fredrik", "Camilla",
            "Stefan", "Annika", "Patrik", "Ulrika", "Kristian", "Jessica"};
    static final String[] LAST_SV = {"Lindholm", "Nyberg", "Sjöberg", "Holmström", "Österberg", "Back", "Forsman", "Lindqvist",
            "Björkman", "Wikström", "Granholm", "Ekman", "Strandberg", "Söderlund", "Nylund", "Åkerblom"};

    // ------------------------------------------------------------------------------------------------------------
    // The questionnaire
    // ------------------------------------------------------------------------------------------------------------

    /** kind: likert, choice, multi, text. reversed: agreeing means fewer barriers. bias: shifts the answers. */
    record Question(String code, String kind, String theme, boolean reversed, double bias, String fi, String sv, String en) {
        String id() {
            return code.toLowerCase(Locale.ROOT);
        }
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("K01", "likert", "automation", false, 0.1,
                    "Lainsäädäntö estää automaattisen päätöksenteon organisaatiomme keskeisissä asiaryhmissä",
                    "Lagstiftningen hindrar automatiserat beslutsfattande i vår organisations centrala ärendegrupper",
                    "Legislation prevents automated decision-making in our organisation's core case types"),
            new Question("K02", "likert", "automation", false, 0.4,
                    "Säädöksiin sisältyvä tapauskohtainen harkinta vaikeuttaa päätösten automatisointia",
                    "Prövning från fall till fall i författningarna försvårar automatisering av beslut",
                    "Case-by-case discretion in the statutes makes it hard to automate decisions"),
            new Question("K03", "likert", "automation", true, -0.2,
                    "Hallintolain automaattista päätöksentekoa koskevat säännökset (8 b luku) ovat riittävän selkeät organisaatiomme tarpeisiin",
                    "Bestämmelserna om automatiserat beslutsfattande i förvaltningslagen (8 b kap.) är tillräckligt tydliga för vår organisations behov",
                    "The provisions on automated decision-making in the Administrative Procedure Act (ch. 8 b) are clear enough for our organisation's needs"),
            new Question("K04", "likert", "cloud", false, -0.1,
                    "Lainsäädäntö rajoittaa pilvipalvelujen käyttöä organisaatiossamme",
                    "Lagstiftningen begränsar användningen av molntjänster i vår organisation",
                    "Legislation restricts the use of cloud services in our organisation"),
            new Question("K05", "likert", "cloud", false, -0.3,
                    "Tietojen sijaintia koskevat vaatimukset estävät julkisten pilvipalvelujen käytön",
                    "Krav på var uppgifterna finns hindrar användningen av publika molntjänster",
                    "Data-location requirements prevent the use of public cloud services"),
            new Question("K06", "likert", "cloud", true, 0.0,
                    "Turvallisuusluokiteltujen tietojen käsittelyä pilvipalveluissa koskeva sääntely on selkeää",
                    "Regleringen av behandling av säkerhetsklassificerade uppgifter i molntjänster är tydlig",
                    "The rules on processing security-classified data in cloud services are clear"),
            new Question("K07", "likert", "proactive", false, 0.5,
                    "Lainsäädäntö edellyttää hakemusta myös silloin, kun tarvittavat tiedot ovat jo viranomaisen saatavilla",
                    "Lagstiftningen kräver en ansökan även när de uppgifter som behövs redan finns hos myndigheten",
                    "Legislation requires an application even when the data needed are already available to the authority"),
            new Question("K08", "likert", "proactive", true, -0.3,
                    "Organisaatiollamme on riittävä oikeusperusta tarjota palveluja viran puolesta ilman asiakkaan hakemusta",
                    "Vår organisation har tillräcklig rättslig grund att erbjuda tjänster självmant utan kundens ansökan",
                    "Our organisation has a sufficient legal basis to provide services ex officio without the client's application"),
            new Question("K09", "likert", "proactive", false, 0.2,
                    "Ennakoivien palvelujen kehittämistä hidastaa epäselvyys siitä, saako asiakkaan tietoja käyttää ilman suostumusta",
                    "Utvecklingen av proaktiva tjänster bromsas av oklarhet om kundens uppgifter får användas utan samtycke",
                    "Developing proactive services is slowed by uncertainty over whether client data may be used without consent"),
            new Question("K10", "likert", "proactive", false, 0.6,
                    "Elämäntapahtumiin perustuvien palvelukokonaisuuksien toteuttaminen edellyttää lainsäädännön muutoksia",
                    "Att genomföra tjänstehelheter som bygger på livshändelser kräver ändringar i lagstiftningen",
                    "Building service packages around life events requires changes to legislation"),
            new Question("K11", "likert", "data-exchange", false, 0.3,
                    "Tietojen luovuttaminen muille viranomaisille on estynyt puuttuvan lakiperusteen vuoksi",
                    "Utlämnande av uppgifter till andra myndigheter har hindrats av att rättslig grund saknas",
                    "Disclosing data to other authorities has been blocked by a missing legal basis"),
            new Question("K12", "likert", "data-exchange", false, 0.4,
                    "Salassapitosäännökset estävät tarpeellisen tiedonvaihdon viranomaisten välillä",
                    "Sekretessbestämmelserna hindrar nödvändigt informationsutbyte mellan myndigheter",
                    "Secrecy provisions block necessary information exchange between authorities"),
            new Question("K13", "likert", "data-exchange", false, 0.2,
                    "Eri säädöksissä käytetyt käsitteet (esim. tulo, perhe, asuinpaikka) ovat niin epäyhtenäisiä, että tietojen uudelleenkäyttö vaikeutuu",
                    "Begreppen i olika författningar (t.ex. inkomst, familj, boningsort) är så inkonsekventa att återanvändning av uppgifter försvåras",
                    "Concepts used in different acts (e.g. income, family, place of residence) are so inconsistent that reusing data becomes difficult"),
            new Question("K14", "likert", "data-exchange", true, 0.0,
                    "Teknisen käyttöyhteyden ja rajapintojen käytölle on organisaatiossamme riittävät säännökset",
                    "Det finns tillräckliga bestämmelser för vår organisations användning av teknisk anslutning och gränssnitt",
                    "There are sufficient provisions for our organisation's use of technical access and APIs"),
            new Question("K15", "likert", "maturity-assessment", false, 0.3,
                    "Toimialamme lainsäädännössä on edelleen paperiasiointia edellyttäviä vaatimuksia (esim. omakätinen allekirjoitus, alkuperäinen asiakirja, henkilökohtainen käynti)",
                    "Lagstiftningen inom vårt område innehåller fortfarande krav som förutsätter pappershantering (t.ex. egenhändig underskrift, originalhandling, personlig inställelse)",
                    "Legislation in our field still contains requirements that presuppose paper-based dealings (e.g. handwritten signature, original document, personal appearance)"),
            new Question("K16", "likert", "maturity-assessment", false, 0.0,
                    "Säädöksissä on vanhentuneita teknologiasidonnaisia ilmauksia tai viittauksia kumottuihin säädöksiin",
                    "Författningarna innehåller föråldrade teknikbundna uttryck eller hänvisningar till upphävda författningar",
                    "Statutes contain outdated technology-specific wording or references to repealed acts"),
            new Question("K17", "likert", "maturity-assessment", true, 0.4,
                    "Uusien säädösten digikypsyys arvioidaan riittävästi jo valmisteluvaiheessa",
                    "De nya författningarnas digitala mognad bedöms tillräckligt redan under beredningen",
                    "The digital maturity of new legislation is assessed sufficiently while it is drafted"),
            new Question("K18", "multi", "cloud", false, 0,
                    "Mitä pilvipalvelumalleja organisaatiossanne on käytössä?",
                    "Vilka molntjänstmodeller används i er organisation?",
                    "Which cloud service models does your organisation use?"),
            new Question("K19", "choice", "maturity-assessment", false, 0,
                    "Onko organisaationne arvioinut toimialansa lainsäädännön digikypsyyttä?",
                    "Har er organisation bedömt den digitala mognaden i lagstiftningen inom sitt område?",
                    "Has your organisation assessed the digital maturity of the legislation in its field?"),
            new Question("K20", "text", "maturity-assessment", false, 0,
                    "Mitkä säännökset edellyttävät paperiasiointia tai ovat muuten vanhentuneita? Mainitse säädös ja pykälä.",
                    "Vilka bestämmelser förutsätter pappershantering eller är annars föråldrade? Ange lag och paragraf.",
                    "Which provisions require paper-based dealings or are otherwise outdated? Name the act and section."),
            new Question("K21", "choice", "automation", false, 0,
                    "Onko organisaationne käyttänyt automaattista päätöksentekoa?",
                    "Har er organisation använt automatiserat beslutsfattande?",
                    "Has your organisation used automated decision-making?"),
            new Question("K22", "text", "automation", false, 0,
                    "Mitkä säännökset estävät automaattisen päätöksenteon? Mainitse säädös ja pykälä.",
                    "Vilka bestämmelser hindrar automatiserat beslutsfattande? Ange lag och paragraf.",
                    "Which provisions prevent automated decision-making? Name the act and section."),
            new Question("K23", "text", "cloud", false, 0,
                    "Mitkä säännökset estävät tai rajoittavat pilvipalvelujen käyttöä? Mainitse säädös ja pykälä.",
                    "Vilka bestämmelser hindrar eller begränsar användningen av molntjänster? Ange lag och paragraf.",
                    "Which provisions prevent or restrict the use of cloud services? Name the act and section."),
            new Question("K24", "text", "proactive", false, 0,
                    "Mitkä säännökset estävät palvelujen tarjoamisen viran puolesta (ennakoivasti)? Mainitse säädös ja pykälä.",
                    "Vilka bestämmelser hindrar att tjänster erbjuds självmant (proaktivt)? Ange lag och paragraf.",
                    "Which provisions prevent providing services ex officio (proactively)? Name the act and section."),
            new Question("K25", "text", "data-exchange", false, 0,
                    "Mitkä säännökset estävät tietojen vaihdon viranomaisten välillä? Mainitse säädös ja pykälä.",
                    "Vilka bestämmelser hindrar informationsutbyte mellan myndigheter? Ange lag och paragraf.",
                    "Which provisions prevent information exchange between authorities? Name the act and section."));

    static final String[] AGREE_FI = {"Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä", "Jokseenkin samaa mieltä", "Täysin samaa mieltä"};
    static final String[] AGREE_SV = {"Helt av annan åsikt", "Delvis av annan åsikt", "Varken av samma eller annan åsikt", "Delvis av samma åsikt", "Helt av samma åsikt"};
    static final String[] AGREE_EN = {"Strongly disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Strongly agree"};
    /** Choice options: code, fi, sv, en. */
    static final String[][] YES_NO = {{"yes", "Kyllä", "Ja", "Yes"}, {"no", "Ei", "Nej", "No"}, {"planned", "Suunnitteilla", "Planeras", "Planned"}};
    static final String[][] CLOUD = {{"saas", "SaaS", "SaaS", "SaaS"}, {"paas", "PaaS", "PaaS", "PaaS"}, {"iaas", "IaaS", "IaaS", "IaaS"},
            {"none", "Ei mitään", "Inget", "None"}};

    // ------------------------------------------------------------------------------------------------------------
    // Responses
    // ------------------------------------------------------------------------------------------------------------

    /** A citation in a free-text answer: what the answer refers to, for linking and for statistics. */
    record Citation(String kind, String act, String sectionEId, String barrierKind) {
        static Citation demo(Planted p) {
            return new Citation("demo", p.act(), p.sec().sectionEId(), p.kind());
        }
    }

    static final class Respondent {
        String id;
        Org org;
        String typeCell;
        String branchCell;
        String person;
        String email;
        double latent;
        final Object[] cells = new Object[QUESTIONS.size()];
        final Map<String, List<Citation>> citations = new LinkedHashMap<>();
    }

    final List<Respondent> respondents = new ArrayList<>();

    void buildRespondents() {
        List<Org> orgs = organisations();
        java.util.Collections.shuffle(orgs, rnd);
        Set<String> people = new LinkedHashSet<>();
        int n = 0;
        for (Org o : orgs) {
            Respondent r = new Respondent();
            r.id = String.format(Locale.ROOT, "R%03d", ++n);
            r.org = o;
            r.typeCell = typeCell(o);
            r.branchCell = branchCell(o);
            boolean sv = o.lang().equals("sv");
            String person;
            do {
                person = (sv ? pick(FIRST_SV) : pick(FIRST_FI)) + " " + (sv ? pick(LAST_SV) : pick(LAST_FI));
            } while (!people.add(person));
            r.person = person;
            String local = ascii(person).toLowerCase(Locale.ROOT).replace(' ', '.');
            r.email = local + (rnd.nextDouble() < 0.85 ? "@example.fi" : "@example.org");
            double base = switch (o.type()) {
                case "ministry" -> 2.6;
                case "agency" -> 3.4;
                case "municipality" -> 3.1;
                case "wellbeing-county" -> 3.6;
                default -> 3.0;
            };
            r.latent = base + rnd.nextGaussian() * 0.45;
            respondents.add(r);
        }
        for (Respondent r : respondents) {
            boolean numbers = rnd.nextDouble() < 0.2; // this respondent's answers came through as numbers
            for (int i = 0; i < QUESTIONS.size(); i++) {
                Question q = QUESTIONS.get(i);
                switch (q.kind()) {
                    case "likert" -> r.cells[i] = likert(r, q, numbers);
                    case "choice" -> r.cells[i] = choice(r, q);
                    case "multi" -> r.cells[i] = multi(r);
                    default -> { }
                }
            }
        }
        freeTexts();
    }

    String typeCell(Org o) {
        boolean sv = o.lang().equals("sv");
        double u = rnd.nextDouble();
        return switch (o.type()) {
            case "ministry" -> sv ? "Ministerium" : "Ministeriö";
            case "agency" -> sv ? "Ämbetsverk" : (u < 0.1 ? " Virasto " : "Virasto");
            case "municipality" -> sv ? (u < 0.15 ? "kommun" : "Kommun")
                    : (o.name().endsWith("kaupunki") && u < 0.3 ? "Kaupunki" : u > 0.88 ? "kunta" : "Kunta");
            case "wellbeing-county" -> sv ? "Välfärdsområde" : "Hyvinvointialue";
            default -> sv ? "Annan" : "Muu";
        };
    }

    String branchCell(Org o) {
        boolean sv = o.lang().equals("sv");
        double u = rnd.nextDouble();
        return switch (o.type()) {
            case "ministry" -> u < 0.7 ? o.branch() : MINISTRY_FI.get(o.branch());
            case "agency" -> sv ? (u < 0.5 ? "ANM" : "Arbets- och näringsministeriet") : (u < 0.6 ? o.branch() : MINISTRY_FI.get(o.branch()));
            case "wellbeing-county" -> u < 0.4 ? (sv ? "SHM" : "STM") : "";
            case "other" -> o.branch().isEmpty() ? "" : (sv ? "Justitieministeriet" : MINISTRY_FI.get(o.branch()));
            default -> "";
        };
    }

    /** Extra leaning of each organisation type on each theme (wellbeing counties feel data exchange most, …). */
    static double themeLean(String type, String theme) {
        return switch (type + "/" + theme) {
            case "wellbeing-county/data-exchange" -> 0.5;
            case "wellbeing-county/automation", "agency/automation", "agency/data-exchange" -> 0.3;
            case "municipality/proactive" -> 0.4;
            case "ministry/maturity-assessment" -> 0.3;
            case "agency/cloud" -> 0.3;
            default -> 0.0;
        };
    }

    Object likert(Respondent r, Question q, boolean numbers) {
        boolean sv = r.org.lang().equals("sv");
        double u = rnd.nextDouble();
        if (u < 0.08) {
            return null;
        }
        if (u < 0.13) {
            double v = rnd.nextDouble();
            return sv ? (v < 0.8 ? "Vet inte" : "vet inte") : (v < 0.7 ? "En osaa sanoa" : v < 0.9 ? "EOS" : "en osaa sanoa");
        }
        int value = (int) Math.round(r.latent + q.bias() + themeLean(r.org.type(), q.theme()) + rnd.nextGaussian() * 0.85);
        value = Math.max(1, Math.min(5, value));
        if (q.reversed()) {
            value = 6 - value;
        }
        String label = (sv ? AGREE_SV : AGREE_FI)[value - 1];
        double v = rnd.nextDouble();
        if (v < 0.03) {
            return value + " ";
        }
        if (v < 0.06) {
            return value + " - " + label;
        }
        if (v < 0.08) {
            return label.toLowerCase(Locale.ROOT);
        }
        if (v < 0.10) {
            return new OneDecimal(value);
        }
        return numbers ? (Object) Double.valueOf(value) : label;
    }

    /** A number written with the format "0.0", so that Excel shows 3.0. */
    record OneDecimal(double value) {}

    Object choice(Respondent r, Question q) {
        boolean sv = r.org.lang().equals("sv");
        if (rnd.nextDouble() < 0.06) {
            return null;
        }
        double[] p; // yes, planned (rest: no)
        String t = r.org.type();
        if (q.code().equals("K21")) {
            p = switch (t) {
                case "ministry" -> new double[] {0.1, 0.25};
                case "agency" -> new double[] {0.55, 0.25};
                case "municipality" -> new double[] {0.2, 0.35};
                case "wellbeing-county" -> new double[] {0.35, 0.4};
                default -> new double[] {0.1, 0.2};
            };
        } else {
            p = switch (t) {
                case "ministry" -> new double[] {0.35, 0.3};
                case "agency" -> new double[] {0.3, 0.3};
                case "wellbeing-county" -> new double[] {0.15, 0.35};
                default -> new double[] {0.1, 0.2};
            };
        }
        double u = rnd.nextDouble();
        String[] option = u < p[0] ? YES_NO[0] : u < p[0] + p[1] ? YES_NO[2] : YES_NO[1];
        String label = option[sv ? 2 : 1];
        return rnd.nextDouble() < 0.05 ? label.toLowerCase(Locale.ROOT) : label;
    }

    Object multi(Respondent r) {
        boolean sv = r.org.lang().equals("sv");
        if (rnd.nextDouble() < 0.07) {
            return null;
        }
        boolean agency = r.org.type().equals("agency");
        List<String> chosen = new ArrayList<>();
        if (rnd.nextDouble() < 0.88) {
            chosen.add("SaaS");
        }
        if (rnd.nextDouble() < (agency ? 0.45 : 0.25)) {
            chosen.add("PaaS");
        }
        if (rnd.nextDouble() < (agency ? 0.4 : 0.2)) {
            chosen.add("IaaS");
        }
        if (chosen.isEmpty()) {
            return sv ? "Inget" : "Ei mitään";
        }
        return String.join(rnd.nextDouble() < 0.8 ? "; " : ";", chosen);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Free-text answers
    // ------------------------------------------------------------------------------------------------------------

    /** Planted kinds each free-text question draws its demo-act citations from. */
    static final Map<String, List<String>> TEXT_KINDS = Map.of(
            "K20", List.of("WF", "SIG", "PERS", "ORIG", "POST", "FORM", "TECH", "REPEALED"),
            "K22", List.of("NOAUTO"),
            "K23", List.of("LOC", "TECH"),
            "K24", List.of("APPL"),
            "K25", List.of("NODISC", "REPEALED"));
    static final List<String> TEXT_CODES = List.of("K20", "K22", "K23", "K24", "K25");

    /** fi: verb phrase after a citation in the nominative ("… 4 § edellyttää …"). */
    static final Map<String, String[]> FI_PREDICATE = Map.ofEntries(
            Map.entry("WF", new String[] {"edellyttää asiakirjan toimittamista paperisena", "vaatii edelleen paperisen asiakirjan, vaikka asian voisi hoitaa sähköisesti"}),
            Map.entry("SIG", new String[] {"edellyttää omakätistä allekirjoitusta", "vaatii todistajat ja omakätisen allekirjoituksen, mikä estää sähköisen asioinnin"}),
            Map.entry("PERS", new String[] {"edellyttää henkilökohtaista käyntiä toimipisteessä", "vaatii asiakasta saapumaan paikan päälle"}),
            Map.entry("ORIG", new String[] {"edellyttää alkuperäistä asiakirjaa tai oikeaksi todistettua jäljennöstä", "vaatii paperisen alkuperäiskappaleen, vaikka tieto löytyy rekisteristä"}),
            Map.entry("POST", new String[] {"edellyttää tiedoksiantoa kirjatulla kirjeellä", "vaatii postitse toimittamisen saantitodistusta vastaan"}),
            Map.entry("FORM", new String[] {"edellyttää viraston vahvistaman lomakkeen käyttöä", "sitoo hakemuksen vahvistettuun lomakkeeseen, mikä vaikeuttaa sähköistä asiointia"}),
            Map.entry("NODISC", new String[] {"estää tietojen luovuttamisen muille viranomaisille", "ei anna oikeutta luovuttaa tietoja toiselle viranomaiselle ilman suostumusta"}),
            Map.entry("NOAUTO", new String[] {"edellyttää viranhaltijan tapauskohtaista harkintaa", "jättää ratkaisun tapauskohtaisen harkinnan varaan, joten automaattinen päätös ei ole mahdollinen"}),
            Map.entry("NOAUTO-RESERVED", new String[] {"varaa päätöksenteon viranhaltijalle, joten automaattinen päätös ei ole mahdollinen", "edellyttää, että päätöksen tekee nimetty viranhaltija"}),
            Map.entry("APPL", new String[] {"edellyttää asiakkaalta hakemusta, vaikka tiedot ovat jo viranomaisen saatavilla", "sallii asian vireillepanon vain hakemuksesta"}),
            Map.entry("LOC", new String[] {"edellyttää tietojen säilyttämistä Suomessa, mikä estää julkisen pilven käytön", "rajoittaa tietojen käsittelyn viranomaisen omiin järjestelmiin"}),
            Map.entry("TECH", new String[] {"nimeää toimituskanavaksi vanhentuneen tekniikan", "sitoo aineiston toimittamisen vanhentuneeseen tekniikkaan"}),
            Map.entry("REPEALED", new String[] {"viittaa edelleen kumottuun lakiin", "sisältää viittauksen kumottuun säädökseen"}));

    /** fi: clause after "… 4 §:n mukaan". */
    static final Map<String, String> FI_CLAUSE = Map.ofEntries(
            Map.entry("WF", "asiakirja on toimitettava paperisena"), Map.entry("SIG", "asiakirja on allekirjoitettava omakätisesti"),
            Map.entry("PERS", "asiakkaan on asioitava henkilökohtaisesti"),
            Map.entry("ORIG", "on toimitettava alkuperäinen asiakirja tai oikeaksi todistettu jäljennös"),
            Map.entry("POST", "tiedoksianto tehdään kirjatulla kirjeellä"), Map.entry("FORM", "on käytettävä vahvistettua lomaketta"),
            Map.entry("NODISC", "tietoja ei saa luovuttaa muille viranomaisille"), Map.entry("NOAUTO", "ratkaisu edellyttää aina tapauskohtaista harkintaa"),
            Map.entry("NOAUTO-RESERVED", "päätöksen tekee aina viranhaltija"),
            Map.entry("APPL", "asia tulee vireille vain hakemuksesta"), Map.entry("LOC", "tietoja ei saa käsitellä Suomen ulkopuolella"),
            Map.entry("TECH", "toimituskanavana mainitaan vanhentunut tekniikka"), Map.entry("REPEALED", "säännöksessä viitataan edelleen kumottuun lakiin"));

    /** sv: verb phrase after a citation ("… 4 § kräver …"). */
    static final Map<String, String> SV_PREDICATE = Map.ofEntries(
            Map.entry("WF", "kräver att handlingen lämnas in i pappersform"), Map.entry("SIG", "kräver egenhändig underskrift"),
            Map.entry("PERS", "kräver att man inställer sig personligen"), Map.entry("ORIG", "kräver originalhandling eller bestyrkt kopia"),
            Map.entry("POST", "kräver delgivning med rekommenderat brev"), Map.entry("FORM", "kräver att en fastställd blankett används"),
            Map.entry("NODISC", "hindrar att uppgifterna lämnas ut till andra myndigheter"),
            Map.entry("NOAUTO", "förutsätter prövning från fall till fall"),
            Map.entry("NOAUTO-RESERVED", "förbehåller beslutet en förordnad tjänsteinnehavare"),
            Map.entry("APPL", "kräver en ansökan även när uppgifterna redan finns hos myndigheten"),
            Map.entry("LOC", "kräver att uppgifterna förvaras i Finland, vilket utesluter publika molntjänster"),
            Map.entry("TECH", "binder inlämningen till föråldrad teknik"), Map.entry("REPEALED", "hänvisar fortfarande till en upphävd lag"));

    /** sv: clause after "Enligt …" (verb second). */
    static final Map<String, String> SV_CLAUSE = Map.ofEntries(
            Map.entry("WF", "ska handlingen lämnas in i pappersform"), Map.entry("SIG", "ska handlingen undertecknas egenhändigt"),
            Map.entry("PERS", "måste man inställa sig personligen"), Map.entry("ORIG", "ska en originalhandling eller en bestyrkt kopia lämnas in"),
            Map.entry("POST", "ska delgivningen ske med rekommenderat brev"), Map.entry("FORM", "ska en fastställd blankett användas"),
            Map.entry("NODISC", "får uppgifterna inte lämnas ut till andra myndigheter"),
            Map.entry("NOAUTO", "kräver avgörandet alltid prövning från fall till fall"),
            Map.entry("NOAUTO-RESERVED", "fattas beslutet alltid av en tjänsteinnehavare"), Map.entry("APPL", "inleds ärendet endast på ansökan"),
            Map.entry("LOC", "får uppgifterna inte behandlas utanför Finland"), Map.entry("TECH", "ska materialet lämnas med föråldrad teknik"),
            Map.entry("REPEALED", "hänvisas fortfarande till en upphävd lag"));

    static final String[] FI_FOLLOW_UP = {"Säännös pitäisi päivittää vastaamaan nykyistä asiointia.", "Muutos olisi meille tärkeä.",
            "Asiasta on keskusteltu ministeriön kanssa, mutta muutosta ei ole tullut."};
    static final String[] SV_FOLLOW_UP = {"Bestämmelsen borde uppdateras.", "En ändring vore viktig för oss."};
    /** Follow-ups that only make sense after a paper-bound requirement. */
    static final String[] FI_FOLLOW_UP_PAPER = {"Tämä estää prosessin täyden sähköistämisen.", "Asiakkaat joutuvat tämän vuoksi asioimaan paperilla."};
    static final String[] SV_FOLLOW_UP_PAPER = {"Det hindrar en helt digital process.", "Kunderna måste därför sköta ärendet på papper."};
    static final Set<String> PAPER_KINDS = Set.of("WF", "SIG", "PERS", "ORIG", "POST", "FORM", "TECH");

    String followUp(String kind, boolean sv) {
        if (kind != null && PAPER_KINDS.contains(kind) && rnd.nextBoolean()) {
            return pick(sv ? SV_FOLLOW_UP_PAPER : FI_FOLLOW_UP_PAPER);
        }
        return pick(sv ? SV_FOLLOW_UP : FI_FOLLOW_UP);
    }

    /** Answers citing real (non-demo) acts, by free-text question. */
    static final Map<String, String[]> FI_REAL = Map.of(
            "K20", new String[] {"Laki sähköisestä asioinnista viranomaistoiminnassa (13/2003) 9 § riittäisi, mutta erityislaeissa on silti omia paperivaatimuksia.",
                    "Hallintolain 16 §:n tulkinnasta sähköisten asiakirjojen osalta tarvittaisiin ohjeistusta.",
                    "HL 16 § ja asiointilain 9 § pitäisi lukea yhdessä, mutta käytännöt vaihtelevat viranomaisittain."},
            "K22", new String[] {"Hallintolain 53 e §:n edellytys, ettei asiassa ole tapauskohtaista harkintaa, rajaa suurimman osan asioistamme automaation ulkopuolelle.",
                    "HL 8 b luvun ja tiedonhallintalain 28 §:n vaatimukset ovat raskaat pienelle organisaatiolle."},
            "K23", new String[] {"Tiedonhallintalain 20 §:n tietoturvallisuusvaatimusten tulkinta pilvipalveluissa on epäselvä.",
                    "Julkisuuslain 24 §:n salassa pidettävien tietojen käsittely pilvessä vaatii aina erillisen arvion."},
            "K24", new String[] {"Sosiaalihuoltolain (1301/2014) 36 §:n mukainen palvelutarpeen arviointi käynnistyy vasta yhteydenotosta.",
                    "Hallintolain 16 § ja vireillepanoa koskevat säännökset olettavat, että asiakas käynnistää asian."},
            "K25", new String[] {"Julkisuuslain 24 §:n salassapitoperusteet estävät tietojen luovuttamisen hyvinvointialueelle ilman erityissäännöstä.",
                    "Tiedonhallintalain 20 § ei yksin riitä tietojen luovutusperusteeksi.",
                    "Tietosuojalain (1050/2018) 4 § ja julkisuuslain 24 § yhdessä estävät meillä tietojen yhdistämisen."});
    static final Map<String, String[]> SV_REAL = Map.of(
            "K20", new String[] {"Lagen om elektronisk kommunikation i myndigheternas verksamhet (13/2003) 9 § räcker i princip, men speciallagar kräver fortfarande papper.",
                    "Förvaltningslagen (434/2003) 16 § tillämpas olika på elektroniska handlingar."},
            "K22", new String[] {"FvL 8 b kap. förutsätter att ärendet inte kräver prövning, vilket utesluter de flesta av våra ärenden."},
            "K23", new String[] {"Informationshanteringslagen 20 § är otydlig när det gäller molntjänster."},
            "K24", new String[] {"Förvaltningslagen (434/2003) 16 § utgår från att kunden själv inleder ärendet."},
            "K25", new String[] {"Offentlighetslagen 24 § hindrar utlämnande till välfärdsområdet utan särskild bestämmelse."});

    static final String[] FI_NONE = {"Emme ole tunnistaneet yksittäisiä säännöksiä, mutta hajanainen erityislainsäädäntö hidastaa kehittämistä.",
            "Ei erityisiä havaintoja tältä osin.", "Ongelma on enemmän tulkinnoissa ja resursseissa kuin yksittäisissä pykälissä.",
            "Vaikea nimetä yksittäistä pykälää; esteet syntyvät usean lain yhteisvaikutuksesta."};
    static final String[] SV_NONE = {"Inga särskilda iakttagelser.", "Problemet ligger mer i tolkningen än i enskilda paragrafer.",
            "Svårt att peka ut en enskild paragraf."};

    /** How many respondents write at least one free-text answer (45 %). */
    static final int WITH_FREE_TEXT = 54;

    void freeTexts() {
        // weighted sampling without replacement (Efraimidis–Spirakis): agencies and wellbeing counties write more
        Map<Respondent, Double> key = new HashMap<>();
        for (Respondent r : respondents) {
            double w = switch (r.org.type()) {
                case "ministry" -> 0.6;
                case "agency", "wellbeing-county" -> 1.0;
                case "municipality" -> 0.75;
                default -> 0.5;
            };
            key.put(r, Math.pow(rnd.nextDouble(), 1.0 / w));
        }
        Set<Respondent> writers = new java.util.HashSet<>(respondents.stream()
                .sorted(Comparator.comparingDouble((Respondent r) -> -key.get(r))).limit(WITH_FREE_TEXT).toList());
        for (Respondent r : respondents) {
            String t = r.org.type();
            if (!writers.contains(r)) {
                continue;
            }
            int[] weights = switch (t) {
                case "ministry" -> new int[] {3, 2, 1, 1, 2};
                case "agency" -> new int[] {2, 3, 2, 1, 3};
                case "municipality" -> new int[] {3, 1, 1, 3, 2};
                case "wellbeing-county" -> new int[] {2, 2, 1, 2, 3};
                default -> new int[] {2, 1, 1, 1, 1};
            };
            double u = rnd.nextDouble();
            int count = u < 0.55 ? 1 : u < 0.85 ? 2 : 3;
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < count) {
                chosen.add(TEXT_CODES.get(weighted(weights)));
            }
            for (String code : TEXT_CODES) {
                if (chosen.contains(code)) {
                    List<Citation> cites = new ArrayList<>();
                    String text = freeText(r, code, cites);
                    r.cells[index(code)] = text;
                    r.citations.put(code, cites);
                }
            }
        }
        // two Finnish answers and one Swedish one name a person or give a phone number: private data that must never be published
        String[][] privateNotes = {
                {"fi", "Lisätietoja antaa erityisasiantuntija Maija Esimerkki, puh. 040 123 4567."},
                {"fi", "Asiaa on meillä selvittänyt Pekka Testinen (p. 050 765 4321), häneltä saa tarvittaessa esimerkkitapaukset."},
                {"sv", "Närmare uppgifter ger Karin Exempel, tfn 040 987 6543."}};
        for (String[] note : privateNotes) {
            List<Respondent> candidates = respondents.stream()
                    .filter(r -> r.org.lang().equals(note[0]) && !r.citations.isEmpty() && !r.citations.containsKey("private")).toList();
            Respondent r = candidates.get(rnd.nextInt(candidates.size()));
            String code = r.citations.keySet().iterator().next();
            int i = index(code);
            r.cells[i] = r.cells[i] + "\n" + note[1];
            r.citations.put("private", List.of());
        }
    }

    String freeText(Respondent r, String code, List<Citation> cites) {
        boolean sv = r.org.lang().equals("sv");
        List<String> sentences = new ArrayList<>();
        double u = rnd.nextDouble();
        if (u < 0.58) {
            Planted p = citeable(code);
            sentences.add(demoSentence(p, sv, true));
            cites.add(Citation.demo(p));
            double v = rnd.nextDouble();
            if (v < 0.18) {
                Planted q = citeable(code);
                if (!q.equals(p)) {
                    sentences.add((sv ? "Likaså: " : "Samoin ") + uncap(demoSentence(q, sv, false)));
                    cites.add(Citation.demo(q));
                }
            } else if (v < 0.38) {
                sentences.add(pick((sv ? SV_REAL : FI_REAL).get(code)));
                cites.add(new Citation("real", null, null, null));
            } else if (v < 0.75) {
                sentences.add(followUp(p.kind(), sv));
            }
        } else if (u < 0.80) {
            sentences.add(pick((sv ? SV_REAL : FI_REAL).get(code)));
            cites.add(new Citation("real", null, null, null));
            if (rnd.nextDouble() < 0.4) {
                sentences.add(followUp(null, sv));
            }
        } else if (u < 0.91) {
            sentences.add(unresolvable(code, sv));
            cites.add(new Citation("unresolvable", null, null, null));
        } else {
            sentences.add(pick(sv ? SV_NONE : FI_NONE));
        }
        StringBuilder s = new StringBuilder();
        for (String sentence : sentences) {
            if (s.length() > 0) {
                s.append(rnd.nextDouble() < 0.35 ? "\n" : " ");
            }
            s.append(sentence);
        }
        return s.toString();
    }

    /** A planted barrier of a kind that fits the question, preferring sections cited least so far. */
    Planted citeable(String code) {
        List<String> kinds = TEXT_KINDS.get(code);
        List<Planted> pool = planted.stream().filter(p -> kinds.contains(p.kind())).toList();
        int least = pool.stream().mapToInt(p -> barrierOf(p).cited).min().orElse(0);
        List<Planted> fresh = pool.stream().filter(p -> barrierOf(p).cited <= least + 1).toList();
        Planted p = fresh.get(rnd.nextInt(fresh.size()));
        barrierOf(p).cited++;
        return p;
    }

    Barrier barrierOf(Planted p) {
        return barrierBySection.get(sectionKey(p.act(), p.sec().sectionEId(), p.kind()));
    }

    String demoSentence(Planted p, boolean sv, boolean mayOpenWithExample) {
        Act a = acts.get(p.act());
        // a decision reserved to a designated official reads differently from open-ended discretion
        String kind = p.kind().equals("NOAUTO") && p.phraseFi().matches("(?s).*(viranhaltija|virkamies).*") ? "NOAUTO-RESERVED" : p.kind();
        Sec s = p.sec();
        String sec = s.label();
        if (sv) {
            String def = swedishDefinite(a.titleSv);
            String cite = switch (rnd.nextInt(5)) {
                case 0 -> def + " (" + a.id + ") " + sec;
                case 1 -> sec + " " + def;
                case 2 -> sec + " i " + def;
                case 3 -> a.id + " " + sec;
                default -> sec + " " + s.subsec() + " mom. i " + def + " (" + a.id + ")";
            };
            return rnd.nextBoolean() ? cap(cite) + " " + SV_PREDICATE.get(kind) + "."
                    : "Enligt " + cite + " " + SV_CLAUSE.get(kind) + ".";
        }
        String[] forms = finnishForms(a.titleFi);
        String nominative = forms[0];
        String genitivePhrase = forms[1];
        String genitiveHead = forms[2];
        int form = rnd.nextInt(6);
        if (form == 5) {
            return cap(genitiveHead + " " + sec + ":n mukaan") + " " + FI_CLAUSE.get(kind) + ".";
        }
        if (form == 4) {
            return cap(genitivePhrase + " " + sec + ":n mukaan") + " " + FI_CLAUSE.get(kind) + ".";
        }
        String cite = switch (form) {
            case 0 -> genitivePhrase + " " + sec;
            case 1 -> nominative + " (" + a.id + ") " + sec;
            case 2 -> a.id + " " + sec;
            default -> genitivePhrase + " (" + a.id + ") " + sec + ":n " + s.subsec() + " momentti";
        };
        String predicate = pick(FI_PREDICATE.get(kind));
        return (mayOpenWithExample && rnd.nextDouble() < 0.2 ? "Esimerkiksi " + cite : cap(cite)) + " " + predicate + ".";
    }

    /**
     * Finnish citation forms of a title: [nominative in lower case, "… annetun lain", "lain …"]. "Laki X" →
     * ["laki X", "X annetun lain", "lain X"]; "Valtioneuvoston asetus X" → ["valtioneuvoston asetus X",
     * "X annetun valtioneuvoston asetuksen", "valtioneuvoston asetuksen X"].
     */
    static String[] finnishForms(String title) {
        if (title.startsWith("Laki ")) {
            String rest = title.substring(5);
            return new String[] {"laki " + rest, rest + " annetun lain", "lain " + rest};
        }
        int i = title.indexOf(" asetus ");
        if (i < 0) {
            throw new IllegalArgumentException("unexpected title: " + title);
        }
        String issuer = uncap(title.substring(0, i));
        String rest = title.substring(i + " asetus ".length());
        return new String[] {issuer + " asetus " + rest, rest + " annetun " + issuer + " asetuksen", issuer + " asetuksen " + rest};
    }

    /** "Lag om X" → "lagen om X"; "Statsrådets förordning om X" → "statsrådets förordning om X". */
    static String swedishDefinite(String title) {
        return title.startsWith("Lag ") ? "lagen " + title.substring(4) : uncap(title);
    }

    String unresolvable(String code, boolean sv) {
        Act hoitoraha = acts.get("9006/2017");
        int missing = hoitoraha.maxSection() + 4;
        if (sv) {
            return pick(new String[] {
                    "Fiskelagen 88 § är problematisk, men jag är inte säker på paragrafen.",
                    "Någon gammal förordning som jag inte minns numret på.",
                    "Lagen om utredningsanmälningar för dödsbo 4 § kräver fortfarande papper.",
                    "Lagen om vårdpenning (9006/2017) " + missing + " § borde ses över."});
        }
        return pick(new String[] {
                "Kalastuslain 88 § on ongelmallinen, mutta en ole varma oikeasta pykälästä.",
                "Joku vanha asetus jota en muista, liittyy lomakkeisiin.",
                "Kuolinpesän selvitysilmotuksesta annetun lain 4 § vaatii edelleen paperia.",
                "Hoitorahalain (9006/2017) " + missing + " § pitäisi uudistaa.",
                "Sosiaalihuollon asiakaslaissa on jossain pykälässä sama ongelma."});
    }

    // ------------------------------------------------------------------------------------------------------------
    // Register: statuses, measures, links to answers
    // ------------------------------------------------------------------------------------------------------------

    static final class Measure {
        String id;
        String kind;
        final List<Barrier> addresses = new ArrayList<>();
        String owner;
        LocalDate target;
        String status;
        final List<String[]> history = new ArrayList<>();
        String amendingAct = "";
    }

    final List<Measure> measures = new ArrayList<>();

    void buildRegister() {
        // survey answers that cite a planted barrier section support that barrier
        for (Respondent r : respondents) {
            for (var e : r.citations.entrySet()) {
                for (Citation c : e.getValue()) {
                    if (c.kind().equals("demo")) {
                        Barrier b = barrierBySection.get(sectionKey(c.act(), c.sectionEId(), c.barrierKind()));
                        String ref = SURVEY_ID + "/" + r.id + "/" + e.getKey().toLowerCase(Locale.ROOT);
                        if (!b.supportedBy.contains(ref)) {
                            b.supportedBy.add(ref);
                        }
                    }
                }
            }
        }
        for (Barrier b : barriers) {
            b.supportedBy.sort(null);
        }
        // measures first; the barriers they address take a status that fits the measure's
        String[] statuses = {"completed", "completed", "completed", "completed", "in-progress", "in-progress", "in-progress",
                "in-progress", "in-progress", "delayed", "delayed", "delayed", "delayed", "planned", "planned", "planned", "planned",
                "planned", "cancelled", "cancelled"};
        List<Barrier> pool = new ArrayList<>(barriers);
        java.util.Collections.shuffle(pool, rnd);
        // barriers with survey support are likelier to be taken forward
        pool.sort(Comparator.comparingInt((Barrier b) -> b.supportedBy.isEmpty() ? 1 : 0));
        int n = 0;
        for (String status : statuses) {
            Measure m = new Measure();
            m.id = String.format(Locale.ROOT, "M-%02d", ++n);
            m.status = status;
            Barrier first = pool.remove(rnd.nextInt(Math.min(pool.size(), 12)));
            m.kind = first.kind;
            m.addresses.add(first);
            double u = rnd.nextDouble();
            int size = u < 0.72 ? 1 : u < 0.95 ? 2 : 3;
            for (int i = pool.size() - 1; i >= 0 && m.addresses.size() < size; i--) {
                if (pool.get(i).kind.equals(m.kind)) {
                    m.addresses.add(pool.remove(i));
                }
            }
            m.addresses.sort(Comparator.comparing(b -> b.id));
            Map<String, Integer> owners = new LinkedHashMap<>();
            m.addresses.forEach(b -> owners.merge(b.ministry, 1, Integer::sum));
            m.owner = owners.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            measureHistory(m);
            measures.add(m);
            for (Barrier b : m.addresses) {
                b.measure = m;
            }
        }
        for (Barrier b : barriers) {
            barrierHistory(b);
        }
    }

    void measureHistory(Measure m) {
        LocalDate planned = LocalDate.of(2025, 8, 15).plusDays(rnd.nextInt(120));
        m.history.add(new String[] {planned.toString(), "planned"});
        switch (m.status) {
            case "planned" -> m.target = LocalDate.of(2027, 1, 1).plusDays(rnd.nextInt(180)).withDayOfMonth(1).minusDays(1);
            case "in-progress" -> {
                m.target = LocalDate.of(2027, 1, 1).plusDays(rnd.nextInt(180)).withDayOfMonth(1).minusDays(1);
                m.history.add(new String[] {planned.plusDays(40 + rnd.nextInt(200)).toString(), "in-progress"});
            }
            case "delayed" -> {
                m.target = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(270)).withDayOfMonth(1).minusDays(1);
                LocalDate started = planned.plusDays(30 + rnd.nextInt(60));
                m.history.add(new String[] {started.toString(), "in-progress"});
                LocalDate late = m.target.plusDays(1 + rnd.nextInt(20));
                if (!late.isAfter(started)) {
                    late = started.plusDays(14 + rnd.nextInt(30));
                }
                m.history.add(new String[] {(late.isAfter(AS_OF) ? AS_OF : late).toString(), "delayed"});
            }
            case "completed" -> {
                m.target = LocalDate.of(2025, 12, 31).plusMonths(rnd.nextInt(9)).withDayOfMonth(1).plusMonths(1).minusDays(1);
                LocalDate started = planned.plusDays(20 + rnd.nextInt(40));
                LocalDate done = m.target.minusDays(5 + rnd.nextInt(40));
                if (!done.isAfter(started)) {
                    done = started.plusDays(30);
                }
                m.history.add(new String[] {started.toString(), "in-progress"});
                m.history.add(new String[] {done.toString(), "completed"});
                m.amendingAct = (1000 + rnd.nextInt(400)) + "/" + done.getYear();
            }
            default -> { // cancelled
                m.target = LocalDate.of(2026, 12, 31).plusMonths(rnd.nextInt(7)).withDayOfMonth(1).plusMonths(1).minusDays(1);
                LocalDate d = planned.plusDays(60 + rnd.nextInt(200));
                if (rnd.nextBoolean()) {
                    m.history.add(new String[] {d.toString(), "in-progress"});
                    d = d.plusDays(40 + rnd.nextInt(100));
                }
                m.history.add(new String[] {(d.isAfter(AS_OF) ? AS_OF : d).toString(), "cancelled"});
            }
        }
    }

    void barrierHistory(Barrier b) {
        LocalDate identified = LocalDate.of(2025, 3, 20).plusDays(rnd.nextInt(60));
        LocalDate assessed = identified.plusDays(20 + rnd.nextInt(60));
        List<String[]> h = b.history;
        h.add(new String[] {identified.toString(), "identified"});
        Measure m = b.measure;
        if (m == null) {
            double u = rnd.nextDouble();
            if (u < 0.5) {
                b.status = "identified";
            } else if (u < 0.88) {
                b.status = "assessed";
                h.add(new String[] {assessed.toString(), "assessed"});
            } else {
                b.status = "rejected";
                h.add(new String[] {assessed.toString(), "assessed"});
                h.add(new String[] {assessed.plusDays(30 + rnd.nextInt(150)).toString(), "rejected"});
            }
            return;
        }
        LocalDate proposed = LocalDate.parse(m.history.get(0)[0]);
        if (!assessed.isBefore(proposed)) {
            assessed = proposed.minusDays(7);
        }
        h.add(new String[] {assessed.toString(), "assessed"});
        h.add(new String[] {proposed.toString(), "proposed"});
        for (String[] step : m.history.subList(1, m.history.size())) {
            switch (step[1]) {
                case "in-progress" -> h.add(new String[] {step[0], "in-drafting"});
                case "completed" -> {
                    h.add(new String[] {step[0], "enacted"});
                    LocalDate inForce = LocalDate.parse(step[0]).plusDays(30 + rnd.nextInt(120));
                    if (!inForce.isAfter(AS_OF) && rnd.nextDouble() < 0.6) {
                        h.add(new String[] {inForce.toString(), "resolved"});
                    }
                }
                case "cancelled" -> h.add(new String[] {step[0], "rejected"});
                default -> { } // "delayed" leaves the barrier in drafting
            }
        }
        b.status = h.get(h.size() - 1)[1];
    }

    // ------------------------------------------------------------------------------------------------------------
    // Output
    // ------------------------------------------------------------------------------------------------------------

    public void generate() throws IOException {
        loadStatutes();
        buildBarriers();
        buildRespondents();
        buildRegister();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeSurvey(dir.resolve("demo-survey.xlsx"));
        Files.writeString(dir.resolve("demo-survey.yaml"), mappingYaml(), StandardCharsets.UTF_8);
        writeRegister(dir.resolve("demo-register.xlsx"));
    }

    static final String[] HEADER_FI = {"Vastaaja", "Organisaatio", "Organisaation tyyppi", "Hallinnonala", "Yhteyshenkilö", "Sähköposti"};
    static final String[] HEADER_SV = {"Svarande", "Organisation", "Typ av organisation", "Förvaltningsområde", "Kontaktperson", "E-post"};

    void writeSurvey(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fixedProperties(wb, "Digitalisaation lainsäädännölliset esteet 2025");
            Styles st = new Styles(wb);
            Sheet help = wb.createSheet("Ohjeet");
            String[] lines = {
                    "Digitalisaation lainsäädännölliset esteet 2025 – vastausten vienti",
                    "",
                    "Valtiovarainministeriö keräsi kyselyllä 14.3.–11.4.2025 julkishallinnon organisaatioiden näkemyksiä digitalisaation lainsäädännöllisistä esteistä.",
                    "Välilehdellä Vastaukset ovat suomenkieliset ja välilehdellä Svar ruotsinkieliset vastaukset. Kukin rivi on yhden organisaation vastaus.",
                    "Vastaajan tunniste (R001–R120) on yksilöllinen molemmilla välilehdillä yhteensä.",
                    "Asteikko: 1 = Täysin eri mieltä … 5 = Täysin samaa mieltä; En osaa sanoa ei ole asteikon arvo.",
                    "Yhteyshenkilöiden tiedot ja avovastaukset ovat luottamuksellisia, eikä niitä saa julkaista.",
                    "",
                    "Rättsliga hinder för digitalisering 2025 – export av svaren",
                    "Fliken Svar innehåller de svenskspråkiga svaren. Kontaktuppgifter och fritextsvar är konfidentiella och får inte publiceras.",
                    "",
                    "Kuvitteellinen esimerkkiaineisto (Lexmaturity demo). Organisaatioiden vastaukset, henkilöt ja yhteystiedot on keksitty."};
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    Cell c = help.createRow(i).createCell(0);
                    c.setCellValue(lines[i]);
                    if (i == 0 || i == 8) {
                        c.setCellStyle(st.bold);
                    }
                }
            }
            help.setColumnWidth(0, 140 * 256);
            responseSheet(wb, st, "Vastaukset", "fi");
            responseSheet(wb, st, "Svar", "sv");
            save(wb, file);
        }
    }

    void responseSheet(XSSFWorkbook wb, Styles st, String name, String lang) {
        boolean sv = lang.equals("sv");
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        String[] fixed = sv ? HEADER_SV : HEADER_FI;
        int c = 0;
        for (String h : fixed) {
            header.createCell(c++).setCellValue(h);
        }
        for (Question q : QUESTIONS) {
            header.createCell(c++).setCellValue(q.code() + " " + (sv ? q.sv() : q.fi()));
        }
        for (Cell cell : header) {
            cell.setCellStyle(st.header);
        }
        sheet.createFreezePane(2, 1);
        int[] widths = {10, 42, 20, 24, 22, 34};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (int i = 0; i < QUESTIONS.size(); i++) {
            sheet.setColumnWidth(fixed.length + i, (QUESTIONS.get(i).kind().equals("text") ? 60 : 22) * 256);
        }
        int rowNo = 1;
        for (Respondent r : respondents.stream().filter(r -> r.org.lang().equals(lang)).sorted(Comparator.comparing(r -> r.id)).toList()) {
            Row row = sheet.createRow(rowNo++);
            String[] values = {r.id, r.org.name(), r.typeCell, r.branchCell, r.person, r.email};
            for (int i = 0; i < values.length; i++) {
                if (!values[i].isEmpty()) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            for (int i = 0; i < QUESTIONS.size(); i++) {
                Object v = r.cells[i];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(fixed.length + i);
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof OneDecimal d) {
                    cell.setCellValue(d.value());
                    cell.setCellStyle(st.oneDecimal);
                } else {
                    cell.setCellValue((String) v);
                    if (((String) v).contains("\n") || QUESTIONS.get(i).kind().equals("text")) {
                        cell.setCellStyle(st.wrap);
                    }
                }
            }
        }
    }

    static final String[] BARRIER_COLUMNS = {"id", "title_fi", "title_sv", "title_en", "description_fi", "description_sv", "description_en",
            "theme", "barrier_type", "provisions", "severity", "life_events", "ministry", "action", "status", "status_history", "supported_by"};
    static final String[] MEASURE_COLUMNS = {"id", "title_fi", "title_sv", "title_en", "addresses", "owner", "target_date", "status",
            "status_history", "amending_act"};

    /** Barrier type texts per planted kind: title fi, sv, en; explanation fi, sv. */
    static final Map<String, String[]> KIND_TEXT = BarrierKinds.KIND_TEXT;

    /** Measure titles per kind: fi, sv, en. */
    static final Map<String, String[]> MEASURE_TEXT = BarrierKinds.MEASURE_TEXT;

    void writeRegister(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fixedProperties(wb, "Lexmaturity demo barrier register");
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("Barriers");
            header(sheet, BARRIER_COLUMNS, st);
            int rowNo = 1;
            for (Barrier b : barriers) {
                String[] k = KIND_TEXT.get(b.kind);
                List<Act> bActs = b.rows.stream().map(p -> acts.get(p.act())).distinct().toList();
                String where;
                String whereSv;
                String whereEn;
                if (bActs.size() == 1) {
                    Sec s = b.rows.get(0).sec();
                    where = bActs.get(0).titleFi + " (" + bActs.get(0).id + ") " + s.label();
                    whereSv = s.label() + " " + swedishDefinite(bActs.get(0).titleSv) + " (" + bActs.get(0).id + ")";
                    whereEn = bActs.get(0).id + " s. " + s.label().replace(" §", "");
                } else {
                    String ids = String.join(", ", bActs.stream().map(a -> a.id).toList());
                    where = ids;
                    whereSv = ids;
                    whereEn = ids;
                }
                String phrasesFi = String.join("”, ”", b.rows.stream().map(Planted::phraseFi).distinct().toList());
                String phrasesSv = String.join("”, ”", b.rows.stream().map(Planted::phraseSv).distinct().toList());
                String notes = String.join("; ", b.rows.stream().map(Planted::note).distinct().toList());
                String[] values = {
                        b.id,
                        k[0] + ": " + where,
                        k[1] + ": " + whereSv,
                        k[2] + ": " + whereEn,
                        k[3] + " Säännöksen sanamuoto: ”" + phrasesFi + "”.",
                        k[4] + " Bestämmelsens ordalydelse: ”" + phrasesSv + "”.",
                        cap(notes) + ". Wording (fi): “" + phrasesFi.replace("”, ”", "”, “") + "”.",
                        b.theme(),
                        BARRIER_TYPE.get(b.kind),
                        b.provisions,
                        null,
                        String.join("; ", b.lifeEvents),
                        b.ministry,
                        b.action,
                        b.status,
                        history(b.history),
                        String.join("; ", b.supportedBy)};
                Row row = sheet.createRow(rowNo++);
                for (int i = 0; i < values.length; i++) {
                    if (i == 10) {
                        row.createCell(i).setCellValue(b.severity);
                    } else if (!values[i].isEmpty()) {
                        row.createCell(i).setCellValue(values[i]);
                    }
                }
            }
            widths(sheet, new int[] {8, 50, 50, 40, 60, 60, 60, 20, 22, 30, 8, 30, 9, 16, 12, 60, 50});

            Sheet ms = wb.createSheet("Measures");
            header(ms, MEASURE_COLUMNS, st);
            rowNo = 1;
            for (Measure m : measures) {
                String[] t = MEASURE_TEXT.get(m.kind);
                String ids = String.join(", ", m.addresses.stream().flatMap(b -> b.rows.stream().map(Planted::act)).distinct().toList());
                Row row = ms.createRow(rowNo++);
                String[] values = {m.id, t[0] + " (" + ids + ")", t[1] + " (" + ids + ")", t[2] + " (" + ids + ")",
                        String.join("; ", m.addresses.stream().map(b -> b.id).toList()), m.owner, m.target.toString(), m.status,
                        history(m.history), m.amendingAct};
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].isEmpty()) {
                        row.createCell(i).setCellValue(values[i]);
                    }
                }
            }
            widths(ms, new int[] {7, 60, 60, 50, 24, 8, 12, 12, 60, 12});
            save(wb, file);
        }
    }

    static void save(XSSFWorkbook wb, Path file) throws IOException {
        StableWorkbook.save(wb, file, LocalDate.of(2025, 4, 14));
    }

    static String history(List<String[]> h) {
        return String.join("; ", h.stream().map(s -> s[0] + " " + s[1]).toList());
    }

    static void header(Sheet sheet, String[] columns, Styles st) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(columns[i]);
            c.setCellStyle(st.header);
        }
        sheet.createFreezePane(1, 1);
    }

    static void widths(Sheet sheet, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    static void fixedProperties(XSSFWorkbook wb, String title) {
        StableWorkbook.fixProperties(wb, title, "Lexmaturity demo data generator", LocalDate.of(2025, 4, 14));
    }

    static final class Styles {
        final CellStyle header;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle oneDecimal;

        Styles(XSSFWorkbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
            header = wb.createCellStyle();
            header.setFont(font);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            oneDecimal = wb.createCellStyle();
            oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        }
    }

    String mappingYaml() {
        StringBuilder y = new StringBuilder();
        y.append("# Mapping of the demo export demo-survey.xlsx (generated by DemoDataGenerator; do not edit by hand).\n");
        y.append("# The sheet Ohjeet holds instructions only and is not listed under sheets, so it is skipped.\n");
        y.append("survey: ").append(SURVEY_ID).append('\n');
        y.append("title: {fi: \"Digitalisaation lainsäädännölliset esteet 2025\", sv: \"Rättsliga hinder för digitalisering 2025\", "
                + "en: \"Legislative barriers to digitalisation 2025\"}\n");
        y.append("issued: \"2025-03-14\"   # quoted: unquoted, YAML reads a date, which the mapping reader does not accept\n");
        y.append("sheets: [Vastaukset, Svar]\n");
        y.append("respondent:\n");
        y.append("  id: [Vastaaja, Svarande]\n");
        y.append("  organisation: [Organisaatio, Organisation]\n");
        y.append("  type: [Organisaation tyyppi, Typ av organisation]\n");
        y.append("  branch: [Hallinnonala, Förvaltningsområde]\n");
        y.append("  personal: [Yhteyshenkilö, Sähköposti, Kontaktperson, E-post]\n");
        y.append("questions:\n");
        for (Question q : QUESTIONS) {
            y.append("  - id: ").append(q.id()).append('\n');
            y.append("    column: ").append(q.code()).append('\n');
            y.append("    kind: ").append(q.kind()).append('\n');
            if (q.kind().equals("likert")) {
                y.append("    scale: 1-5\n");
            }
            y.append("    theme: ").append(q.theme()).append('\n');
            y.append("    text: {fi: ").append(quote(q.fi())).append(", sv: ").append(quote(q.sv())).append(", en: ").append(quote(q.en())).append("}\n");
            String[][] options = q.kind().equals("choice") ? YES_NO : q.kind().equals("multi") ? CLOUD : null;
            if (options != null) {
                y.append("    options:\n");
                for (String[] o : options) {
                    y.append("      - {code: ").append(quote(o[0])).append(", labels: {fi: ").append(quote(o[1])).append(", sv: ")
                            .append(quote(o[2])).append(", en: ").append(quote(o[3])).append("}}\n");
                }
            }
        }
        return y.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ------------------------------------------------------------------------------------------------------------
    // Summary and helpers
    // ------------------------------------------------------------------------------------------------------------

    public String summary() {
        StringBuilder s = new StringBuilder();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> langs = new TreeMap<>();
        respondents.forEach(r -> {
            types.merge(r.org.type(), 1, Integer::sum);
            langs.merge(r.org.lang(), 1, Integer::sum);
        });
        int texts = 0;
        int citing = 0;
        int demo = 0;
        int real = 0;
        int unresolved = 0;
        int withText = 0;
        for (Respondent r : respondents) {
            boolean any = false;
            for (var e : r.citations.entrySet()) {
                if (e.getKey().equals("private")) {
                    continue;
                }
                any = true;
                texts++;
                List<Citation> cs = e.getValue();
                if (!cs.isEmpty()) {
                    citing++;
                }
                if (cs.stream().anyMatch(c -> c.kind().equals("demo"))) {
                    demo++;
                }
                if (cs.stream().anyMatch(c -> c.kind().equals("real"))) {
                    real++;
                }
                if (cs.stream().anyMatch(c -> c.kind().equals("unresolvable"))) {
                    unresolved++;
                }
            }
            if (any) {
                withText++;
            }
        }
        Map<String, Integer> statuses = new TreeMap<>();
        barriers.forEach(b -> statuses.merge(b.status, 1, Integer::sum));
        Map<String, Integer> mstatuses = new TreeMap<>();
        measures.forEach(m -> mstatuses.merge(m.status, 1, Integer::sum));
        s.append("respondents ").append(respondents.size()).append(" by sheet language ").append(langs).append('\n');
        s.append("organisation types ").append(types).append('\n');
        s.append("respondents with free text ").append(withText).append("; free-text answers ").append(texts)
                .append(", citing something ").append(citing).append(" (demo act ").append(demo).append(", real act ").append(real)
                .append(", unresolvable ").append(unresolved).append(")\n");
        s.append("barriers ").append(barriers.size()).append(" by status ").append(statuses).append("; with supported_by ")
                .append(barriers.stream().filter(b -> !b.supportedBy.isEmpty()).count()).append(", links ")
                .append(barriers.stream().mapToInt(b -> b.supportedBy.size()).sum()).append('\n');
        s.append("measures ").append(measures.size()).append(" by status ").append(mstatuses).append('\n');
        return s.toString();
    }

    static int index(String code) {
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (QUESTIONS.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String uncap(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an abbreviation such as "HL"
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
