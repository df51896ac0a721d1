package org.follicle.notification;

import org.follicle.account.AccountContact;
import org.follicle.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Mails a notification through SMTP ({@code spring.mail.host}) once the transaction that stored it
 * commits, so a rolled-back write mails nothing and a failing SMTP server (logged) never undoes the
 * write. Without an SMTP host the mail goes to the log, as the account module's mails do.
 */
@Component
class NotificationMail {

  private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final Accounts accounts;
  private final String from;
  private final String publicUrl;

  NotificationMail(
      ObjectProvider<JavaMailSender> sender,
      Accounts accounts,
      @Value("${follicle.mail.from:Follicle <no-reply@localhost>}") String from,
      @Value("${follicle.public-url:}") String publicUrl) {
    this.sender = sender;
    this.accounts = accounts;
    this.from = from;
    this.publicUrl = publicUrl;
  }

  void afterCommit(long accountId, String title, String path) {
    // The link is made now: after commit the request may still be there, but not in every caller.
    String link = link(path);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      send(accountId, title, link);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            send(accountId, title, link);
          }
        });
  }

  private void send(long accountId, String title, String link) {
    try {
      accounts.contact(accountId).ifPresent(contact -> send(contact, title, link));
    } catch (RuntimeException e) {
      log.error(
          "Could not mail the notification '{}' to account {}: {}", title, accountId, e.toString());
    }
  }

  private void send(AccountContact contact, String title, String link) {
    String text =
        """
        Hello %s,

        %s

        %s

        Follicle mails you what your account is notified of. All your notifications: %s
        """
            .formatted(contact.name(), title, link, link("/notifications"));
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      log.warn(
          "No SMTP server is configured (spring.mail.host), so this notification was not mailed."
              + " To: {} Subject: {}\n{}",
          contact.email(),
          title,
          text);
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(contact.email());
    mail.setSubject("Follicle: " + title);
    mail.setText(text);
    smtp.send(mail);
  }

  private String link(String path) {
    if (!publicUrl.isBlank() || RequestContextHolder.getRequestAttributes() == null) {
      String base = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
      return base.replaceAll("/+$", "") + path;
    }
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
  }
}
