package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the Lexmaturity vocabulary ({@code ontology/lexmaturity.ttl}) that the code writes or reads. */
public final class LXM {
    public static final String NS = "https://w3id.org/lexmaturity/ns#";
    /** Base of the SKOS schemes in {@code ontology/schemes.ttl}: {@code NS_SCHEMES + "act-type/act"}. */
    public static final String NS_SCHEMES = "https://w3id.org/lexmaturity/ns/";

    /** Text of a provision in one language (language-tagged literal; the full-text index covers it). */
    public static final Node text = uri("text");
    /** Heading of a chapter or section in one language. */
    public static final Node heading = uri("heading");
    /** Position among siblings, for sorting. */
    public static final Node ordinal = uri("ordinal");
    /** The Akoma Ntoso eId of a subdivision, the same in every language version. */
    public static final Node eId = uri("eId");
    /** Marks fictional demonstration data. */
    public static final Node demonstrationData = uri("demonstrationData");
    /** The format an expression was imported from: akn, finlex-xml, eli-rdf. */
    public static final Node sourceFormat = uri("sourceFormat");
    /** The file an expression was imported from (name only, never a path of the importing machine). */
    public static final Node sourceFile = uri("sourceFile");
    /** A language the act was imported in but this provision has no text in: the language versions differ here. */
    public static final Node missingLanguage = uri("missingLanguage");
    /** On an expression: the act's provision texts in its language are this version's. */
    public static final Node currentText = uri("currentText");
    /** On a finding or a screening run: the act's temporal version (its version node) whose text was screened. */
    public static final Node textVersion = uri("textVersion");
    /** Title of the minister heading a ministry, used to find the ministry responsible for an act. */
    public static final Node ministerTitle = uri("ministerTitle");

    /** A short name by which an act is cited in running text ("hallintolaki"@fi, "förvaltningslagen"@sv). */
    public static final Node shortName = uri("shortName");
    /** A case-sensitive abbreviation by which an act is cited ("HL"@fi). */
    public static final Node abbreviation = uri("abbreviation");
    /** The number a citation gives for its act, "434/2003", kept even when the act is not in the store. */
    public static final Node citedActNumber = uri("citedActNumber");
    /** The chapter label a citation names, "8 b". */
    public static final Node citedChapter = uri("citedChapter");
    /** The section label a citation names, "53 e". */
    public static final Node citedSection = uri("citedSection");

    /** Classes counted by {@code stats}; filled by later features. */
    public static final Node Barrier = uri("Barrier");
    public static final Node Measure = uri("Measure");
    public static final Node Finding = uri("Finding");
    public static final Node Survey = uri("Survey");


    // Surveys (DDI-RDF Discovery for the questionnaire, W3C Data Cube for the public aggregates)
    public static final Node Respondent = uri("Respondent");
    public static final Node Response = uri("Response");
    public static final Node Answer = uri("Answer");
    public static final Node Citation = uri("Citation");
    /** The question an answer or an aggregate observation is about. */
    public static final Node question = uri("question");
    /** What kind of answer a question takes: likert, choice, multi, text, number. */
    public static final Node answerKind = uri("answerKind");
    public static final Node scaleMin = uri("scaleMin");
    public static final Node scaleMax = uri("scaleMax");
    /** The answer value: an integer on a Likert or number question, an option code on a choice question. */
    public static final Node answerValue = uri("answerValue");
    /** A free-text answer: personal data, private graph only. */
    public static final Node freeText = uri("freeText");
    /** Contact details of a respondent: personal data, private graph only. */
    public static final Node contact = uri("contact");
    /** Where in the export a response came from ("sheet Svar, row 14"). */
    public static final Node sourceRow = uri("sourceRow");
    /** The installation's secret for keyed response IRIs: private graph only. */
    public static final Node secretKey = uri("secretKey");
    public static final Node organisationType = uri("organisationType");
    public static final Node administrativeBranch = uri("administrativeBranch");
    public static final Node respondentCount = uri("respondentCount");
    public static final Node suppressed = uri("suppressed");
    public static final Node suppressionThreshold = uri("suppressionThreshold");
    public static final Node AllOrganisationTypes = uri("AllOrganisationTypes");
    public static final Node SurveyAggregateStructure = uri("SurveyAggregateStructure");
    // Citations found in free text
    public static final Node citationText = uri("citationText");
    public static final Node matchStart = uri("matchStart");
    public static final Node matchEnd = uri("matchEnd");
    public static final Node citedAct = uri("citedAct");
    public static final Node citedProvision = uri("citedProvision");
    public static final Node resolved = uri("resolved");
    // Barrier register and measures
    public static final Node StatusChange = uri("StatusChange");
    public static final Node theme = uri("theme");
    public static final Node barrierType = uri("barrierType");
    public static final Node concernsProvision = uri("concernsProvision");
    public static final Node severity = uri("severity");
    public static final Node affectsLifeEvent = uri("affectsLifeEvent");
    public static final Node responsibleMinistry = uri("responsibleMinistry");
    public static final Node proposedAction = uri("proposedAction");
    public static final Node status = uri("status");
    public static final Node statusChange = uri("statusChange");
    public static final Node fromStatus = uri("fromStatus");
    public static final Node toStatus = uri("toStatus");
    public static final Node supportedBy = uri("supportedBy");
    public static final Node addresses = uri("addresses");
    public static final Node owner = uri("owner");
    public static final Node targetDate = uri("targetDate");
    public static final Node amendingAct = uri("amendingAct");
    /** The fields a recorded change touched ("status, severity"). */
    public static final Node changedFields = uri("changedFields");

