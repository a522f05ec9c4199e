@NullMarked
package app.goodenough.readerseries.internal;

import org.jspecify.annotations.NullMarked;
