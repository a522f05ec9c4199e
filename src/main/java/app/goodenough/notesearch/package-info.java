@NullMarked
package app.goodenough.notesearch;

import org.jspecify.annotations.NullMarked;
