@NullMarked
package app.goodenough.series.ui;

import org.jspecify.annotations.NullMarked;