    // Screening indicators (ontology/indicators.ttl) and findings
    public static final Node indicator = uri("indicator");
    public static final Node matchedText = uri("matchedText");
    /** The act a finding's provision belongs to, written by screening so per-act analyses need no path. */
    public static final Node concernsAct = uri("concernsAct");
    public static final Node ruleVersion = uri("ruleVersion");
    /** A screening rule: a SKOS concept with patterns per language. */
    public static final Node Indicator = uri("Indicator");
    /** "barrier", "enabler" or "mitigator". */
    public static final Node polarity = uri("polarity");
    /** How strongly a match counts, 0–1 (xsd:decimal). */
    public static final Node weight = uri("weight");
    /** A Java regular expression, language-tagged with the language of the text it screens. */
    public static final Node pattern = uri("pattern");
    /** A pattern over base forms and cases ({@code LemmaPattern}), language-tagged; used where the language has a morphological analyser. */
    public static final Node lemmaPattern = uri("lemmaPattern");
    /** A regular expression that cancels the indicator's match in the same sentence. */
    public static final Node exclusion = uri("exclusion");
    /** A rewording for drafters that removes the barrier. */
    public static final Node suggestion = uri("suggestion");
    /** A barrier type an enabler or mitigator counters. */
    public static final Node counters = uri("counters");
    /** The screening guide's category an indicator's match stands for (WF, SIG, …, ELEC-E). */
    public static final Node guideCategory = uri("guideCategory");
    /** A clause in which words are not indicators: a negation, a definition, scope, purpose or deeming clause. */
    public static final Node ClauseContext = uri("ClauseContext");
    /** The polarity ("barrier", "enabler") whose matches a clause context cancels. */
    public static final Node cancels = uri("cancels");
    /** A barrier type a clause context leaves standing although it cancels its polarity. */
    public static final Node spares = uri("spares");
    /** How near (characters) a clause context must be to a match to cancel it; absent, the whole sentence. */
    public static final Node window = uri("window");
    /** A phrase that refers to another section of the same act for a requirement ("17 §:ssä tarkoitetulla tavalla"). */
    public static final Node CrossReference = uri("CrossReference");
    /** On a finding: the provision whose requirement it inherits through a cross-reference. */
    public static final Node inheritedFrom = uri("inheritedFrom");
    /** On a finding: the mitigator that matched beside it; the barrier is then mitigated. */
    public static final Node mitigatedBy = uri("mitigatedBy");
    /** The maturity dimension a barrier type or indicator concerns. */
    public static final Node dimension = uri("dimension");

    public static Node concept(String scheme, String code) {
        return NodeFactory.createURI(NS_SCHEMES + scheme + "/" + code);
    }

    /** Any term of the vocabulary by its local name, for terms used in one place only. */
    public static Node term(String local) {
        return uri(local);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private LXM() {}
}
