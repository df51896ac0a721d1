package org.follicle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    ApplicationModules.of(FollicleApplication.class).verify();
  }
}
