package org.follicle.community;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A channel and how many posts it holds. */
record ChannelRow(long id, String slug, String name, String description, long posts) {

  static final String COLUMNS =
      "c.id, c.slug, c.name, c.description,"
          + " (select count(*) from community_post p where p.channel_id = c.id and "
          + ModerationStore.POST_NOT_REMOVED
          + ") as posts";

  static ChannelRow of(ResultSet rs, int row) throws SQLException {
    return new ChannelRow(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getLong("posts"));
  }
}
