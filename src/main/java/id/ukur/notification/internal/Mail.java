package id.ukur.notification.internal;

import id.ukur.organization.Recipient;

/** One e-mail to one person, in plain text and in HTML. */
record Mail(Recipient to, String subject, String text, String html) {
}
