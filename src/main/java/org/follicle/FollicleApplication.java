package org.follicle;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application that every sub-command starts. */
@SpringBootApplication
public class FollicleApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
