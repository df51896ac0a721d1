package org.follicle.authorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OrcidSignInTest {

  @Test
  void isOffUnlessIssuerClientIdAndSecretAreAllSet() {
    assertThat(new OrcidSignIn("", "", "").enabled()).isFalse();
    assertThat(new OrcidSignIn("https://orcid.org", "APP-1", " ").enabled()).isFalse();
    assertThat(new OrcidSignIn("https://orcid.org", "APP-1", "secret").enabled()).isTrue();
  }

  @Test
  void aProviderThatDoesNotAnswerIsReportedInWords() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String issuer = "http://127.0.0.1:" + closedPort;
    OrcidSignIn signIn = new OrcidSignIn(issuer, "APP-1", "secret");
    assertThatThrownBy(() -> signIn.start(1, URI.create("http://localhost/account/orcid/callback")))
        .isInstanceOf(OrcidLinkFailed.class)
        .hasMessage("ORCID's sign-in could not be reached (%s); try again later", issuer);
  }
}
