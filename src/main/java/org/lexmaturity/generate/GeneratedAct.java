package org.lexmaturity.generate;

import java.time.LocalDate;
import java.util.List;
import org.lexmaturity.generate.DemoCorpus.Heading;
import org.lexmaturity.generate.DemoCorpus.Subsection;

/**
 * A synthetic act: number (5000 and up in its year, so never a real act's), date, title and signer in Finnish and
 * Swedish, and chapters of sections numbered straight through, as Finnish acts are.
 */
public record GeneratedAct(int year, int number, LocalDate issued, Heading title, Heading signer, List<Chapter> chapters) {

    public record Chapter(int number, Heading heading, List<Section> sections) {}

    public record Section(int number, Heading heading, List<Subsection> subsections) {}

    /** "5012/2018". */
    public String id() {
        return number + "/" + year;
    }

    public int sectionCount() {
        return chapters.stream().mapToInt(c -> c.sections().size()).sum();
    }

    /** A section's reference as the register reads it: "5012/2018 2 luku 5 §". */
    public String reference(Chapter chapter, Section section) {
        return id() + " " + chapter.number() + " luku " + section.number() + " §";
    }
}
