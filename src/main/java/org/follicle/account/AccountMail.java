package org.follicle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The mails accounts get (confirmation, password reset), sent over SMTP ({@code spring.mail.host}
 * and {@code spring.mail.port}). Without an SMTP host the mail is written to the log instead, so a
 * single machine without mail still works; a failing SMTP server is logged as an error and the
 * sign-up or reset still stands (the person asks again).
 */
@Component
class AccountMail {

  private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;
  private final String publicUrl;

  AccountMail(
      ObjectProvider<JavaMailSender> sender,
      @Value("${follicle.mail.from:Follicle <no-reply@localhost>}") String from,
      @Value("${follicle.public-url:}") String publicUrl) {
    this.sender = sender;
    this.from = from;
    this.publicUrl = publicUrl;
  }

  void confirmation(String to, String username, String token) {
    send(
        to,
        "Confirm your Follicle account",
        """
        Hello %s,

        to confirm the address of your new Follicle account, open this link within two days:

        %s

        If you did not sign up, ignore this mail and no account will be opened.
        """
            .formatted(username, link("/signup/confirm?token=" + token)));
  }

  void addressAlreadyUsed(String to, String username) {
    send(
        to,
        "Someone tried to sign up to Follicle with your address",
        """
        Hello %s,

        someone tried to open a new Follicle account with this address, which already belongs to
        your account. If it was you, sign in instead, or reset your password at:

        %s
        """
            .formatted(username, link("/password-reset")));
  }

  void passwordReset(String to, String username, String token) {
    send(
        to,
        "Reset your Follicle password",
        """
        Hello %s,

        to choose a new password for your Follicle account, open this link within an hour:

        %s

        If you did not ask for it, ignore this mail: your password stays as it is.
        """
            .formatted(username, link("/password-reset/" + token)));
  }

  private void send(String to, String subject, String text) {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      log.warn(
          "No SMTP server is configured (spring.mail.host), so this mail was not sent. To: {}"
              + " Subject: {}\n{}",
          to,
          subject,
          text);
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(to);
    mail.setSubject(subject);
    mail.setText(text);
    try {
      smtp.send(mail);
    } catch (MailException e) {
      log.error("Could not send the mail '{}' to {} through SMTP: {}", subject, to, e.getMessage());
    }
  }

  private String link(String path) {
    if (!publicUrl.isBlank() || RequestContextHolder.getRequestAttributes() == null) {
      String base = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
      return base.replaceAll("/+$", "") + path;
    }
    // The path is appended as is: it carries its own query, which path() would escape.
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
  }
}
