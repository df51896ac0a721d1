package org.follicle.authorship;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect authorization-code flow with ORCID (or the provider at {@code
 * follicle.orcid.issuer-uri}), done by hand so that it proves an iD without touching the user's
 * Follicle session: the authorization request (state, nonce, PKCE), then the code exchange and the
 * ID token's checks (signature against the provider's keys, issuer, audience, expiry, nonce).
 */
@Component
class OrcidSignIn {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final String issuer;
  private final ClientID clientId;
  private final Secret clientSecret;
  // Discovered on first use, so a provider that is down at start-up does not stop Follicle.
  private volatile Provider provider;

  /** What discovery told, with the validator that caches the provider's signing keys. */
  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /** Where to send the user, and what the callback must find in their session. */
  record Start(URI authorizationUri, PendingOrcidLink pending) {}

  OrcidSignIn(
      @Value("${follicle.orcid.issuer-uri:}") String issuer,
      @Value("${follicle.orcid.client-id:}") String clientId,
      @Value("${follicle.orcid.client-secret:}") String clientSecret) {
    this.issuer = issuer.strip();
    this.clientId = clientId.isBlank() ? null : new ClientID(clientId.strip());
    this.clientSecret = clientSecret.isBlank() ? null : new Secret(clientSecret.strip());
  }

  /** True when all three settings are there; otherwise no page offers linking an iD. */
  boolean enabled() {
    return !issuer.isEmpty() && clientId != null && clientSecret != null;
  }

  /** Builds the authorization request for the account, with a fresh state, nonce and verifier. */
  Start start(long accountId, URI redirectUri) {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI uri =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope(OIDCScopeValue.OPENID), clientId, redirectUri)
            .endpointURI(provider().metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Start(
        uri,
        new PendingOrcidLink(
            accountId,
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            redirectUri.toString()));
  }

  /** Reads the provider's answer at the callback and returns the ORCID iD it proves. */
  OrcidId finish(PendingOrcidLink pending, Map<String, List<String>> callbackParameters) {
    URI redirectUri = URI.create(pending.redirectUri());
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(redirectUri, callbackParameters);
    } catch (ParseException e) {
      throw new OrcidLinkFailed("ORCID's answer could not be read; start again", e);
    }
    if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
      throw new OrcidLinkFailed(
          "ORCID's answer does not belong to the link you started (its state does not match);"
              + " start again");
    }
    if (!response.indicatesSuccess()) {
      throw new OrcidLinkFailed(refusal(((AuthenticationErrorResponse) response).getErrorObject()));
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new OrcidLinkFailed("ORCID's answer carried no authorization code; start again");
    }
    return idTokenSubject(exchange(code, pending, redirectUri), pending);
  }

  private OIDCTokenResponse exchange(
      AuthorizationCode code, PendingOrcidLink pending, URI redirectUri) {
    Provider current = provider();
    TokenRequest request =
        new TokenRequest(
            current.metadata().getTokenEndpointURI(),
            clientAuthentication(current.metadata()),
            new AuthorizationCodeGrant(
                code, redirectUri, new CodeVerifier(pending.codeVerifier())));
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(TIMEOUT_MILLIS);
    http.setReadTimeout(TIMEOUT_MILLIS);
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new OrcidLinkFailed("ORCID did not answer the code exchange; try again later", e);
    } catch (ParseException e) {
      throw new OrcidLinkFailed("ORCID's token answer could not be read; try again later", e);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new OrcidLinkFailed(
          "ORCID refused the code exchange (%s); start again".formatted(described(error)));
    }
    return (OIDCTokenResponse) response.toSuccessResponse();
  }

  private OrcidId idTokenSubject(OIDCTokenResponse tokens, PendingOrcidLink pending) {
    var idToken = tokens.getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new OrcidLinkFailed("ORCID's answer carried no ID token; the iD was not linked");
    }
    String subject;
    try {
      subject =
          provider()
              .validator()
              .validate(idToken, new Nonce(pending.nonce()))
              .getSubject()
              .getValue();
    } catch (BadJOSEException | JOSEException e) {
      throw new OrcidLinkFailed(
          "ORCID's ID token failed its checks (%s); the iD was not linked"
              .formatted(e.getMessage()),
          e);
    }
    return OrcidId.parse(subject)
        .orElseThrow(
            () ->
                new OrcidLinkFailed(
                    "ORCID named '%s', which is not an ORCID iD; the iD was not linked"
                        .formatted(subject)));
  }

  /** Client secret in the Authorization header unless the provider takes it only in the form. */
  private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
    var methods = metadata.getTokenEndpointAuthMethods();
    if (methods != null
        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)) {
      return new ClientSecretPost(clientId, clientSecret);
    }
    return new ClientSecretBasic(clientId, clientSecret);
  }

  private Provider provider() {
    Provider known = provider;
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
        throw new OrcidLinkFailed(
            "ORCID's sign-in description (%s) names no token endpoint or signing keys; linking is"
                    .formatted(issuer)
                + " not possible now");
      }
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              clientId,
              JWSAlgorithm.RS256,
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
      known = new Provider(metadata, validator);
    } catch (IOException | GeneralException | IllegalArgumentException e) {
      throw new OrcidLinkFailed(
          "ORCID's sign-in could not be reached (%s); try again later".formatted(issuer), e);
    }
    provider = known;
    return known;
  }

  private static String refusal(ErrorObject error) {
    if (OAuth2Error.ACCESS_DENIED.getCode().equals(error.getCode())) {
      return "You did not allow Follicle to read your ORCID iD at ORCID, so nothing was linked";
    }
    return "ORCID refused the sign-in (%s); start again".formatted(described(error));
  }

  private static String described(ErrorObject error) {
    String description = error.getDescription();
    return description == null || description.isBlank()
        ? error.getCode()
        : error.getCode() + ": " + description;
  }
}
