@NullMarked
package app.goodenough.busytimes;

import org.jspecify.annotations.NullMarked;
