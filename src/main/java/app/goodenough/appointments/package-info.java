@NullMarked
package app.goodenough.appointments;

import org.jspecify.annotations.NullMarked;
