@NullMarked
package app.goodenough.busytimes.internal;

import org.jspecify.annotations.NullMarked;
