package org.follicle.account;

/**
 * A module's part of the JSON export a user downloads before deleting their account (their ratings,
 * reviews, requests...). The account module asks every bean of this type.
 */
public interface AccountDataExport {

  /** The key of this part in the export, such as {@code "ratings"}. */
  String name();

  /** What the module keeps for the account, as JSON-serialisable values. */
  Object export(long accountId);
}
