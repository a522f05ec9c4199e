@NullMarked
package app.goodenough.booking.internal;

import org.jspecify.annotations.NullMarked;
