@NullMarked
package app.goodenough.busytimes.ui;

import org.jspecify.annotations.NullMarked;
