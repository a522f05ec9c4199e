@NullMarked
package app.goodenough.notesearch.internal;

import org.jspecify.annotations.NullMarked;
