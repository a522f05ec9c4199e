@NullMarked
package app.goodenough.readerseries.ui;

import org.jspecify.annotations.NullMarked;
