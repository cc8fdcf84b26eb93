package org.lexmaturity.analysis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Checks the search text of a full-text analysis before it runs: the embedded store reports a text that Lucene cannot
 * parse with its own exception, but a remote store only answers "server error", so the check has to happen here for
 * the user to learn what is wrong with the text.
 */
final class SearchTextSyntax {
    /** The parameter bound as the text of {@code text:query (property $param …)}. */
    private static final Pattern SEARCH_PARAMETER = Pattern.compile("text:query\\s*\\(\\s*\\S+\\s+\\$(\\w+)");

    static void check(AnalysisDefinition def, Map<String, String> values) {
        Matcher m = SEARCH_PARAMETER.matcher(def.query());
        while (m.find()) {
            String text = values.get(m.group(1));
            if (text == null) {
                continue;
            }
            try {
                new QueryParser("text", new KeywordAnalyzer()).parse(text);
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("analysis " + def.id() + ": the search text does not parse (quotes and brackets must pair): "
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
            }
        }
    }

    private SearchTextSyntax() {}
}
