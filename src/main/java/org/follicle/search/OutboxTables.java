package org.follicle.search;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Gives the outbox-polling migration the column type Hibernate validates a {@code byte[]} payload
 * against, which no one SQL name gives on both databases: {@code bytea} on PostgreSQL (where there
 * is no {@code blob}), {@code blob} on H2 (whose {@code bytea} is a varbinary Hibernate refuses).
 */
@Component
class OutboxTables implements FlywayConfigurationCustomizer {

  @Override
  public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
    String product;
    try {
      product =
          JdbcUtils.extractDatabaseMetaData(
              configuration.getDataSource(), DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("could not tell which database the migrations run on", e);
    }
    Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
    placeholders.put("binary_object", "PostgreSQL".equals(product) ? "bytea" : "blob");
    configuration.placeholders(placeholders);
  }
}
