package org.lexmaturity.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps federated queries off the public endpoint: Jena runs SERVICE by default, which would let anyone make the
 * server call other hosts. A query with SERVICE anywhere (a subquery, FILTER EXISTS) is refused before it runs, and
 * the execution context has no SERVICE executor at all, so one that slipped past the check still cannot run.
 */
final class ServiceGuard {
    private ServiceGuard() {}

    /** Throws a 400 if the query's algebra holds a SERVICE, at any depth, expressions included. */
    static void refuseService(Query query) {
        if (hasService(Algebra.compile(query))) {
            throw new SparqlError(400, "SERVICE (federated query) is not allowed on this endpoint");
        }
    }

    private static boolean hasService(Op op) {
        boolean[] found = {false};
        OpVisitorBase onService = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        };
        ExprVisitorBase onExists = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                // the pattern of EXISTS / NOT EXISTS is an Op of its own
                if (funcOp.getGraphPattern() != null && hasService(funcOp.getGraphPattern())) {
                    found[0] = true;
                }
            }
        };
        Walker.walk(op, onService, onExists);
        return found[0];
    }

    /** Switches SERVICE off in a query execution's context. */
    static void disable(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry.set(context, new ServiceExecutorRegistry());
    }
}
