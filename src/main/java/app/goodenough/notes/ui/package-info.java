@NullMarked
package app.goodenough.notes.ui;

import org.jspecify.annotations.NullMarked;
