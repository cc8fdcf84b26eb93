package org.lexmaturity.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A small OpenID Connect provider on loopback for the tests: discovery, JWKS, an authorisation endpoint that signs in
 * the configured user at once (as a provider does for a user with a live session there), and a token endpoint that
 * checks the PKCE verifier and returns an RS256-signed ID token. It speaks the real protocol, so Vert.x's client code
 * does everything it does against a real provider: discovery, state, PKCE, code exchange, signature and claim checks.
 */
final class LocalOidcProvider implements AutoCloseable {
    static final String CLIENT_ID = "lexmaturity";
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final KeyPair keys;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    volatile JsonObject userClaims = new JsonObject();

    private record Grant(String challenge, String nonce, String redirectUri) {}

    LocalOidcProvider() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Router router = Router.router(vertx);
        router.get("/.well-known/openid-configuration").handler(ctx -> ctx.json(new JsonObject()
                .put("issuer", issuer()).put("authorization_endpoint", issuer() + "/authorize").put("token_endpoint", issuer() + "/token")
                .put("jwks_uri", issuer() + "/jwks").put("response_types_supported", new JsonArray().add("code"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))));
        router.get("/jwks").handler(ctx -> {
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            ctx.json(new JsonObject().put("keys", new JsonArray().add(new JsonObject().put("kty", "RSA").put("use", "sig")
                    .put("alg", "RS256").put("kid", "k1").put("n", b64(unsigned(pub.getModulus()))).put("e", b64(unsigned(pub.getPublicExponent()))))));
        });
        router.get("/authorize").handler(ctx -> {
            String code = UUID.randomUUID().toString();
            grants.put(code, new Grant(ctx.request().getParam("code_challenge"), ctx.request().getParam("nonce"), ctx.request().getParam("redirect_uri")));
            String state = ctx.request().getParam("state");
            ctx.redirect(ctx.request().getParam("redirect_uri") + "?code=" + code + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)));
        });
        router.post("/token").handler(BodyHandler.create()).handler(ctx -> {
            Grant grant = grants.remove(String.valueOf(ctx.request().getFormAttribute("code")));
            String verifier = ctx.request().getFormAttribute("code_verifier");
            if (grant == null || verifier == null || !grant.challenge().equals(b64(sha256(verifier)))) {
                ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json").end("{\"error\":\"invalid_grant\"}");
                return;
            }
            long now = Instant.now().getEpochSecond();
            JsonObject claims = userClaims.copy().put("iss", issuer()).put("aud", CLIENT_ID).put("iat", now).put("exp", now + 300);
            if (grant.nonce() != null) {
                claims.put("nonce", grant.nonce());
            }
            ctx.json(new JsonObject().put("access_token", UUID.randomUUID().toString()).put("token_type", "Bearer")
                    .put("expires_in", 300).put("id_token", jwt(claims)).put("scope", "openid profile email"));
        });
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    String issuer() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private String jwt(JsonObject claims) {
        try {
            String header = b64(new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", "k1").encode().getBytes(StandardCharsets.UTF_8));
            String payload = b64(claims.encode().getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] b = n.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        vertx.close();
    }
}
