@NullMarked
package app.goodenough.sessiontypes;

import org.jspecify.annotations.NullMarked;
