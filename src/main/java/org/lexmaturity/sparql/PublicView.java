package org.lexmaturity.sparql;

import java.util.function.Predicate;
import org.apache.jena.sparql.core.Quad;
import org.lexmaturity.store.RemoteQueryEngine;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.access.SecurityContextView;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * What the public sees of the store: a read-only dataset view that holds only the public graphs, whatever a query
 * says. The view's default graph is the union of the public graphs; the private graphs are neither listed nor
 * readable through it (Jena's graph-level access control, {@link SecurityContextView}, filters every quad).
 *
 * <p>Build it inside a read transaction of the store and use it only there.
 */
public final class PublicView {
    private final List<Node> visible;

    public PublicView(Collection<Node> visibleGraphs) {
        this.visible = List.copyOf(new LinkedHashSet<>(visibleGraphs));
    }

    public List<Node> graphs() {
        return visible;
    }

    public boolean isVisible(Node graph) {
        return visible.contains(graph);
    }

    /** The public graphs of {@code all}, with their union as the default graph. */
    public DatasetGraph over(DatasetGraph all) {
        return new UnionDefaultView(all, new SecurityContextView(visible).predicateQuad(), visible);
    }

    /**
     * The dataset a SPARQL dataset description (FROM / FROM NAMED, or the protocol's default-graph-uri and
     * named-graph-uri) asks for, taken from the public view only: a graph that is not public is left out, so naming
     * the private graph yields nothing of it. The default graph is the merge of the chosen default graphs (empty when
     * none of them is public).
     */
    public DatasetGraph chosen(DatasetGraph all, List<String> defaultGraphs, List<String> namedGraphs) {
        DatasetGraph view = over(all);
        // no public default graph named: the default graph is empty (as SPARQL says), never the whole view
        return DynamicDatasets.dynamicDataset(publicOnly(defaultGraphs), publicOnly(namedGraphs), view, false);
    }

    private Set<Node> publicOnly(List<String> iris) {
        Set<Node> out = new LinkedHashSet<>();
        for (String iri : iris) {
            Node n = NodeFactory.createURI(iri);
            if (visible.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The filtered view with the union of the visible graphs as its default graph. */
    private static final class UnionDefaultView extends DatasetGraphFilteredView implements RemoteQueryEngine.UnionDefaultGraph {
        UnionDefaultView(DatasetGraph dsg, Predicate<Quad> filter, Collection<Node> visible) {
            super(dsg, filter, visible);
        }

        @Override
        public Graph getDefaultGraph() {
            return new GraphReadOnly(getUnionGraph());
        }
    }
}
