package org.lexmaturity.generate;

import java.util.ArrayList;
import java.util.List;

/** A section of a generated act that holds a planted barrier of {@code kind} (WF, SIG, …): what surveys cite and barriers point at. */
record BarrierSite(GeneratedAct act, GeneratedAct.Chapter chapter, GeneratedAct.Section section, String kind) {

    static List<BarrierSite> all(List<GeneratedAct> acts) {
        List<BarrierSite> out = new ArrayList<>();
        for (GeneratedAct a : acts) {
            for (GeneratedAct.Chapter c : a.chapters()) {
                for (GeneratedAct.Section s : c.sections()) {
                    s.subsections().stream().flatMap(sub -> sub.planted().stream()).filter(BarrierKinds.BARRIER_TYPE::containsKey)
                            .findFirst().ifPresent(kind -> out.add(new BarrierSite(a, c, s, kind)));
                }
            }
        }
        return out;
    }

    String reference() {
        return act.reference(chapter, section);
    }
}
