@NullMarked
package app.goodenough.appointments.internal;

import org.jspecify.annotations.NullMarked;
