@NullMarked
package app.goodenough.calendar.internal;

import org.jspecify.annotations.NullMarked;
