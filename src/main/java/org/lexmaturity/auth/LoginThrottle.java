package org.lexmaturity.auth;

import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code perName} failed sign-ins for one account name, or {@code perAddress} from one
 * address, within {@code window}, further attempts are refused until the oldest failure leaves the window. Counting
 * per name stops a guesser who rotates addresses; counting per address (with a higher limit, since a ministry's staff
 * may share one) stops one who rotates names. A success clears the name.
 */
public final class LoginThrottle {
    private final int perName;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int perName, int perAddress, Duration window, Clock clock) {
        this.perName = perName;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(5, 30, Duration.ofMinutes(15), Clock.systemUTC());
    }

    /** How long to wait before another attempt is allowed; zero when one is allowed now. */
    public Duration waitBefore(String address, String name) {
        Instant now = clock.instant();
        Duration a = wait(key("ip", address), perAddress, now);
        Duration b = wait(key("name", name), perName, now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String address, String name) {
        failed(address, name, clock.instant());
    }

    /** A failure at a given time: one another server saw and told this one of. */
    public void failed(String address, String name, Instant at) {
        record(key("ip", address), at);
        record(key("name", name), at);
    }

    public void succeeded(String name) {
        failures.remove(key("name", name));
    }

    private Duration wait(String key, int maxFailures, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
        if (failures.size() > 100_000) {
            // a flood of distinct names must not grow memory without bound: forget the quiet ones
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(Locale.ROOT));
    }
}
