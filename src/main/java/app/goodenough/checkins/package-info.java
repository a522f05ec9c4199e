@NullMarked
package app.goodenough.checkins;

import org.jspecify.annotations.NullMarked;
