/**
 * Notifications: e-mails to the people a measurement round waits for, sent after the
 * round's transaction commits. Sending is optional: without {@code spring.mail.host} the
 * mails are only logged at debug level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "organization", "round", "shared" })
package id.ukur.notification;
