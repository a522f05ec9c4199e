package app.goodenough.mail.internal;

/** What a message is about; the outbox table checks the same names. */
enum MessageKind { CONFIRMATION, NEW_BOOKING, REMINDER, RESCHEDULED, CANCELLED, PASSWORD_LINK, TAKEAWAY }
