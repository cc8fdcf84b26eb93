package org.lexmaturity.sparql;

import org.apache.jena.query.QueryBuildException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.XSD;

/**
 * Regular expressions from the public that cannot run away. Java's matcher never looks at a query's time limit, so
 * one catastrophic pattern ({@code (a+)+$}) would hold a worker for hours after its query "timed out", and a deeply
 * nested one overflows the stack. {@link #guard} rewrites a query's {@code REGEX} and {@code REPLACE} into functions
 * that match over text which checks the deadline as the matcher reads it, and that turn a stack overflow into a
 * {@link TooComplex} error: the endpoint answers 503 or 400, and logs one line.
 */
public final class RegexGuard {
    /** The deadline ({@link System#nanoTime}) in the execution context. */
    public static final Symbol DEADLINE = Symbol.create("https://w3id.org/lexmaturity/ns#queryDeadline");
    private static final String NS = "https://w3id.org/lexmaturity/ns/function#";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";

    static {
        FunctionRegistry.get().put(REGEX, GuardedRegex.class);
        FunctionRegistry.get().put(REPLACE, GuardedReplace.class);
    }

    private RegexGuard() {}

    /** A regular expression too deeply nested, or matching with too deep a recursion, to evaluate. */
    public static final class TooComplex extends RuntimeException {
        TooComplex(String what) {
            super("the regular expression " + what + " is too complex to evaluate (it overflows the stack): simplify it");
        }
    }

    /** The query with every REGEX and REPLACE in guarded form; queries without them come back as they are. */
    public static Query guard(Query query) {
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        };
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), swap);
    }

    /** Compiles once per call site while the pattern stays the same (it usually is a constant). */
    private abstract static class Guarded extends FunctionBase {
        private final String name;
        private final int required;
        private String lastSource;
        private String lastFlags;
        private Pattern last;

        /** {@code required} arguments, and the flags as one more that may be left out. */
        Guarded(String name, int required) {
            this.name = name;
            this.required = required;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < required || args.size() > required + 1) {
                throw new QueryBuildException(name + " takes " + required + " or " + (required + 1) + " arguments");
            }
        }

        Pattern pattern(NodeValue source, NodeValue flags) {
            String s = source.getString();
            String f = flags == null ? "" : flags.getString();
            if (!s.equals(lastSource) || !f.equals(lastFlags)) {
                try {
                    last = RegexEngine.makePattern("regex", s, f);
                } catch (StackOverflowError e) {
                    throw new TooComplex(shortened(s));
                } catch (PatternSyntaxException e) {
                    throw new ExprEvalException("regular expression: " + e.getDescription());
                }
                lastSource = s;
                lastFlags = f;
            }
            return last;
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            Object deadline = env == null || env.getContext() == null ? null : env.getContext().get(DEADLINE);
            long until = deadline instanceof Long l ? l : Long.MAX_VALUE;
            try {
                return exec(args, until);
            } catch (StackOverflowError e) {
                throw new TooComplex(shortened(args.get(1).isString() ? args.get(1).getString() : args.get(1).toString()));
            }
        }

        abstract NodeValue exec(List<NodeValue> args, long deadline);

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, Long.MAX_VALUE);
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class GuardedRegex extends Guarded {
        public GuardedRegex() {
            super("REGEX", 2);
        }

        @Override
        NodeValue exec(List<NodeValue> args, long deadline) {
            String text = lexical(args.get(0), "REGEX");
            Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(new DeadlineText(text, deadline)).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}: the result keeps the text's language tag. */
    public static final class GuardedReplace extends Guarded {
        public GuardedReplace() {
            super("REPLACE", 3);
        }

        @Override
        NodeValue exec(List<NodeValue> args, long deadline) {
            String text = lexical(args.get(0), "REPLACE");
            Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            Matcher m = p.matcher(new DeadlineText(text, deadline));
            String replaced = m.replaceAll(args.get(2).getString());
            String lang = args.get(0).asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
        }
    }

    private static String lexical(NodeValue v, String function) {
        Node n = v.asNode();
        if (!n.isLiteral() || !(n.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) || !n.getLiteralLanguage().isEmpty())) {
            throw new ExprEvalException(function + ": not a string: " + v);
        }
        return n.getLiteralLexicalForm();
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? "'" + s + "'" : "'" + s.substring(0, 40) + "…' (" + s.length() + " characters)";
    }

    /** Text that ends the match with a cancelled query once the deadline has passed (checked every 4,096 reads). */
    private static final class DeadlineText implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        DeadlineText(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
