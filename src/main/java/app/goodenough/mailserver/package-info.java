/** The SMTP server the outbox hands messages to, when one is configured. */
@NullMarked
package app.goodenough.mailserver;

import org.jspecify.annotations.NullMarked;
