package org.lexmaturity.screening;

/**
 * One reading of a word: its base form, lower-cased, and its grammatical case where the language has cases ("paikalle"
 * → paikka, ill). {@code wordCase} is empty for words without case (verbs, Swedish).
 */
public record WordAnalysis(String lemma, String wordCase) {
}
