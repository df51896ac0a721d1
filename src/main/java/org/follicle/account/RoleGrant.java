package org.follicle.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A role given to an account, with when and by whom (kept for the admin page and the export). */
@Embeddable
class RoleGrant {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "granted_by", nullable = false, length = 40)
  private String grantedBy;

  protected RoleGrant() {}

  RoleGrant(Role role, Instant grantedAt, String grantedBy) {
    this.role = role;
    this.grantedAt = grantedAt;
    this.grantedBy = grantedBy;
  }

  Role role() {
    return role;
  }

  Instant grantedAt() {
    return grantedAt;
  }

  String grantedBy() {
    return grantedBy;
  }

  // One grant per role: the set of grants is keyed by role, as is the table.
  @Override
  public boolean equals(Object other) {
    return other instanceof RoleGrant grant && grant.role == role;
  }

  @Override
  public int hashCode() {
    return role.hashCode();
  }
}
