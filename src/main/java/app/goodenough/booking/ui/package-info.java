@NullMarked
package app.goodenough.booking.ui;

import org.jspecify.annotations.NullMarked;
