@NullMarked
package app.goodenough.calendar;

import org.jspecify.annotations.NullMarked;
