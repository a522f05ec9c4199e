@NullMarked
package app.goodenough.notes;

import org.jspecify.annotations.NullMarked;
