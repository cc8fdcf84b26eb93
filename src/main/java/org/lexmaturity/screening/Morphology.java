package org.lexmaturity.screening;

import java.util.List;

/** Base forms (and case) of the words of one language, from a morphological analyser of the system. */
public interface Morphology {
    /** The language it analyses: "fi", "sv". */
    String language();

    /** What it is, for messages: "Voikko 4.3.1 (Finnish)". */
    String description();

    /**
     * Every reading of {@code word} (one word, no spaces); empty for a word the analyser does not know. Implementations
     * are safe to call from several threads.
     */
    List<WordAnalysis> analyse(String word);
}
