@NullMarked
package app.goodenough.sessiontypes.internal;

import org.jspecify.annotations.NullMarked;
