package org.follicle.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of an account in the session store (shared by every node), ended when its password,
 * roles or existence change. Commands run without a session store and have none to end.
 */
@Component
class SignedInSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

  SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
    this.store = store;
  }

  void signOutEverywhere(String username) {
    FindByIndexNameSessionRepository<? extends Session> sessions = store.getIfAvailable();
    if (sessions != null) {
      sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
  }
}
