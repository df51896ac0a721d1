package org.follicle.authorship;

import java.io.Serializable;

/**
 * A sign-in at ORCID that was started and not yet answered, kept in the user's session: the
 * callback must bring back the same state, and the ID token must carry the same nonce.
 *
 * @param accountId who started it, so another account's session cannot finish it
 * @param codeVerifier the PKCE secret whose hash went with the authorization request
 * @param redirectUri the callback address given to ORCID, which the token request repeats
 */
record PendingOrcidLink(
    long accountId, String state, String nonce, String codeVerifier, String redirectUri)
    implements Serializable {}
