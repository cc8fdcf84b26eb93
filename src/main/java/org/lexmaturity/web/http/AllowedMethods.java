package org.lexmaturity.web.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code Allow} header of a 405 answer: the methods the router's routes take for a path. Only routes bound to
 * methods and to a path count; the method-less ones are the handlers every request passes through. {@code HEAD}
 * goes with {@code GET}, since every GET route answers HEAD too.
 */
public final class AllowedMethods {
    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z0-9_]+");

    private final Router router;
    /** Each method-bound route's path as a pattern, compiled once: 404s run this on the event loop. */
    private volatile List<Bound> bound;

    private record Bound(Pattern path, Set<String> methods) {}

    public AllowedMethods(Router router) {
        this.router = router;
    }

    public String forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Bound b : bound()) {
            if (b.path().matcher(path).matches()) {
                allowed.addAll(b.methods());
            }
        }
        if (allowed.contains(HttpMethod.GET.name())) {
            allowed.add(HttpMethod.HEAD.name());
        }
        return String.join(", ", allowed);
    }

    /** Built on first use, when every route is mounted (the server mounts them all before it listens). */
    private List<Bound> bound() {
        List<Bound> b = bound;
        if (b == null) {
            List<Bound> all = new ArrayList<>();
            for (Route route : router.getRoutes()) {
                // a route with :parameters counts as a regex route but keeps its template; a pure regex route has none
                if (route.methods() != null && !route.methods().isEmpty() && route.getPath() != null) {
                    Set<String> methods = new TreeSet<>();
                    route.methods().forEach(m -> methods.add(m.name()));
                    all.add(new Bound(pattern(route), methods));
                }
            }
            bound = b = List.copyOf(all);
        }
        return b;
    }

    private static Pattern pattern(Route route) {
        String template = route.getPath();
        boolean prefix = !route.isExactPath();
        if (prefix && template.endsWith("*")) {
            template = template.substring(0, template.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        var m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + (prefix ? ".*" : "/?"));
    }
}
