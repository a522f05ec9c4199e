@NullMarked
package app.goodenough.booking;

import org.jspecify.annotations.NullMarked;
