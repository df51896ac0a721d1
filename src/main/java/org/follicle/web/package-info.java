/**
 * Conventions every page and API endpoint shares: RFC 9457 problem details for API errors, ETags,
 * security headers, and Markdown that people write rendered to safe HTML ({@link
 * org.follicle.web.MarkdownText}). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
package org.follicle.web;
