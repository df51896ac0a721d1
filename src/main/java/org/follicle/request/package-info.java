/**
 * Requests for resources: a signed-in reader asks on a paper for its data, code, protocol, full
 * text or something else; readers and the paper's verified authors answer with text, links or a
 * file; the request is open, answered (an answer accepted by the asker, or given by a verified
 * author) or declined with a reason; people follow requests and are notified of answers and status
 * changes. Pages: a block on the paper page, {@code /requests} and {@code /requests/{id}}; JSON
 * under {@code /api/papers/{id}/requests} and {@code /api/requests}. Its public API is {@link
 * org.follicle.request.RequestStatistics}; it adds what an author answered to their profile page.
 * Depends on the account module (who is signed in, rate limits, export, deletion), the catalogue
 * (papers and the paper page), the authorship module (who is a verified author), the notification
 * module and the web module (Markdown).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Request")
package org.follicle.request;
