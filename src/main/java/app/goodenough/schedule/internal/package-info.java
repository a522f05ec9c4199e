@NullMarked
package app.goodenough.schedule.internal;

import org.jspecify.annotations.NullMarked;
