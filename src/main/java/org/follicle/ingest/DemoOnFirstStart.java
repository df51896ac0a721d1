package org.follicle.ingest;

import org.follicle.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo when the web app starts on an empty embedded database, so that a first run shows
 * something; a PostgreSQL catalogue is an operator's and is never filled with demo content.
 */
@Component
@ConditionalOnProperty("follicle.demo.load-when-empty")
class DemoOnFirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

  private final Catalog catalog;
  private final DemoContent demo;
  private final String datasourceUrl;

  DemoOnFirstStart(
      Catalog catalog, DemoContent demo, @Value("${spring.datasource.url}") String datasourceUrl) {
    this.catalog = catalog;
    this.demo = demo;
    this.datasourceUrl = datasourceUrl;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (datasourceUrl.startsWith("jdbc:h2:") && catalog.size() == 0) {
      log.info("Empty catalogue: loading the demo content ({})", demo.load().summaryLine());
    }
  }
}
