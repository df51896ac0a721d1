package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free loopback port, started once; tests read
 * the mails Follicle sent through it.
 */
public final class TestMailbox {

  private static final GreenMail SERVER = start();
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private TestMailbox() {}

  private static GreenMail start() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /** Points the application's SMTP settings at this server. */
  public static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
  }

  /** The mails sent to an address, oldest first. */
  public static List<Message> mailsTo(String address) {
    return Arrays.stream(SERVER.getReceivedMessages())
        .filter(mail -> sentTo(mail, address))
        .map(Message.class::cast)
        .toList();
  }

  /** The only link in the newest mail to the address. */
  public static String linkInLastMailTo(String address) {
    List<Message> mails = mailsTo(address);
    assertThat(mails).as("mails to " + address).isNotEmpty();
    Matcher link = LINK.matcher(text(mails.get(mails.size() - 1)));
    assertThat(link.find()).as("a link in the mail").isTrue();
    return link.group();
  }

  /** The path and query of the newest mail's link, for MockMvc. */
  public static String pathInLastMailTo(String address) {
    return linkInLastMailTo(address).replaceFirst("^https?://[^/]+", "");
  }

  /** The decoded text of a mail. */
  public static String text(Message mail) {
    try {
      return mail.getContent().toString();
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean sentTo(Message mail, String address) {
    try {
      return Arrays.stream(mail.getAllRecipients())
          .anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
