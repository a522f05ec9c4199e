@NullMarked
package app.goodenough.appointments.ui;

import org.jspecify.annotations.NullMarked;
