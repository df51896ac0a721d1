package org.follicle.account;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The ways to sign in to the JSON API, as the OpenAPI description names them. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
    name = "bearerAuth",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A personal API token (fl_...) created on /account/tokens or POST /api/account/tokens;"
            + " on /api/** only, no session, no CSRF token")
@SecurityScheme(
    name = "basicAuth",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "An account's username or e-mail address and password (scripts: user 'admin' with the"
            + " admin token)")
@SecurityScheme(
    name = "sessionCookie",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    paramName = "SESSION",
    description = "The session of POST /api/auth/signin or the /signin page")
class ApiSecuritySchemes {}
