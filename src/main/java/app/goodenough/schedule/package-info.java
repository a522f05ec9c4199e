@NullMarked
package app.goodenough.schedule;

import org.jspecify.annotations.NullMarked;
