@NullMarked
package app.goodenough.notes.internal;

import org.jspecify.annotations.NullMarked;
