@NullMarked
package app.goodenough.sessiontypes.ui;

import org.jspecify.annotations.NullMarked;
