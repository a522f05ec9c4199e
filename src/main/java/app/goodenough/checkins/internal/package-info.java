@NullMarked
package app.goodenough.checkins.internal;

import org.jspecify.annotations.NullMarked;
