@NullMarked
package app.goodenough.calendar.ui;

import org.jspecify.annotations.NullMarked;
