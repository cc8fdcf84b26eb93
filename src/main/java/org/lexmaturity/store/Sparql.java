package org.lexmaturity.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Runs a query file against a dataset inside the caller's transaction, with inputs bound as RDF terms, and hands
 * back plain rows (never a live result set, which must not outlive its transaction).
 */
public final class Sparql {

    /** One result row: variable name to term (unbound variables are absent). */
    public record Row(Map<String, Node> values) {
        public Optional<Node> get(String var) {
            return Optional.ofNullable(values.get(var));
        }

        public String string(String var) {
            return get(var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString()).orElse("");
        }

        /**
         * A boolean column: true for {@code true}, and for {@code 1}, which is how Virtuoso answers a boolean the query
         * computed; false when unbound or anything else.
         */
        public boolean flag(String var) {
            return get(var).filter(Node::isLiteral).map(n -> n.getLiteralLexicalForm().trim())
                    .map(v -> v.equals("true") || v.equals("1")).orElse(false);
        }

        public long number(String var) {
            return get(var).filter(Node::isLiteral).map(n -> Long.parseLong(n.getLiteralLexicalForm())).orElse(0L);
        }
    }

    public static List<Row> select(DatasetGraph dsg, String queryName, Map<String, Node> inputs) {
        Query query = QueryFiles.get(queryName);
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
        inputs.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
        List<Row> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet rs = exec.select();
            rs.forEachRemaining(binding -> {
                Map<String, Node> values = new HashMap<>();
                binding.vars().forEachRemaining(v -> values.put(v.getVarName(), binding.get(v)));
                rows.add(new Row(values));
            });
        }
        return rows;
    }

    public static List<Row> select(DatasetGraph dsg, String queryName) {
        return select(dsg, queryName, Map.of());
    }

    private Sparql() {}
}
