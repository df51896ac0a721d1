/**
 * Notifications: what a signed-in person is told of (new answers to requests they follow, status
 * changes...), kept in the database, listed on {@code /notifications} and through {@code
 * /api/notifications} with an unread count in the site header, and mailed through SMTP after the
 * write that caused them commits. Other modules tell someone through {@link
 * org.follicle.notification.Notifications}. Depends on the account module (who is signed in, where
 * to mail them, the account export; notifications go with their account).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.follicle.notification;
