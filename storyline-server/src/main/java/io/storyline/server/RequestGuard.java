package io.storyline.server;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Runs before every route and refuses what a web page the reader happens to open must not do to the
 * newsroom, and what a client must not do to its threads:
 * <ul>
 *   <li>Every request names this server in {@code Host} (a loopback name or an address the server
 *       listens on), else 421: a page that rebinds its own DNS name to this machine (DNS rebinding)
 *       reaches the port, but under its own name.</li>
 *   <li>A write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) carries no {@code Origin}
 *       or this server's own (else 403); with a body, it says what the body is in a
 *       {@code Content-Type} that a page cannot send across sites without asking first (no
 *       {@code text/plain}, form or multipart; else 415); and, when the server has a token, it
 *       carries {@code Authorization: Bearer TOKEN} (else 401).</li>
 *   <li>A write's body is read here, by at most {@link #MAX_UPLOADS} requests at once (the rest
 *       get 503), so clients that send their bodies slowly hold a few threads, never all of them:
 *       reads go on being answered. Jetty's minimum data rate (see {@link StorylineServer}) ends a
 *       body that trickles.</li>
 * </ul>
 * Reads need no token: what the newsroom shows is open to whoever can reach it.
 */
final class RequestGuard {

    /** Most write bodies read at once. */
    static final int MAX_UPLOADS = 16;

    /** The media types any page may send to any server without a CORS preflight (Fetch standard). */
    private static final Set<String> CROSS_SITE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A request refused before any route ran: its status and why. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final Set<String> hosts;
    private final byte[] token;
    private final Semaphore uploads = new Semaphore(MAX_UPLOADS);

    /**
     * @param hosts the names and addresses the server answers to, lower case, IPv6 in brackets
     * @param token the token writes need, or null for none
     */
    RequestGuard(Set<String> hosts, String token) {
        this.hosts = Set.copyOf(hosts);
        this.token = token == null ? null : token.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Loopback's names, the listening address, and, when listening on every address, each address of
     * this machine's interfaces and its host name.
     */
    static Set<String> namesFor(String listenHost) {
        Set<String> names = new LinkedHashSet<>(java.util.List.of("localhost", "127.0.0.1", literal("::1")));
        String bound = listenHost.toLowerCase(Locale.ROOT);
        if (isWildcard(bound)) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        names.add(literal(address.getHostAddress()));
                    }
                }
            } catch (SocketException ignored) {
                // no interfaces listed: loopback's names remain
            }
            try {
                InetAddress self = InetAddress.getLocalHost();
                names.add(self.getHostName().toLowerCase(Locale.ROOT));
                names.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException ignored) {
                // the machine has no resolvable name: its addresses remain
            }
        } else {
            names.add(literal(bound));
            try {
                for (InetAddress address : InetAddress.getAllByName(bound)) {
                    names.add(literal(address.getHostAddress()));
                }
            } catch (UnknownHostException ignored) {
                // the server could not listen there either; its name remains
            }
        }
        return names;
    }

    /** True for 0.0.0.0 and ::, which listen on every address. */
    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** True when the address is this machine only (127.0.0.0/8, ::1, or a name for them). */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** 32 random bytes, base64url: a token for a server that was not given one. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The before-handler: throws {@link Refused} for a request that may not go on. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !hosts.contains(hostName(host))) {
            throw new Refused(421, "this server answers only under its own names (localhost, 127.0.0.1 or the address"
                    + " it listens on), not as '" + printable(host) + "': a page under another name, as in DNS"
                    + " rebinding, may not use it");
        }
        String method = ctx.method().name();
        if (!WRITES.contains(method)) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
            throw new Refused(403, "writes are taken only from this server's own page or from clients that"
                    + " send no Origin; refused one from '" + printable(origin) + "'");
        }
        if (token != null && !hasToken(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline\"");
            throw new Refused(401, "this server takes writes only with its token: send the header"
                    + " 'Authorization: Bearer TOKEN' with the token it printed when it started (or was given)");
        }
        if (!method.equals("DELETE")) {
            String type = mediaType(ctx.header("Content-Type"));
            if (type.isEmpty() || CROSS_SITE_TYPES.contains(type)) {
                throw new Refused(415, (type.isEmpty() ? "a write must say what it sends in Content-Type"
                        : type + " is refused for writes, as any web page may send it unasked")
                        + ": send application/json (or text/html for one page with ?url=)");
            }
            readBody(ctx);
        }
    }

    /** Reads the body now (Javalin keeps it for the route), holding one of the few upload places. */
    private void readBody(Context ctx) {
        if (!uploads.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw new Refused(503, "the server is reading " + MAX_UPLOADS + " other uploads; try again in a moment");
        }
        try {
            ctx.bodyAsBytes();
        } finally {
            uploads.release();
        }
    }

    private boolean hasToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, token);
    }

    /** The host part of a Host header, lower case, without port or trailing dot; IPv6 kept in brackets. */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : literal(h.substring(0, end + 1));
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** An IPv6 address in one spelling (the full one, {@code [0:0:0:0:0:0:0:1]} for {@code [::1]}); others as given. */
    private static String literal(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (!a.contains(":")) {
            return a;
        }
        try {
            // a literal (it has colons), so this parses and never asks DNS
            return "[" + InetAddress.getByName(a).getHostAddress() + "]";
        } catch (UnknownHostException e) {
            return "[" + a + "]";
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** At most 100 printable characters of a header, for a message. */
    private static String printable(String value) {
        String clean = value.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
