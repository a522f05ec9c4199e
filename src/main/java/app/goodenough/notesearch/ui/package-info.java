@NullMarked
package app.goodenough.notesearch.ui;

import org.jspecify.annotations.NullMarked;
