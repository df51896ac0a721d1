package org.follicle.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: names, e-mail address, password hash, profile and roles. */
@Entity
@Table(name = "account")
class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String username;

  @Column(name = "username_key", nullable = false, length = 40)
  private String usernameKey;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "email_key", nullable = false, length = 254)
  private String emailKey;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "display_name", length = 80)
  private String displayName;

  @Column(length = 2000)
  private String bio;

  @Column(name = "email_confirmed_at")
  private Instant emailConfirmedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  private Set<RoleGrant> grants = new HashSet<>();

  protected Account() {}

  Account(String username, String email, String passwordHash, Instant createdAt) {
    this.username = username;
    this.usernameKey = key(username);
    this.email = email;
    this.emailKey = key(email);
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
  }

  /** How names and addresses are compared: without regard to case. */
  static String key(String nameOrEmail) {
    return nameOrEmail.strip().toLowerCase(Locale.ROOT);
  }

  long id() {
    return id;
  }

  String username() {
    return username;
  }

  String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  String displayName() {
    return displayName;
  }

  /** The display name, or the username when none was given. */
  String shownName() {
    return displayName == null || displayName.isBlank() ? username : displayName;
  }

  String bio() {
    return bio;
  }

  Instant createdAt() {
    return createdAt;
  }

  boolean confirmed() {
    return emailConfirmedAt != null;
  }

  Set<Role> roles() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    grants.forEach(grant -> roles.add(grant.role()));
    return roles;
  }

  Set<RoleGrant> grants() {
    return Set.copyOf(grants);
  }

  void confirmEmail(Instant at) {
    if (emailConfirmedAt == null) {
      emailConfirmedAt = at;
    }
  }

  void changePassword(String hash) {
    passwordHash = hash;
  }

  void editProfile(String displayName, String bio) {
    this.displayName = displayName;
    this.bio = bio;
  }

  void grant(Role role, Instant at, String by) {
    grants.add(new RoleGrant(role, at, by));
  }

  void revoke(Role role) {
    grants.removeIf(grant -> grant.role() == role);
  }
}
