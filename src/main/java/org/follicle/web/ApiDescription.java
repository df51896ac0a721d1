package org.follicle.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

/** The title and conventions of the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Follicle API",
            version = "1",
            description =
                "Research evidence on hair loss. Lists are cursor-paged (follow 'next' or the Link"
                    + " header); errors are RFC 9457 problem details (application/problem+json);"
                    + " responses carry ETags.",
            license = @License(name = "Open data where the sources allow it")))
class ApiDescription {}
