@NullMarked
package app.goodenough.series;

import org.jspecify.annotations.NullMarked;
