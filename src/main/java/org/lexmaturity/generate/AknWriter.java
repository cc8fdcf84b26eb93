package org.lexmaturity.generate;

import org.lexmaturity.kernel.Markup;
import org.lexmaturity.generate.DemoCorpus.Heading;
import org.lexmaturity.generate.DemoCorpus.Subsection;

/**
 * Writes one language version of a generated act as Akoma Ntoso 3.0, in the shape of the demo acts (and of
 * Finlex): FRBR metadata, {@code lxm:demonstrationData true} so the importer files it with the demonstration acts
 * and every page flags it, a preface that says it is synthetic, chapters, sections and subsections with eIds
 * shared by both languages, and the signing minister, from whose title the importer finds the ministry.
 */
final class AknWriter {
    private AknWriter() {}

    /** {@code lang} is "fin" or "swe". */
    static String write(GeneratedAct act, String lang) {
        boolean sv = lang.equals("swe");
        String date = act.issued().toString();
        String work = "/akn/fi/act/statute/" + act.year() + "/" + act.number();
        StringBuilder x = new StringBuilder(16_384);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:finlex=\"http://data.finlex.fi/schema/finlex\""
                        + " xmlns:lxm=\"https://w3id.org/lexmaturity/ns#\">\n")
                .append("  <act name=\"main\">\n    <meta>\n      <identification source=\"#lexmaturity\">\n")
                .append("        <FRBRWork>\n")
                .append("          <FRBRthis value=\"").append(work).append("/!main\"/>\n")
                .append("          <FRBRuri value=\"").append(work).append("\"/>\n")
                .append("          <FRBRdate date=\"").append(date).append("\" name=\"dateIssued\"/>\n")
                .append("          <FRBRauthor href=\"#lexmaturity\"/>\n          <FRBRcountry value=\"fi\"/>\n")
                .append("          <FRBRsubtype value=\"statute\"/>\n")
                .append("          <FRBRnumber value=\"").append(act.number()).append("\"/>\n        </FRBRWork>\n")
                .append("        <FRBRExpression>\n")
                .append("          <FRBRthis value=\"").append(work).append('/').append(lang).append("@/!main\"/>\n")
                .append("          <FRBRuri value=\"").append(work).append('/').append(lang).append("@\"/>\n")
                .append("          <FRBRdate date=\"").append(date).append("\" name=\"dateIssued\"/>\n")
                .append("          <FRBRauthor href=\"#lexmaturity\"/>\n")
                .append("          <FRBRlanguage language=\"").append(lang).append("\"/>\n        </FRBRExpression>\n")
                .append("        <FRBRManifestation>\n")
                .append("          <FRBRthis value=\"").append(work).append('/').append(lang).append("@/!main.xml\"/>\n")
                .append("          <FRBRuri value=\"").append(work).append('/').append(lang).append("@.akn\"/>\n")
                .append("          <FRBRdate date=\"").append(date).append("\" name=\"dateProduced\"/>\n")
                .append("          <FRBRauthor href=\"#lexmaturity\"/>\n        </FRBRManifestation>\n")
                .append("      </identification>\n")
                .append("      <references source=\"#lexmaturity\">\n")
                .append("        <TLCOrganization eId=\"lexmaturity\" href=\"/ontology/organization/lexmaturity\" showAs=\"Lexmaturity\"/>\n")
                .append("      </references>\n")
                .append("      <proprietary source=\"#lexmaturity\">\n")
                .append("        <lxm:demonstrationData>true</lxm:demonstrationData>\n      </proprietary>\n    </meta>\n")
                .append("    <preface>\n      <p><docNumber>").append(act.id()).append("</docNumber> <docTitle>")
                .append(Markup.escape(pick(act.title(), sv))).append("</docTitle></p>\n")
                .append("      <p>").append(sv ? "Syntetiskt testmaterial (lexmaturity generate), inte gällande lagstiftning."
                        : "Synteettinen testiaineisto (lexmaturity generate), ei voimassa olevaa lainsäädäntöä.").append("</p>\n")
                .append("    </preface>\n    <body>\n");
        for (GeneratedAct.Chapter c : act.chapters()) {
            String chp = "chp_" + c.number();
            x.append("      <chapter eId=\"").append(chp).append("\">\n        <num>").append(c.number()).append(sv ? " kap." : " luku")
                    .append("</num>\n        <heading>").append(Markup.escape(pick(c.heading(), sv))).append("</heading>\n");
            for (GeneratedAct.Section s : c.sections()) {
                String sec = chp + "__sec_" + s.number();
                x.append("        <section eId=\"").append(sec).append("\">\n          <num>").append(s.number()).append(" §</num>\n")
                        .append("          <heading>").append(Markup.escape(pick(s.heading(), sv))).append("</heading>\n");
                int k = 1;
                for (Subsection sub : s.subsections()) {
                    x.append("          <subsection eId=\"").append(sec).append("__subsec_").append(k++).append("\">\n")
                            .append("            <content><p>").append(Markup.escape(sv ? sub.sv() : sub.fi())).append("</p></content>\n")
                            .append("          </subsection>\n");
                }
                x.append("        </section>\n");
            }
            x.append("      </chapter>\n");
        }
        x.append("    </body>\n    <conclusions>\n      <p><signature><role>").append(Markup.escape(pick(act.signer(), sv)))
                .append("</role><person>").append(sv ? "Testminister" : "Testiministeri").append("</person></signature></p>\n")
                .append("    </conclusions>\n  </act>\n</akomaNtoso>\n");
        return x.toString();
    }

    private static String pick(Heading h, boolean sv) {
        return sv ? h.sv() : h.fi();
    }

}
