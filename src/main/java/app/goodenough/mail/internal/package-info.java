@NullMarked
package app.goodenough.mail.internal;

import org.jspecify.annotations.NullMarked;
