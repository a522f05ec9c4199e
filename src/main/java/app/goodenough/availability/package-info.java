@NullMarked
package app.goodenough.availability;

import org.jspecify.annotations.NullMarked;
