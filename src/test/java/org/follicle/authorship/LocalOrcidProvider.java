package org.follicle.authorship;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider on a loopback port standing in for ORCID: discovery, its signing key
 * set, an authorization endpoint that consents at once and redirects back with a code, and a token
 * endpoint that checks the client secret, the code, the redirect address and the PKCE verifier
 * before it signs an ID token whose subject is the iD set with {@link #signInAs}. A test can make
 * it misbehave with {@link #misbehave}.
 */
final class LocalOrcidProvider {

  static final String CLIENT_ID = "APP-FOLLICLE-TEST";
  static final String CLIENT_SECRET = "local-provider-secret";

  /** What the provider does wrong on the next sign-ins. */
  enum Misbehaviour {
    NONE,
    DENY_CONSENT,
    SIGN_WITH_ANOTHER_KEY,
    WRONG_NONCE,
    WRONG_AUDIENCE,
    WRONG_ISSUER,
    EXPIRED_TOKEN
  }

  private record Grant(String subject, String nonce, String codeChallenge, String redirectUri) {}

  private final HttpServer server;
  private final RSAKey signingKey;
  private final RSAKey foreignKey;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private volatile String subject;
  private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;

  LocalOrcidProvider() {
    try {
      signingKey = new RSAKeyGenerator(2048).keyID("local-1").generate();
      foreignKey = new RSAKeyGenerator(2048).keyID("local-1").generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException | JOSEException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", this::keys);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  void stop() {
    server.stop(0);
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The iD the next sign-ins prove. */
  void signInAs(String orcid) {
    subject = orcid;
  }

  void misbehave(Misbehaviour next) {
    misbehaviour = next;
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String body =
        """
        {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize",
         "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/jwks",
         "response_types_supported": ["code"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
        """
            .formatted(issuer());
    answer(exchange, 200, body);
  }

  private void keys(HttpExchange exchange) throws IOException {
    answer(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toString());
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    String redirectUri = query.get("redirect_uri");
    String back;
    if (misbehaviour == Misbehaviour.DENY_CONSENT) {
      back = "error=access_denied&error_description=User+denied+access";
    } else {
      String code = UUID.randomUUID().toString();
      grants.put(
          code, new Grant(subject, query.get("nonce"), query.get("code_challenge"), redirectUri));
      back = "code=" + code;
    }
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            redirectUri
                + "?"
                + back
                + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "{\"error\": \"invalid_client\"}");
      return;
    }
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = grants.remove(String.valueOf(form.get("code")));
    if (grant == null
        || !"authorization_code".equals(form.get("grant_type"))
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || form.get("code_verifier") == null
        || !CodeChallenge.compute(
                CodeChallengeMethod.S256, new CodeVerifier(form.get("code_verifier")))
            .getValue()
            .equals(grant.codeChallenge())) {
      answer(exchange, 400, "{\"error\": \"invalid_grant\"}");
      return;
    }
    answer(
        exchange,
        200,
        """
        {"access_token": "%s", "token_type": "Bearer", "expires_in": 600, "id_token": "%s"}
        """
            .formatted(UUID.randomUUID(), idToken(grant)));
  }

  private String idToken(Grant grant) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(misbehaviour == Misbehaviour.WRONG_ISSUER ? "https://elsewhere.test" : issuer())
            .subject(grant.subject())
            .audience(misbehaviour == Misbehaviour.WRONG_AUDIENCE ? "APP-SOMEONE-ELSE" : CLIENT_ID)
            .issueTime(
                Date.from(now.minusSeconds(misbehaviour == Misbehaviour.EXPIRED_TOKEN ? 7200 : 0)))
            .expirationTime(
                Date.from(
                    misbehaviour == Misbehaviour.EXPIRED_TOKEN
                        ? now.minusSeconds(3600)
                        : now.plusSeconds(600)))
            .claim(
                "nonce", misbehaviour == Misbehaviour.WRONG_NONCE ? "another-nonce" : grant.nonce())
            .build();
    RSAKey key = misbehaviour == Misbehaviour.SIGN_WITH_ANOTHER_KEY ? foreignKey : signingKey;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
