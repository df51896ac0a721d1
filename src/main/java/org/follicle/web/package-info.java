/**
 * Conventions every page and API endpoint shares: RFC 9457 problem details for API errors, ETags,
 * and security headers. Depends on no other module; nothing depends on it by type.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
package org.follicle.web;
