@NullMarked
package app.goodenough.series.internal;

import org.jspecify.annotations.NullMarked;
