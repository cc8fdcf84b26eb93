package org.lexmaturity.generate;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lexmaturity.generate.DemoCorpus.Heading;

/**
 * Makes synthetic acts from the demo corpus: each act draws 10–65 sections (37.5 on average, so that 4,000 acts
 * hold about 150,000 provisions), groups them into chapters of three to seven sections, and numbers acts from 5001
 * upwards within each year 1995–2025. Deterministic for a given {@link Random}.
 */
final class ActGenerator {
    static final int FIRST_YEAR = 1995;
    static final int LAST_YEAR = 2025;
    static final int FIRST_NUMBER = 5001;

    private final DemoCorpus corpus;
    private final Random rnd;
    private final int[] nextNumber = new int[LAST_YEAR - FIRST_YEAR + 1];
    private final Heading general;

    ActGenerator(DemoCorpus corpus, Random rnd) {
        this.corpus = corpus;
        this.rnd = rnd;
        Arrays.fill(nextNumber, FIRST_NUMBER);
        this.general = corpus.chapterHeadings().stream().filter(h -> h.fi().equals("Yleiset säännökset")).findFirst()
                .orElse(new Heading("Yleiset säännökset", "Allmänna bestämmelser"));
    }

    List<GeneratedAct> generate(int count) {
        List<GeneratedAct> acts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            acts.add(next());
        }
        return acts;
    }

    private GeneratedAct next() {
        int year = FIRST_YEAR + rnd.nextInt(nextNumber.length);
        int number = nextNumber[year - FIRST_YEAR]++;
        LocalDate issued = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
        Heading title = corpus.titles().get(rnd.nextInt(corpus.titles().size()));
        Heading signer = corpus.signers().get(rnd.nextInt(corpus.signers().size()));
        int sections = 10 + rnd.nextInt(56);
        List<GeneratedAct.Chapter> chapters = new ArrayList<>();
        int section = 1;
        while (section <= sections) {
            int size = Math.min(3 + rnd.nextInt(5), sections - section + 1);
            Heading heading = chapters.isEmpty() ? general : corpus.chapterHeadings().get(rnd.nextInt(corpus.chapterHeadings().size()));
            List<GeneratedAct.Section> list = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                DemoCorpus.Section s = corpus.sections().get(rnd.nextInt(corpus.sections().size()));
                list.add(new GeneratedAct.Section(section++, s.heading(), s.subsections()));
            }
            chapters.add(new GeneratedAct.Chapter(chapters.size() + 1, heading, List.copyOf(list)));
        }
        return new GeneratedAct(year, number, issued, title, signer, List.copyOf(chapters));
    }
}
